using KnowledgeBase.Stacks;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Stacks;
using Microsoft.AspNetCore.Mvc;
using KnowledgeBase.Web.Caching;

namespace KnowledgeBase.Web.Api;

/// <summary>Stacks, each with its gap report and its requirement checklist.</summary>
[Reads(CatalogAreas.Tools | CatalogAreas.Requirements | CatalogAreas.Stacks | CatalogAreas.Architecture)]
public sealed class StacksApiController(CatalogDbContext db) : CatalogApiController
{
    [HttpGet("/api/v1/stacks", Name = "listStacks")]
    [Tags("Stacks")]
    [EndpointSummary("List stacks")]
    [EndpointDescription("The label of every community and team stack, by slug.")]
    [ProducesResponseType<Page<StackLabelJson>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<Page<StackLabelJson>>> List([FromQuery] PageRequest page, CancellationToken ct) =>
        page.Take((await StackData.LabelsAsync(db, ct)).Select(StackLabelJson.From), s => s.Slug);

    [HttpGet("/api/v1/stacks/{slug}", Name = "getStack")]
    [Tags("Stacks")]
    [EndpointSummary("Get a stack")]
    [EndpointDescription("The stack's label and the tool it assigns to each component, with links to its gap report and checklist.")]
    [ProducesResponseType<StackJson>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<StackJson>> Show(string slug, CancellationToken ct) =>
        await StackData.LabelAsync(db, slug, ct) is { } label
            ? StackJson.From(label, await GapCatalogQueries.PicksAsync(db, slug, ct))
            : NotFound("stack", slug);

    [HttpGet("/api/v1/stacks/{slug}/gaps", Name = "getStackGaps")]
    [Tags("Stacks")]
    [EndpointSummary("Get a stack's gap report")]
    [EndpointDescription("Uncovered, partly covered and overlapping components (with candidate tools), pipeline stages left uncovered, requirements met, partly met or unmet, and a score per layer; the rules are stated in the answer.")]
    [ProducesResponseType<GapJson>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<GapJson>> Gaps(string slug, CancellationToken ct)
    {
        var label = await StackData.LabelAsync(db, slug, ct);
        if (label is null) return NotFound("stack", slug);
        var catalog = await GapCatalogQueries.LoadAsync(db, ct);
        return GapJson.From(label, GapReport.For(catalog, await GapCatalogQueries.PicksAsync(db, slug, ct)));
    }

    [HttpGet("/api/v1/stacks/{slug}/checklist", Name = "getStackChecklist")]
    [Tags("Stacks")]
    [EndpointSummary("Get a stack's requirement checklist")]
    [EndpointDescription("Each item's status, owner, note and evidence with the gap report's hint, bottom layer first, and the progress per layer.")]
    [ProducesResponseType<ChecklistJson>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<ChecklistJson>> Checklist(string slug, CancellationToken ct)
    {
        var label = await StackData.LabelAsync(db, slug, ct);
        if (label is null) return NotFound("stack", slug);
        var catalog = await GapCatalogQueries.LoadAsync(db, ct);
        var report = GapReport.For(catalog, await GapCatalogQueries.PicksAsync(db, slug, ct));
        return ChecklistJson.From(label, await StackData.ChecklistAsync(db, slug, catalog, report, ct));
    }
}
