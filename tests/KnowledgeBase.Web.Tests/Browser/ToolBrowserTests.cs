using KnowledgeBase.Accounts;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeBase.Web.Tests.Browser;

/// <summary>
/// An editor corrects a tool's coverage the way the site invites: from the tool's page to its form, a changed level
/// and a new row with its evidence, saved, then the tool's history. With JavaScript on and off, on a laptop and a phone.
/// </summary>
public class ToolBrowserTests : BrowserSession
{
    [TestCase(true, 1440)]
    [TestCase(false, 375)]
    public async Task An_editor_corrects_a_tools_coverage_and_sees_it_in_the_history(bool javaScript, int width)
    {
        var page = await OpenAsync(width, 900, javaScript);
        await SignInAsync(page, AccountRoles.Editor);
        var slug = "browser-tool-" + (javaScript ? "js" : "nojs") + Guid.NewGuid().ToString("N")[..6];

        await page.GotoAsync("/tools/new");
        await page.GetByLabel("Name").FillAsync("Browser registry " + slug);
        await page.GetByLabel("Slug").FillAsync(slug);
        await page.GetByLabel("Homepage").FillAsync("https://example.org/" + slug);
        await page.GetByLabel("Component of row 1").SelectOptionAsync("model-registry");
        await page.GetByLabel("Evidence of row 1").FillAsync("https://example.org/docs/registry");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the tool" }).ClickAsync();
        await page.WaitForURLAsync($"**/tools/{slug}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit this tool" }).ClickAsync();
        await page.WaitForURLAsync("**/edit");
        await page.GetByLabel("Level of row 1").SelectOptionAsync("partial");
        await page.GetByLabel("Component of row 2").SelectOptionAsync("experiment-tracking");
        await page.GetByLabel("Evidence of row 2").FillAsync("https://example.org/docs/tracking");
        await ScreenshotAsync(page, "tool-edit-" + width);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the tool" }).ClickAsync();
        await page.WaitForURLAsync($"**/tools/{slug}");
        Assert.That(await page.Locator("a[href='https://example.org/docs/tracking']").CountAsync(), Is.EqualTo(1), "the new row's evidence is on the page");

        await page.GetByRole(AriaRole.Link, new() { Name = "History of this tool" }).ClickAsync();
        var entries = page.Locator("ol.changes li");
        Assert.That(await entries.CountAsync(), Is.EqualTo(2));
        Assert.That(await entries.First.TextContentAsync(), Does.Contain("changed the tool").And.Contain("coverage"));
        await entries.First.Locator("a").First.ClickAsync();
        await page.WaitForURLAsync("**/changes/*");
        Assert.That(await page.Locator("table.field-changes td").Nth(1).TextContentAsync(), Does.Contain("experiment-tracking full https://example.org/docs/tracking"));
        await ScreenshotAsync(page, "tool-change-" + width);
    }
}
