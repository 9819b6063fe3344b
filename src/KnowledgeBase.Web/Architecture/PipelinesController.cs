using KnowledgeBase.Architecture;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBase.Web.Architecture;

public sealed class PipelinesController(CatalogDbContext db) : Controller
{
    [HttpGet("/pipelines")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var map = await ArchitectureMap.LoadAsync(db, ct);
        var lines = await ArchitectureQueries.TransitLinesAsync(db, null, ct);
        var pipelines = await ArchitectureQueries.PipelineSummariesAsync(db, ct);
        var svg = TransitMap.Render(map, lines, "Transit map of the pipelines: each coloured line is a pipeline, each station a component; large white stations are interchanges shared by several pipelines");
        ViewData["Crumbs"] = new[] { new Crumb("Pipelines") };
        return View("~/Architecture/Pipelines.cshtml", new PipelinesPage(svg, pipelines));
    }

    [HttpGet("/pipelines/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var pipeline = await ArchitectureQueries.PipelineAsync(db, slug, ct);
        if (pipeline is null) return NotFound();
        var map = await ArchitectureMap.LoadAsync(db, ct);
        var svg = TransitMap.Render(map, await ArchitectureQueries.TransitLinesAsync(db, slug, ct), $"The {pipeline.Name} as a transit line through its components");
        var page = new PipelinePage(pipeline.Slug, pipeline.Name, pipeline.Color, pipeline.Summary, svg, pipeline.Stages);
        ViewData["Crumbs"] = new[] { new Crumb("Pipelines", "/pipelines"), new Crumb(pipeline.Name) };
        return View("~/Architecture/Pipeline.cshtml", page);
    }
}
