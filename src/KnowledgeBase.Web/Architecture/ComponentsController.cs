using KnowledgeBase.Storage;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using KnowledgeBase.Web.Caching;

namespace KnowledgeBase.Web.Architecture;

[Reads(CatalogAreas.Tools | CatalogAreas.Requirements | CatalogAreas.Architecture)]
public sealed class ComponentsController(CatalogDbContext db) : Controller
{
    [HttpGet("/components")]
    public IActionResult Index() => RedirectPermanent("/layers");

    [HttpGet("/components/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var page = await ArchitectureQueries.ComponentAsync(db, slug, ct);
        if (page is null) return NotFound();
        ViewData["Crumbs"] = new[] { new Crumb("Layers", "/layers"), new Crumb(page.LayerName, "/layers/" + page.LayerSlug), new Crumb(page.Name) };
        return View("~/Architecture/Component.cshtml", page);
    }
}
