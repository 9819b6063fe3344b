using KnowledgeBase.Storage;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Architecture;

public sealed class LayersController(CatalogDbContext db) : Controller
{
    [HttpGet("/layers")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var toolsPerLayer = (await db.ToolCoverage.AsNoTracking()
                .Join(db.Components, c => c.ComponentSlug, c => c.Slug, (c, component) => new { component.LayerSlug, c.ToolSlug })
                .Distinct().ToListAsync(ct))
            .GroupBy(x => x.LayerSlug).ToDictionary(g => g.Key, g => g.Count());
        var rows = await db.Layers.AsNoTracking().OrderByDescending(l => l.Order)
            .Select(l => new { l.Slug, l.Order, l.Name, l.Summary, Components = l.Components.Count, Requirements = db.Requirements.Count(r => r.LayerSlug == l.Slug) })
            .ToListAsync(ct);
        var layers = rows.Select(l => new LayerSummary(l.Slug, l.Order, l.Name, l.Summary, l.Components,
            toolsPerLayer.GetValueOrDefault(l.Slug), l.Requirements)).ToList();
        ViewData["Crumbs"] = new[] { new Crumb("Layers") };
        return View("~/Architecture/Layers.cshtml", layers);
    }

    [HttpGet("/layers/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var layer = await db.Layers.AsNoTracking().Where(l => l.Slug == slug)
            .Select(l => new { l.Slug, l.Name, l.Summary, Components = l.Components.OrderBy(c => c.Order).Select(c => new { c.Slug, c.Name, c.Summary }).ToList() })
            .SingleOrDefaultAsync(ct);
        if (layer is null) return NotFound();

        var slugs = layer.Components.Select(c => c.Slug).ToList();
        var tools = await ArchitectureQueries.ToolsByComponentAsync(db, slugs, ct);
        var requirements = await ArchitectureQueries.RequirementsAsync(db, slugs, layer.Slug, ct);
        var page = new LayerPage(layer.Slug, layer.Name, layer.Summary,
            layer.Components.Select(c => new ComponentWithTools(c.Slug, c.Name, c.Summary, tools[c.Slug].ToList())).ToList(), requirements);
        ViewData["Crumbs"] = new[] { new Crumb("Layers", "/layers"), new Crumb(layer.Name) };
        return View("~/Architecture/Layer.cshtml", page);
    }
}
