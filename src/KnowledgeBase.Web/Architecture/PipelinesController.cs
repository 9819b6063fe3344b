using KnowledgeBase.Architecture;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Architecture;

public sealed class PipelinesController(CatalogDbContext db) : Controller
{
    [HttpGet("/pipelines")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var map = await ArchitectureMap.LoadAsync(db, ct);
        var lines = await ArchitectureQueries.TransitLinesAsync(db, null, ct);
        var pipelines = await db.Pipelines.AsNoTracking().OrderBy(p => p.Order)
            .Select(p => new PipelineSummary(p.Slug, p.Name, p.Color, p.Summary, p.Stages.Count)).ToListAsync(ct);
        var svg = TransitMap.Render(map, lines, "Transit map of the pipelines: each coloured line is a pipeline, each station a component; large white stations are interchanges shared by several pipelines");
        ViewData["Crumbs"] = new[] { new Crumb("Pipelines") };
        return View("~/Architecture/Pipelines.cshtml", new PipelinesPage(svg, pipelines));
    }

    [HttpGet("/pipelines/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var pipeline = await db.Pipelines.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new { p.Slug, p.Name, p.Color, p.Summary }).SingleOrDefaultAsync(ct);
        if (pipeline is null) return NotFound();

        var stages = await db.PipelineStages.AsNoTracking().Where(s => s.PipelineSlug == slug).OrderBy(s => s.Order)
            .Select(s => new
            {
                s.Order, s.Name,
                Components = s.Components.OrderBy(c => c.Position).Select(c => new { c.ComponentSlug, c.Component!.Name }).ToList(),
            }).ToListAsync(ct);
        var slugs = stages.SelectMany(s => s.Components.Select(c => c.ComponentSlug)).Distinct().ToList();
        var tools = await ArchitectureQueries.ToolsByComponentAsync(db, slugs, ct);
        var map = await ArchitectureMap.LoadAsync(db, ct);
        var svg = TransitMap.Render(map, await ArchitectureQueries.TransitLinesAsync(db, slug, ct), $"The {pipeline.Name} as a transit line through its components");
        var page = new PipelinePage(pipeline.Slug, pipeline.Name, pipeline.Color, pipeline.Summary, svg,
            stages.Select(s => new StagePage(s.Order, s.Name,
                s.Components.Select(c => new StageComponentTools(c.ComponentSlug, c.Name, tools[c.ComponentSlug].ToList())).ToList())).ToList());
        ViewData["Crumbs"] = new[] { new Crumb("Pipelines", "/pipelines"), new Crumb(pipeline.Name) };
        return View("~/Architecture/Pipeline.cshtml", page);
    }
}
