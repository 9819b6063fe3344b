using KnowledgeBase.Search;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBase.Web.Search;

/// <summary>
/// <c>/search</c> for people and <c>/api/search</c> for programs (kept for existing clients; <c>/api/v1/search</c>
/// answers the same); neither answers bad syntax or a damaged index with a 500.
/// </summary>
public sealed class SearchController(CatalogSearch search, SearchStartup startup) : Controller
{
    [HttpGet("/search")]
    public async Task<IActionResult> Results(SearchQuery query, CancellationToken cancellationToken)
    {
        var results = await RunAsync(search, startup, query, cancellationToken);
        // Bad syntax is bad input (400), but the page still helps: it explains and shows results for the plain words.
        if (results.IsInvalid) Response.StatusCode = StatusCodes.Status400BadRequest;
        if (results.IndexUnavailable) SearchAnswers.Unavailable(Response);
        else if (results.Notice is not null) SearchAnswers.Degraded(Response);
        return View("~/Search/Results.cshtml", results);
    }

    [HttpGet("/api/search")]
    public async Task<IActionResult> Api(SearchQuery query, CancellationToken cancellationToken)
    {
        Response.Headers.Link = "</api/v1/search>; rel=\"successor-version\"";
        return SearchAnswers.Json(this, await RunAsync(search, startup, query, cancellationToken));
    }

    internal static async Task<SearchResults> RunAsync(CatalogSearch search, SearchStartup startup, SearchQuery query, CancellationToken cancellationToken)
    {
        await startup.ReadyAsync(cancellationToken);
        return search.Search(new SearchRequest(query.Q, query.Type, query.PageNumber));
    }
}
