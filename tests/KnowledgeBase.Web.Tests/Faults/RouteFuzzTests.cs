using System.Diagnostics;
using System.Net;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Faults;

/// <summary>
/// Every GET route of the site and the API (read from the app's endpoints, so a new route is fuzzed without being
/// listed), every query key its action reads and every route parameter, each given hostile values: no answer is a
/// 5xx, none takes long, none shows a stack trace, and the catalog is exactly as before.
/// </summary>
[NonParallelizable]
// The API's rate limit would answer most of the fuzzing with 429 instead of running the action under test.
public class RouteFuzzTests() : SiteSession(followRedirects: false, ("KnowledgeBase:Api:PerAddressPerMinute", "1000000"))
{
    /// <summary>A hang detector, not a benchmark: pages render in milliseconds.</summary>
    private static readonly TimeSpan AnswerLimit = TimeSpan.FromSeconds(2);

    /// <summary>An exception's type and message, or a frame of its stack ("   at Namespace.Type.Method(").</summary>
    private static readonly System.Text.RegularExpressions.Regex StackTrace =
        new(@"\b[\w.]*Exception: |^\s+at [\w.`<>]+\(", System.Text.RegularExpressions.RegexOptions.Multiline);

    /// <summary>Each as it would appear in a URL, already percent-encoded.</summary>
    private static readonly (string Name, string Encoded)[] Values =
    [
        ("empty", ""),
        ("10 KB", new string('a', 10 * 1024)),
        ("control characters", "%00%01%1B%7F"),
        ("invalid UTF-8 %C3%28", "%C3%28"),
        ("invalid UTF-8 %FF", "%FF"),
        ("path traversal", "..%2F..%2Fetc%2Fpasswd"),
        ("raw ../", "../"),
        ("script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
        ("negative", "-1"),
        ("zero", "0"),
        ("huge number", "99999999999999999999"),
        ("quote and percent", "%27%22%25"),
    ];

    private static IEnumerable<(string Description, string Url)> Requests(SiteRoute route)
    {
        var url = route.Url();
        yield return ("plain", url);
        foreach (var key in route.QueryKeys)
        {
            foreach (var (name, encoded) in Values)
                yield return ($"{key}={name}", $"{url}?{key}={encoded}");
            yield return ($"{key} repeated", $"{url}?{key}=a&{key}=a&{key}=&{key}=b");
        }
        foreach (var parameter in route.RouteParameters)
            foreach (var (name, encoded) in Values.Where(v => v.Encoded.Length > 0))
            {
                var real = route.Url();
                var fuzzed = route.Url(new Dictionary<string, string> { [parameter] = "\u0000FUZZ\u0000" })
                    // The test server refuses a NUL in the path before the site sees it (Kestrel answers 400).
                    .Replace(Uri.EscapeDataString("\u0000FUZZ\u0000"), encoded.Replace("%00", "", StringComparison.Ordinal), StringComparison.Ordinal);
                if (fuzzed != real) yield return ($"{{{parameter}}}={name}", fuzzed);
            }
    }

    [Test]
    public async Task No_route_answers_hostile_values_with_a_5xx_a_hang_a_stack_trace_or_a_changed_catalog()
    {
        using var client = Site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.Timeout = TimeSpan.FromSeconds(30);
        (await client.GetAsync(new Uri("/", UriKind.Relative))).EnsureSuccessStatusCode(); // first-start import
        var routes = SiteRoutes.Get(Site.Services);
        Assert.That(routes.Select(r => r.Pattern), Does.Contain("/tools/{slug}").And.Contain("/api/search").And.Contain("/matrix.csv")
            .And.Contain("/api/v1/tools").And.Contain("/api/v1/stacks/{slug}/gaps").And.Contain("/openapi/{documentName}.json").And.Contain("/readyz")
            .And.Contain("/layers/{slug}/edit").And.Contain("/components/new").And.Contain("/pipelines/{slug}/delete"));
        var before = await CatalogStateAsync();

        var failures = new List<string>();
        var count = 0;
        foreach (var route in routes)
        {
            foreach (var (description, url) in Requests(route))
            {
                count++;
                var clock = Stopwatch.StartNew();
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();
                clock.Stop();
                var where = $"{route} {description} ({url[..Math.Min(url.Length, 120)]})";
                if ((int)response.StatusCode >= 500)
                    failures.Add($"{where}: {(int)response.StatusCode}");
                if (clock.Elapsed > AnswerLimit) failures.Add($"{where}: took {clock.Elapsed.TotalSeconds:0.0} s");
                if (StackTrace.IsMatch(body))
                    failures.Add($"{where}: the body shows a stack trace");
            }
        }
        TestContext.Out.WriteLine($"{count} requests over {routes.Count} routes");

        Assert.That(failures, Is.Empty);
        Assert.That(Site.Errors.Entries, Is.Empty, "the site logged errors (a swallowed exception, say)");
        Assert.That(await CatalogStateAsync(), Is.EqualTo(before), "GET requests changed the catalog");
    }

    private async Task<string> CatalogStateAsync()
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        return string.Join(", ",
            $"version {await CatalogDatabase.VersionAsync(db, CancellationToken.None)}",
            $"{await db.Tools.CountAsync()} tools", $"{await db.Sources.CountAsync()} sources", $"{await db.Requirements.CountAsync()} requirements",
            $"{await db.Stacks.CountAsync()} stacks", $"{await db.StackTools.CountAsync()} stack tools", $"{await db.ChecklistItems.CountAsync()} checklist items",
            $"{await db.ToolCoverage.CountAsync()} coverage rows");
    }
}
