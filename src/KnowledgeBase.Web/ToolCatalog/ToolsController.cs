using KnowledgeBase.Architecture;
using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using KnowledgeBase.Tools;
using KnowledgeBase.Web.Architecture;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using KnowledgeBase.Web.Caching;

namespace KnowledgeBase.Web.ToolCatalog;

[Reads(CatalogAreas.Sources | CatalogAreas.Tools | CatalogAreas.Requirements | CatalogAreas.Architecture)]
public sealed class ToolsController(CatalogDbContext db) : Controller
{
    [HttpGet("/tools")]
    public async Task<IActionResult> Index(ToolFilter filter, CancellationToken ct)
    {
        var data = await ToolData.LoadAsync(db, ct);
        var shown = data.Apply(filter);
        var byTool = data.Coverage.ToLookup(c => c.Tool);
        var layers = data.Components.ToDictionary(c => c.Slug, c => c.LayerName);
        var items = shown.Select(t => new ToolListItem(t,
            byTool[t.Slug].Count(c => c.Level == CoverageLevel.Full), byTool[t.Slug].Count(c => c.Level == CoverageLevel.Partial),
            byTool[t.Slug].Select(c => layers[c.Component]).Distinct().ToList())).ToList();
        ViewData["Crumbs"] = new[] { new Crumb("Tools") };
        return View("~/ToolCatalog/Index.cshtml", new ToolsPage(filter, items, Facets.For(data, shown, filter), data.Tools.Count));
    }

    [HttpGet("/tools/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var details = await ToolDetails.LoadAsync(db, slug, ct);
        if (details is null) return NotFound();
        var tool = details.Tool;
        var related = await ToolNeighbourhood.LoadAsync(db, tool.Slug, tool.Name, ct);
        var map = await ArchitectureMap.LoadAsync(db, ct);
        var svg = ArchitectureDiagram.Render(map, $"What {tool.Name} covers in the reference architecture",
            new DiagramMarks(details.Covers.ToDictionary(c => c.Slug, c => c.Level), ShowToolCounts: false));

        var page = new ToolPage(tool.Slug, tool.Name, tool.Homepage, tool.Repository, tool.License, tool.Kind, tool.Vendor, tool.Summary, tool.Tags, svg,
            details.Covers, details.Pipelines, details.Requirements, details.Sources, details.Alternatives) { Related = related };
        ViewData["Crumbs"] = new[] { new Crumb("Tools", "/tools"), new Crumb(tool.Name) };
        return View("~/ToolCatalog/Show.cshtml", page with { Maintenance = tool.Maintenance });
    }

    [HttpGet("/tools/compare")]
    public async Task<IActionResult> Compare(CompareQuery query, CancellationToken ct)
    {
        var data = await ToolData.LoadAsync(db, ct);
        var wanted = query.Tools.ToList();
        var tools = wanted.Select(s => data.Tools.FirstOrDefault(t => t.Slug == s)).OfType<ToolRowData>().ToList();
        string? message = null;
        if (tools.Count < wanted.Count)
            message = "Unknown tools were left out: " + string.Join(", ", wanted.Where(w => tools.All(t => t.Slug != w)).Select(w => w.Length > 40 ? w[..40] : w)) + ".";
        if (tools.Count > 5)
        {
            tools = tools.Take(5).ToList();
            message = (message + " Only the first five tools are compared.").Trim();
        }
        var levels = data.Coverage.Where(c => tools.Any(t => t.Slug == c.Tool)).ToDictionary(c => (c.Tool, c.Component), c => c.Level);
        var rows = data.Components.Where(c => tools.Any(t => levels.ContainsKey((t.Slug, c.Slug))))
            .Select(c => new CompareRow(c.Slug, c.Name, c.LayerName, tools.Select(t => levels.TryGetValue((t.Slug, c.Slug), out var l) ? l : (CoverageLevel?)null).ToList()))
            .ToList();
        if (tools.Count < 2)
            message = (message + " Pick two to five tools to compare, for example from a component page.").Trim();
        ViewData["Crumbs"] = new[] { new Crumb("Tools", "/tools"), new Crumb("Compare") };
        return View("~/ToolCatalog/Compare.cshtml", new ComparePage(tools, rows, message));
    }
}
