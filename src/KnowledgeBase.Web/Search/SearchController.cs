using KnowledgeBase.Search;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBase.Web.Search;

/// <summary>
/// <c>/search</c> for people and <c>/api/search</c> for programs; neither answers bad syntax or a damaged index with a 500.
/// </summary>
public sealed class SearchController(CatalogSearch search, SearchStartup startup) : Controller
{
    [HttpGet("/search")]
    public async Task<IActionResult> Results(SearchQuery query, CancellationToken cancellationToken)
    {
        var results = await RunAsync(query, cancellationToken);
        // Bad syntax is bad input (400), but the page still helps: it explains and shows results for the plain words.
        if (results.IsInvalid) Response.StatusCode = StatusCodes.Status400BadRequest;
        if (results.IndexUnavailable) Unavailable();
        else if (results.Notice is not null) Degraded();
        return View("~/Search/Results.cshtml", results);
    }

    [HttpGet("/api/search")]
    public async Task<IActionResult> Api(SearchQuery query, CancellationToken cancellationToken)
    {
        var results = await RunAsync(query, cancellationToken);
        if (results.IsEmptyQuery)
            return Problem(title: "Missing search query", detail: "Pass the words to search for as ?q=.", statusCode: StatusCodes.Status400BadRequest);
        if (results.IndexUnavailable)
        {
            Unavailable();
            return Problem(title: "Search is being rebuilt", detail: results.Notice, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        if (results.Notice is not null) Degraded();
        if (!results.IsInvalid) return Ok(SearchJson.From(results));
        var problem = ProblemDetailsFactory.CreateProblemDetails(HttpContext, StatusCodes.Status400BadRequest, "Invalid search query", detail: results.Problem);
        problem.Extensions["query"] = results.Query;
        // What the page would show for the plain words, for clients that want to degrade gracefully.
        problem.Extensions["results"] = SearchJson.From(results);
        return new ObjectResult(problem) { StatusCode = StatusCodes.Status400BadRequest, ContentTypes = { "application/problem+json" } };
    }

    private const string RetryAfterSeconds = "5";

    /// <summary>
    /// The index was damaged and is being rebuilt from SQLite (a second or a few): 503 with a hint when to retry,
    /// so that no client takes "no hits" for an answer.
    /// </summary>
    private void Unavailable()
    {
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        Response.Headers.RetryAfter = RetryAfterSeconds;
        Degraded();
    }

    /// <summary>
    /// An answer from a damaged or half-rebuilt index must not outlive the repair: no-store keeps it out of the page
    /// cache (<see cref="Caching.PageCachePolicy"/> refuses such responses) and out of every cache between here and
    /// the reader. The repair does not change the catalog, so nothing else would evict it.
    /// </summary>
    private void Degraded() => Response.Headers.CacheControl = "no-store";

    private async Task<SearchResults> RunAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        await startup.ReadyAsync(cancellationToken);
        return search.Search(new SearchRequest(query.Q, query.Type, query.PageNumber));
    }
}
