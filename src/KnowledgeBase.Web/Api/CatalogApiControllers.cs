using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Requirements;
using KnowledgeBase.Web.Sources;
using KnowledgeBase.Web.ToolCatalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using KnowledgeBase.Web.Caching;

namespace KnowledgeBase.Web.Api;

/// <summary>Tools with their coverage, filtered as on /tools.</summary>
[Reads(CatalogAreas.Sources | CatalogAreas.Tools | CatalogAreas.Requirements | CatalogAreas.Architecture)]
public sealed class ToolsApiController(CatalogDbContext db) : CatalogApiController
{
    [HttpGet("/api/v1/tools", Name = "listTools")]
    [Tags("Tools")]
    [EndpointSummary("List tools with their coverage")]
    [EndpointDescription("Filters as on /tools: several values of one filter mean any of them, different filters must all hold. Items are ordered by slug (sort is ignored here).")]
    [ProducesResponseType<Page<ToolListItemJson>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<Page<ToolListItemJson>>> List([FromQuery] ToolFilter filter, [FromQuery] PageRequest page, CancellationToken ct)
    {
        var data = await ToolData.LoadAsync(db, ct);
        var coverage = data.Coverage.ToLookup(c => c.Tool);
        var layerOf = data.Components.ToDictionary(c => c.Slug, c => c.LayerSlug);
        var order = data.Components.Select((c, i) => (c.Slug, i)).ToDictionary(x => x.Slug, x => x.i);
        return page.Take(data.Apply(filter).Select(t => new ToolListItemJson(t.Slug, t.Name, EnumText.Format(t.Kind), t.License, t.Vendor, t.Summary, t.Tags,
            coverage[t.Slug].OrderBy(c => order[c.Component]).Select(c => new CoverageJson(c.Component, layerOf[c.Component], EnumText.Format(c.Level))).ToList())), t => t.Slug);
    }

    [HttpGet("/api/v1/tools/{slug}", Name = "getTool")]
    [Tags("Tools")]
    [EndpointSummary("Get a tool")]
    [EndpointDescription("The tool with the components it covers and the evidence, the pipelines through them, the requirements it helps meet, sources that mention it and tools often found beside it.")]
    [ProducesResponseType<ToolJson>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<ToolJson>> Show(string slug, CancellationToken ct) =>
        await ToolDetails.LoadAsync(db, slug, ct) is { } tool ? ToolJson.From(tool) : NotFound("tool", slug);
}

/// <summary>Requirements with their traces to sources and components.</summary>
[Reads(CatalogAreas.Sources | CatalogAreas.Tools | CatalogAreas.Requirements | CatalogAreas.Architecture)]
public sealed class RequirementsApiController(CatalogDbContext db) : CatalogApiController
{
    [HttpGet("/api/v1/requirements", Name = "listRequirements")]
    [Tags("Requirements")]
    [EndpointSummary("List requirements")]
    [EndpointDescription("Filters as on /requirements (layer, component, kind, priority, tag). Items are ordered by code.")]
    [ProducesResponseType<Page<RequirementListItemJson>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<Page<RequirementListItemJson>>> List([FromQuery] RequirementsQuery query, [FromQuery] PageRequest page, CancellationToken ct) =>
        page.Take((await RequirementData.RowsAsync(db, ct)).Where(query.Matches).Select(RequirementListItemJson.From), r => r.Code);

    [HttpGet("/api/v1/requirements/{code}", Name = "getRequirement")]
    [Tags("Requirements")]
    [EndpointSummary("Get a requirement with its trace")]
    [EndpointDescription("Sources that motivate it (with the trace's note), the components it concerns and the tools covering them. Codes match in any case.")]
    [ProducesResponseType<RequirementJson>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<RequirementJson>> Show(string code, CancellationToken ct) =>
        await RequirementData.TraceAsync(db, code, ct) is { } requirement ? RequirementJson.From(requirement) : NotFound("requirement", code);
}

/// <summary>The literature.</summary>
[Reads(CatalogAreas.Sources | CatalogAreas.Requirements)]
public sealed class SourcesApiController(CatalogDbContext db) : CatalogApiController
{
    [HttpGet("/api/v1/sources", Name = "listSources")]
    [Tags("Sources")]
    [EndpointSummary("List sources")]
    [EndpointDescription("Filters as on /sources (kind, tag, difficulty, year). Items are ordered by slug; sort and page are ignored here.")]
    [ProducesResponseType<Page<SourceListItemJson>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<Page<SourceListItemJson>>> List([FromQuery] SourcesQuery query, [FromQuery] PageRequest page, CancellationToken ct) =>
        page.Take((await SourceData.ListAsync(db, ct)).Where(query.Matches).Select(SourceListItemJson.From), s => s.Slug);

    [HttpGet("/api/v1/sources/{slug}", Name = "getSource")]
    [Tags("Sources")]
    [EndpointSummary("Get a source")]
    [EndpointDescription("The source's fields, identifiers, its Markdown note as written, and the requirements that cite it.")]
    [ProducesResponseType<SourceJson>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<SourceJson>> Show(string slug, CancellationToken ct)
    {
        var source = await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, ct);
        return source is null ? NotFound("source", slug) : SourceJson.From(source, await SourceData.CitingAsync(db, slug, ct));
    }
}
