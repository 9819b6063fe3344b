using KnowledgeBase.Accounts;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeBase.Web.Tests.Browser;

/// <summary>
/// An editor's pages in Chromium: a requirement added through its form, deleted from it and brought back from the
/// history, a delete that is refused with its reason, and the review, history and architecture pages, each read at
/// a laptop and a phone width without sideways scrolling. Screenshots of each are attached to the results.
/// </summary>
public class EditorPagesBrowserTests : BrowserSession
{
    private static int _next = 700;

    [TestCase(true, 1440)]
    [TestCase(false, 375)]
    public async Task An_editor_deletes_a_requirement_and_restores_it_from_the_history(bool javaScript, int width)
    {
        var page = await OpenAsync(width, 900, javaScript);
        await SignInAsync(page, AccountRoles.Editor);
        var code = $"BRW-{Interlocked.Increment(ref _next)}";

        await page.GotoAsync("/requirements/new");
        await page.Locator("#r-code").FillAsync(code);
        await page.Locator("#r-title").FillAsync("Browser requirement " + code);
        await page.Locator("#r-statement").FillAsync("The platform shall keep every model's lineage.");
        await page.GetByLabel("Source of trace 1").FillAsync("amershi-2019-software-engineering-for-ml");
        await page.GetByLabel("Note of trace 1").FillAsync("Section 4");
        await ScreenshotAsync(page, $"requirement-new-{width}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the requirement" }).ClickAsync();
        await page.WaitForURLAsync($"**/requirements/{code}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit this requirement" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Delete this requirement…" }).ClickAsync();
        await page.WaitForURLAsync($"**/requirements/{code}/delete");
        await ScreenshotAsync(page, $"requirement-delete-{width}");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Delete {code}" }).ClickAsync();
        await page.WaitForURLAsync("**/requirements");
        Assert.That(await page.Locator($"a[href='/requirements/{code}']").CountAsync(), Is.Zero, "gone from the list");

        await page.GotoAsync($"/changes?kind=requirement&key={code}");
        await ScreenshotAsync(page, $"changes-{width}");
        await page.Locator("ol.changes li a[href^='/changes/']").First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Restore" }).First.ClickAsync();
        await page.WaitForURLAsync("**/requirements/new?restore=*");
        Assert.That(await page.Locator("#r-title").InputValueAsync(), Is.EqualTo("Browser requirement " + code), "the form holds the deleted requirement");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the requirement" }).ClickAsync();
        await page.WaitForURLAsync($"**/requirements/{code}");
        Assert.That(await page.Locator("main").InnerTextAsync(), Does.Contain("Section 4"), "back with its trace");
        await AssertNoSidewaysScrollAsync(page);
    }

    [TestCase(1440)]
    [TestCase(375)]
    public async Task The_editors_pages_read_without_sideways_scrolling(int width)
    {
        var page = await OpenAsync(width, 900);
        await SignInAsync(page, AccountRoles.Editor);
        foreach (var (url, name, shows) in new[]
        {
            ("/requirements/DEP-02/delete", "requirement-delete-refused", "the glossary term Batch inference names it"),
            ("/submissions", "submissions", "Submissions"),
            ("/stacks/wanted", "stacks-wanted", "Wanted"),
            ("/changes", "changes-all", "Changes"),
            ("/layers/model-management/edit", "layer-edit", "Edit"),
            ("/components/model-registry/delete", "component-delete-refused", "the tool MLflow covers it"),
            ("/pipelines/code-ci/edit", "pipeline-edit", "Stages"),
        })
        {
            var response = await page.GotoAsync(url);
            Assert.That(response!.Status, Is.EqualTo(200), url);
            Assert.That(await page.Locator("main").InnerTextAsync(), Does.Contain(shows), url);
            await ScreenshotAsync(page, $"{name}-{width}");
            await AssertNoSidewaysScrollAsync(page, url);
        }
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page, string? url = null)
    {
        var (scroll, viewport) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), page.ViewportSize!.Width);
        Assert.That(scroll, Is.LessThanOrEqualTo(viewport), $"{url ?? page.Url} is wider than the screen");
    }
}
