using KnowledgeBase.Interchange;
using KnowledgeBase.Requirements;
using KnowledgeBase.Storage;
using KnowledgeBase.Tools;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using KnowledgeBase.Web.Caching;

namespace KnowledgeBase.Web.Stats;

public sealed record StatsPage(string SourcesPerYear, string SourcesPerKind, string ToolsPerLayer, string ToolsPerKind, string RequirementsPerLayer);

[Reads(CatalogAreas.Sources | CatalogAreas.Tools | CatalogAreas.Requirements | CatalogAreas.Stacks | CatalogAreas.Architecture)]
public sealed class StatsController(CatalogDbContext db) : Controller
{
    [HttpGet("/stats")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var years = await db.Sources.AsNoTracking().Where(s => s.Year != null).GroupBy(s => s.Year!.Value)
            .Select(g => new { Year = g.Key, Count = g.Count() }).OrderBy(g => g.Year).ToListAsync(ct);
        var kinds = await db.Sources.AsNoTracking().GroupBy(s => s.Kind ?? "unknown")
            .Select(g => new { Kind = g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).ToListAsync(ct);
        var layers = await db.Layers.AsNoTracking().OrderByDescending(l => l.Order).Select(l => new { l.Slug, l.Name }).ToListAsync(ct);
        var toolLayer = await db.ToolCoverage.AsNoTracking()
            .Join(db.Components, c => c.ComponentSlug, c => c.Slug, (c, component) => new { component.LayerSlug, c.ToolSlug, c.Level })
            .ToListAsync(ct);
        var toolKinds = await db.Tools.AsNoTracking().GroupBy(t => t.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var requirements = await db.Requirements.AsNoTracking().Select(r => new { r.LayerSlug, r.Priority }).ToListAsync(ct);

        var page = new StatsPage(
            BarChart.Render("Sources per year of publication", years.Select(y => new Bar(y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), [y.Count], $"/sources?year={y.Year}")).ToList()),
            BarChart.Render("Sources per kind", kinds.Select(k => new Bar(k.Kind, [k.Count], $"/sources?kind={Uri.EscapeDataString(k.Kind)}")).ToList()),
            BarChart.Render("Tools per layer: tools covering at least one component fully, and only partly",
                layers.Select(l =>
                {
                    var inLayer = toolLayer.Where(x => x.LayerSlug == l.Slug).GroupBy(x => x.ToolSlug).ToList();
                    var full = inLayer.Count(g => g.Any(x => x.Level == CoverageLevel.Full));
                    return new Bar(l.Name, [full, inLayer.Count - full], $"/tools?layer={l.Slug}");
                }).ToList(), ["full", "partial only"]),
            BarChart.Render("Tools per kind", Enum.GetValues<ToolKind>().Select(k => new Bar(Badges.Kind(k), [toolKinds.FirstOrDefault(t => t.Key == k)?.Count ?? 0], $"/tools?kind={EnumText.Format(k)}")).ToList()),
            BarChart.Render("Requirements per layer and priority",
                layers.Select(l => new Bar(l.Name, Enum.GetValues<Priority>().Select(p => requirements.Count(r => r.LayerSlug == l.Slug && r.Priority == p)).ToList(), $"/requirements?layer={l.Slug}")).ToList(),
                Enum.GetValues<Priority>().Select(p => EnumText.Format(p)).ToList()));
        ViewData["Crumbs"] = new[] { new Crumb("Stats") };
        return View("~/Stats/Index.cshtml", page);
    }
}
