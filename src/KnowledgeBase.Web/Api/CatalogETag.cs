using KnowledgeBase.Web.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Net.Http.Headers;

namespace KnowledgeBase.Web.Api;

/// <summary>
/// Conditional GETs for the API. Every answer is a view of the catalog, so its validator is the catalog's state: the
/// generations of the areas the endpoint reads, which the page cache keys its entries by (<see cref="CatalogChanges"/>;
/// an edit or an import moves them), prefixed
/// by an id drawn at start, because the generation starts again at zero in a new process. The tag is weak: the
/// same state sent gzip- or Brotli-compressed is not the same bytes. A matching <c>If-None-Match</c> is answered 304
/// before the action runs, so a client that polls costs no query.
/// </summary>
public sealed class CatalogETag(CatalogChanges changes) : IAsyncActionFilter
{
    /// <summary>Clients and shared caches may reuse an answer for this long without asking; after that, a 304 is cheap.</summary>
    public const string CacheControl = "public, max-age=60";

    private static readonly string Instance = Guid.NewGuid().ToString("N")[..8];

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        // Read before the action: if the catalog changes while it runs, the tag is the older one and the next
        // request fetches again, never the other way round.
        var tag = new EntityTagHeaderValue($"\"{Instance}-{changes.Stamp(ReadsAttribute.Of(context.HttpContext))}\"", isWeak: true);
        var request = context.HttpContext.Request;
        var response = context.HttpContext.Response;
        if (EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var asked)
            && asked.Any(a => a.Equals(EntityTagHeaderValue.Any) || a.Compare(tag, useStrongComparison: false)))
        {
            Stamp(response, tag);
            context.Result = new StatusCodeResult(StatusCodes.Status304NotModified);
            return;
        }
        var executed = await next();
        // An answer that already says how to cache it (a degraded search says no-store) keeps its say.
        if (executed.Exception is null && executed.Result is ObjectResult { StatusCode: null or 200 } && response.StatusCode == StatusCodes.Status200OK
            && string.IsNullOrEmpty(response.Headers.CacheControl))
            Stamp(response, tag);
    }

    private static void Stamp(HttpResponse response, EntityTagHeaderValue tag)
    {
        response.Headers.ETag = tag.ToString();
        response.Headers.CacheControl = CacheControl;
    }
}
