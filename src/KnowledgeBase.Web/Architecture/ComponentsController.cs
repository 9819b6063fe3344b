using KnowledgeBase.Storage;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Architecture;

public sealed class ComponentsController(CatalogDbContext db) : Controller
{
    [HttpGet("/components")]
    public IActionResult Index() => RedirectPermanent("/layers");

    [HttpGet("/components/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var component = await db.Components.AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new { c.Slug, c.Name, c.Summary, c.LayerSlug, LayerName = c.Layer!.Name })
            .SingleOrDefaultAsync(ct);
        if (component is null) return NotFound();

        var tools = await ArchitectureQueries.ToolsByComponentAsync(db, [slug], ct);
        var stages = await db.StageComponents.AsNoTracking().Where(s => s.ComponentSlug == slug)
            .Join(db.PipelineStages, s => new { s.PipelineSlug, Order = s.StageOrder }, st => new { st.PipelineSlug, st.Order }, (s, st) => new { s.PipelineSlug, st.Order, st.Name })
            .Join(db.Pipelines, s => s.PipelineSlug, p => p.Slug, (s, p) => new StageVisit(p.Slug, p.Name, p.Color, s.Order, s.Name))
            .ToListAsync(ct);
        var requirements = await ArchitectureQueries.RequirementsAsync(db, [slug], null, ct);
        var page = new ComponentPage(component.Slug, component.Name, component.Summary, component.LayerSlug, component.LayerName,
            tools[slug].ToList(), stages.OrderBy(s => s.PipelineName).ThenBy(s => s.StageOrder).ToList(), requirements);
        ViewData["Crumbs"] = new[] { new Crumb("Layers", "/layers"), new Crumb(component.LayerName, "/layers/" + component.LayerSlug), new Crumb(component.Name) };
        return View("~/Architecture/Component.cshtml", page);
    }
}
