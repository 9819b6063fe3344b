using KnowledgeBase.Storage;
using KnowledgeBase.Web.Architecture;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using KnowledgeBase.Web.Caching;

namespace KnowledgeBase.Web.Api;

/// <summary>Layers, components and pipelines: the same reads as their pages, as JSON.</summary>
[Reads(CatalogAreas.Tools | CatalogAreas.Requirements | CatalogAreas.Architecture)]
public sealed class ArchitectureApiController(CatalogDbContext db) : CatalogApiController
{
    [EndpointSummary("List layers")]
    [EndpointDescription("Every band of the reference architecture with its counts of components, tools and requirements, by slug.")]
    [HttpGet("/api/v1/layers", Name = "listLayers")]
    [Tags("Layers")]
    [ProducesResponseType<Page<LayerListItemJson>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<Page<LayerListItemJson>>> Layers([FromQuery] PageRequest page, CancellationToken ct) =>
        page.Take((await ArchitectureQueries.LayerSummariesAsync(db, ct)).Select(LayerListItemJson.From), l => l.Slug);

    [EndpointSummary("Get a layer")]
    [EndpointDescription("The layer's components, the tools covering each (full coverage first) and the requirements that concern it.")]
    [HttpGet("/api/v1/layers/{slug}", Name = "getLayer")]
    [Tags("Layers")]
    [ProducesResponseType<LayerJson>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<LayerJson>> Layer(string slug, CancellationToken ct) =>
        await ArchitectureQueries.LayerAsync(db, slug, ct) is { } layer ? LayerJson.From(layer) : NotFound("layer", slug);

    [EndpointSummary("List components")]
    [EndpointDescription("Every building block of the architecture with the layer it sits in, by slug.")]
    [HttpGet("/api/v1/components", Name = "listComponents")]
    [Tags("Components")]
    [ProducesResponseType<Page<ComponentListItemJson>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<Page<ComponentListItemJson>>> Components([FromQuery] PageRequest page, CancellationToken ct) =>
        page.Take(await db.Components.AsNoTracking().Select(c => new ComponentListItemJson(c.Slug, c.Name, c.LayerSlug, c.Summary)).ToListAsync(ct), c => c.Slug);

    [EndpointSummary("Get a component")]
    [EndpointDescription("The component with the tools covering it and their evidence, the pipeline stages through it and its requirements.")]
    [HttpGet("/api/v1/components/{slug}", Name = "getComponent")]
    [Tags("Components")]
    [ProducesResponseType<ComponentJson>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<ComponentJson>> Component(string slug, CancellationToken ct) =>
        await ArchitectureQueries.ComponentAsync(db, slug, ct) is { } component ? ComponentJson.From(component) : NotFound("component", slug);

    [EndpointSummary("List pipelines")]
    [EndpointDescription("The flows through the architecture (the lines of the transit map) with their number of stages, by slug.")]
    [HttpGet("/api/v1/pipelines", Name = "listPipelines")]
    [Tags("Pipelines")]
    [ProducesResponseType<Page<PipelineListItemJson>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<Page<PipelineListItemJson>>> Pipelines([FromQuery] PageRequest page, CancellationToken ct) =>
        page.Take((await ArchitectureQueries.PipelineSummariesAsync(db, ct)).Select(PipelineListItemJson.From), p => p.Slug);

    [EndpointSummary("Get a pipeline with its stages")]
    [EndpointDescription("The ordered stages, the components each touches and the tools on those components.")]
    [HttpGet("/api/v1/pipelines/{slug}", Name = "getPipeline")]
    [Tags("Pipelines")]
    [ProducesResponseType<PipelineJson>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<PipelineJson>> Pipeline(string slug, CancellationToken ct) =>
        await ArchitectureQueries.PipelineAsync(db, slug, ct) is { } pipeline ? PipelineJson.From(pipeline) : NotFound("pipeline", slug);
}
