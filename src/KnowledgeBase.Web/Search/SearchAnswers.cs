using KnowledgeBase.Search;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBase.Web.Search;

/// <summary>
/// How search results become an HTTP answer, shared by the page, <c>/api/v1/search</c> and the older <c>/api/search</c>:
/// bad syntax is a 400 (with what the plain words found), a missing query a 400, an index being rebuilt a 503.
/// </summary>
internal static class SearchAnswers
{
    private const string RetryAfterSeconds = "5";

    public static IActionResult Json(ControllerBase controller, SearchResults results)
    {
        if (results.IsEmptyQuery)
            return controller.Problem(title: "Missing search query", detail: "Pass the words to search for as ?q=.", statusCode: StatusCodes.Status400BadRequest);
        if (results.IndexUnavailable)
        {
            Unavailable(controller.Response);
            return controller.Problem(title: "Search is being rebuilt", detail: results.Notice, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        if (results.Notice is not null) Degraded(controller.Response);
        if (!results.IsInvalid) return controller.Ok(SearchJson.From(results));
        var problem = controller.ProblemDetailsFactory.CreateProblemDetails(controller.HttpContext, StatusCodes.Status400BadRequest, "Invalid search query", detail: results.Problem);
        problem.Extensions["query"] = results.Query;
        // What the page would show for the plain words, for clients that want to degrade gracefully.
        problem.Extensions["results"] = SearchJson.From(results);
        return new ObjectResult(problem) { StatusCode = StatusCodes.Status400BadRequest, ContentTypes = { "application/problem+json" } };
    }

    /// <summary>
    /// The index was damaged and is being rebuilt from SQLite (a second or a few): 503 with a hint when to retry,
    /// so that no client takes "no hits" for an answer.
    /// </summary>
    public static void Unavailable(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds;
        Degraded(response);
    }

    /// <summary>
    /// An answer from a damaged or half-rebuilt index must not outlive the repair: no-store keeps it out of the page
    /// cache (<see cref="Caching.PageCachePolicy"/> refuses such responses) and out of every cache between here and
    /// the reader. The repair does not change the catalog, so nothing else would evict it.
    /// </summary>
    public static void Degraded(HttpResponse response) => response.Headers.CacheControl = "no-store";
}
