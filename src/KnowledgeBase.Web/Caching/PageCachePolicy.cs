using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace KnowledgeBase.Web.Caching;

/// <summary>
/// Caches every successful GET of a read page (HTML, CSV, JSON, SVG, BibTeX) in memory, keyed by path, query and
/// the generations of the catalog areas the page reads (<see cref="ReadsAttribute"/>, <see cref="CatalogChanges"/>).
/// The catalog changes rarely and pages are the same for everyone, so a cached copy is served until the next change
/// of what it shows instead of querying SQLite and rendering Razor again.
/// Never stored: responses that set a cookie or forbid storing, which is what a page with an anti-forgery token
/// does (a token belongs to one visitor), and anything but 200.
/// </summary>
public sealed class PageCachePolicy(CatalogChanges changes) : IOutputCachePolicy
{
    // Long, because a change evicts by moving a generation, not by time; the size limit bounds the memory.
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        // Signed-in requests (once accounts exist) may see more than the public pages; they always render afresh.
        var signedIn = request.Headers.ContainsKey(HeaderNames.Authorization) || context.HttpContext.User.Identity?.IsAuthenticated == true;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && !signedIn;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true; // 32 clients asking for the same cold page wait for one rendering
        context.ResponseExpirationTimeSpan = Lifetime;
        // The raw query string: the compare pages list tools and stacks in the order asked, so t=a&t=b and t=b&t=a
        // are different pages.
        context.CacheVaryByRules.VaryByValues["query"] = request.QueryString.Value ?? "";
        // Compression runs inside the cache: a browser that takes Brotli gets the Brotli copy, curl the plain one.
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        // Read here, before the page renders: a page rendered while a change commits is stored under the older key.
        context.CacheVaryByRules.VaryByValues["catalog"] = changes.Stamp(ReadsAttribute.Of(context.HttpContext));
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        var cacheControl = response.Headers.CacheControl.ToString();
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Count > 0
            || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
