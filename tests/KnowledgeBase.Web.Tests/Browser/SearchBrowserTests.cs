using KnowledgeBase.Web.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeBase.Web.Tests.Browser;

/// <summary>Searching as a visitor does: the header's search box, the type facets, a hit, a mistyped query.</summary>
[NonParallelizable]
public class SearchBrowserTests : BrowserSession
{
    [TestCase(true)]
    [TestCase(false)]
    public async Task A_visitor_searches_from_the_header_narrows_to_tools_and_opens_a_hit(bool javaScript)
    {
        var page = await OpenAsync(1440, 900, javaScript);
        await page.GotoAsync("/layers/model-management");

        await page.FillAsync("#site-search-q", "model registry");
        await page.PressAsync("#site-search-q", "Enter");
        await page.WaitForURLAsync("**/search?q=model+registry*");
        Assert.That(await page.Locator(".search-summary").TextContentAsync(), Does.Contain("results for"));
        Assert.That(await page.Locator("#site-search-q").InputValueAsync(), Is.EqualTo("model registry"), "the box keeps the query");
        Assert.That(await page.Locator(".search-hit mark").CountAsync(), Is.GreaterThan(0), "matched words are marked");

        await page.Locator(".search-facets a", new PageLocatorOptions { HasText = "Tools" }).ClickAsync();
        await page.WaitForURLAsync("**type=tool*");
        var types = await page.Locator(".search-hit").EvaluateAllAsync<string[]>("hits => hits.map(h => h.dataset.type)");
        Assert.That(types, Is.Not.Empty.And.All.EqualTo("tool"));
        await ScreenshotAsync(page, "search-tools" + (javaScript ? "" : "-no-js"));

        await page.Locator(".search-hit h2 a").First.ClickAsync();
        await page.WaitForURLAsync("**/tools/*");
        Assert.That(await page.Locator("h1").CountAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_mistyped_tool_name_offers_the_right_one_and_a_broken_query_explains_itself()
    {
        var page = await OpenAsync(1440, 900);
        await page.GotoAsync("/search?q=mlfow");
        await page.Locator(".search-suggestions a", new PageLocatorOptions { HasText = "MLflow" }).First.ClickAsync();
        await page.WaitForURLAsync("**/search?q=*");
        Assert.That(await page.Locator(".search-hit h2 a").First.TextContentAsync(), Does.Contain("MLflow"));

        var response = await page.GotoAsync("/search?q=%22unbalanced+drift");
        Assert.That(response!.Status, Is.EqualTo(400));
        Assert.That(await page.Locator(".search-problem").IsVisibleAsync(), Is.True);
        Assert.That(await page.Locator(".search-hit").CountAsync(), Is.GreaterThan(0), "results for the plain words");
        await ScreenshotAsync(page, "search-invalid");
    }
}
