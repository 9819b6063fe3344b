using KnowledgeBase.Architecture;
using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using KnowledgeBase.Tools;
using KnowledgeBase.Web.Architecture;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.ToolCatalog;

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
        var tool = await db.Tools.AsNoTracking().Include(t => t.Maintenance).SingleOrDefaultAsync(t => t.Slug == slug, ct);
        if (tool is null) return NotFound();

        var covers = await db.ToolCoverage.AsNoTracking().Where(c => c.ToolSlug == slug)
            .Join(db.Components, c => c.ComponentSlug, c => c.Slug, (c, component) => new
            {
                component.Slug, component.Name, LayerName = component.Layer!.Name, LayerOrder = component.Layer.Order, component.Order, c.Level, c.Evidence,
            }).ToListAsync(ct);
        var componentSlugs = covers.Select(c => c.Slug).ToList();
        var pipelines = await db.Pipelines.AsNoTracking().OrderBy(p => p.Order)
            .Where(p => p.Stages.Any(s => s.Components.Any(c => componentSlugs.Contains(c.ComponentSlug))))
            .Select(p => new NamedLink(p.Slug, p.Name)).ToListAsync(ct);
        var requirements = await ArchitectureQueries.RequirementsAsync(db, componentSlugs, null, ct);
        var alternatives = (await db.ToolCoverage.AsNoTracking()
                .Where(c => componentSlugs.Contains(c.ComponentSlug) && c.ToolSlug != slug)
                .Select(c => new { c.ToolSlug, c.Level }).ToListAsync(ct))
            .GroupBy(c => c.ToolSlug).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(12).Select(g => g.Key).ToList();
        var alternativeNames = await db.Tools.AsNoTracking().Where(t => alternatives.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, t => t.Name, ct);
        var sources = await MentioningSourcesAsync(tool, covers.Select(c => c.Evidence).OfType<string>().ToList(), ct);
        var related = await ToolNeighbourhood.LoadAsync(db, tool.Slug, tool.Name, ct);

        var map = await ArchitectureMap.LoadAsync(db, ct);
        var svg = ArchitectureDiagram.Render(map, $"What {tool.Name} covers in the reference architecture",
            new DiagramMarks(covers.ToDictionary(c => c.Slug, c => c.Level), ShowToolCounts: false));

        var page = new ToolPage(tool.Slug, tool.Name, tool.Homepage, tool.Repository, tool.License, tool.Kind, tool.Vendor, tool.Summary, tool.Tags, svg,
            covers.OrderBy(c => c.LayerOrder).ThenBy(c => c.Order).Select(c => new CoveredComponent(c.Slug, c.Name, c.LayerName, c.Level, c.Evidence)).ToList(),
            pipelines, requirements, sources, alternatives.Select(a => new NamedLink(a, alternativeNames[a])).ToList()) { Related = related };
        ViewData["Crumbs"] = new[] { new Crumb("Tools", "/tools"), new Crumb(tool.Name) };
        return View("~/ToolCatalog/Show.cshtml", page with { Maintenance = tool.Maintenance });
    }

    /// <summary>
    /// Sources whose title, tags or note name the tool, or that coverage evidence points to (the coverage rows are in
    /// hand already: reading them again would cost the page a query).
    /// </summary>
    private async Task<List<SourceLine>> MentioningSourcesAsync(Tool tool, List<string> evidence, CancellationToken ct)
    {
        var pattern = "%" + tool.Name.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%";
        return await db.Sources.AsNoTracking()
            .Where(s => evidence.Contains(s.Slug) || EF.Functions.Like(s.Title, pattern) || EF.Functions.Like(s.Note, pattern))
            .OrderByDescending(s => s.Year).ThenBy(s => s.Title).Take(10)
            .Select(s => new SourceLine(s.Slug, s.Title, s.Year)).ToListAsync(ct);
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
