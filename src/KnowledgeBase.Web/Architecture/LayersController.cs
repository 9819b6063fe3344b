using KnowledgeBase.Storage;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using KnowledgeBase.Web.Caching;

namespace KnowledgeBase.Web.Architecture;

[Reads(CatalogAreas.Tools | CatalogAreas.Requirements | CatalogAreas.Architecture)]
public sealed class LayersController(CatalogDbContext db) : Controller
{
    [HttpGet("/layers")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var layers = await ArchitectureQueries.LayerSummariesAsync(db, ct);
        ViewData["Crumbs"] = new[] { new Crumb("Layers") };
        return View("~/Architecture/Layers.cshtml", layers);
    }

    [HttpGet("/layers/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var page = await ArchitectureQueries.LayerAsync(db, slug, ct);
        if (page is null) return NotFound();
        ViewData["Crumbs"] = new[] { new Crumb("Layers", "/layers"), new Crumb(page.Name) };
        return View("~/Architecture/Layer.cshtml", page);
    }
}
