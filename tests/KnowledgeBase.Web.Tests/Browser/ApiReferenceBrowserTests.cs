using System.Collections.Concurrent;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeBase.Web.Tests.Browser;

/// <summary>The API reference page in a real browser: it draws the operations from the OpenAPI document, and it does so from this site alone.</summary>
[NonParallelizable]
public class ApiReferenceBrowserTests : BrowserSession
{
    [Test]
    public async Task The_reference_renders_the_operations_without_asking_any_other_host_or_breaking_the_policy()
    {
        var page = await OpenAsync(1440, 900);
        var requests = new ConcurrentQueue<string>();
        var console = new ConcurrentQueue<string>();
        page.Request += (_, request) => requests.Enqueue(request.Url);
        page.Console += (_, message) => console.Enqueue($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => console.Enqueue("page error: " + error);

        var response = await page.GotoAsync("/api/reference");
        Assert.That(response!.Status, Is.EqualTo(200));
        try { await page.GetByText("List layers").First.WaitForAsync(new() { Timeout = 30_000 }); }
        catch (TimeoutException) { Assert.Fail("the operations never appeared:\n" + string.Join("\n", console)); }
        // The operations are rendered; let late requests (fonts, icons) start before they are checked. On a busy
        // machine the page may not reach "network idle" soon: what it asked for until then is still checked below.
        try { await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 15_000 }); }
        catch (TimeoutException) { }
        Assert.That(await page.GetByText("Get a layer").CountAsync(), Is.GreaterThan(0));
        Assert.That(await page.GetByText("/api/v1/layers/{slug}").CountAsync(), Is.GreaterThan(0), "the paths are shown");
        foreach (var tag in new[] { "Tools", "Requirements", "Sources", "Stacks", "Search" })
            Assert.That(await page.GetByText(tag, new() { Exact = true }).CountAsync(), Is.GreaterThan(0), tag);
        await ScreenshotAsync(page, "api-reference");

        var origin = new Uri(page.Url).GetLeftPart(UriPartial.Authority);
        var fetched = requests.ToList();
        Assert.That(fetched, Does.Contain(origin + "/openapi/v1.json"), "the page read the document");
        Assert.That(fetched.Where(u => !u.StartsWith("data:", StringComparison.Ordinal) && !u.StartsWith("blob:", StringComparison.Ordinal))
            .Select(u => new Uri(u).GetLeftPart(UriPartial.Authority)), Has.All.EqualTo(origin), string.Join("\n", fetched));
        Assert.That(console.Where(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || m.StartsWith("error", StringComparison.Ordinal)),
            Is.Empty, "the page ran into the Content-Security-Policy or failed to load something");
    }
}
