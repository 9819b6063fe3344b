using KnowledgeBase.Search;
using KnowledgeBase.Web.Search;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBase.Web.Api;

/// <summary>Full-text search across every type, as on /search.</summary>
public sealed class SearchApiController(CatalogSearch search, SearchStartup startup) : CatalogApiController
{
    [HttpGet("/api/v1/search", Name = "search")]
    [Tags("Search")]
    [EndpointSummary("Search the catalog")]
    [EndpointDescription("The same syntax as the site's search box; type narrows to one kind of hit (tool, source, requirement, …). Results are ranked, so they page by number (page), not by cursor. A query the parser rejects is a 400 problem that still carries the results for the plain words; an index being rebuilt is a 503 with Retry-After.")]
    [ProducesResponseType<SearchJson>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
    public async Task<IActionResult> Search([FromQuery] SearchQuery query, CancellationToken ct) =>
        SearchAnswers.Json(this, await SearchController.RunAsync(search, startup, query, ct));
}
