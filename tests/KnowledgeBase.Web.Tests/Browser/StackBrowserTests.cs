using KnowledgeBase.Web.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeBase.Web.Tests.Browser;

/// <summary>
/// Building a stack from nothing in Debian's Chromium, with JavaScript off to prove the forms need none, and the
/// stack pages at phone width. Skipped, with the reason, where Chromium is not installed.
/// </summary>
[NonParallelizable]
public class StackBrowserTests : BrowserSession
{
    [Test]
    public async Task A_team_lead_builds_a_stack_from_nothing_saves_it_and_downloads_its_checklist()
    {
        var page = await OpenAsync(1440, 900, javaScript: false);
        await SignInAsync(page, KnowledgeBase.Accounts.AccountRoles.Editor);
        await page.GotoAsync("/stacks");
        await page.GetByRole(AriaRole.Link, new() { Name = "Build a new stack" }).ClickAsync();
        await page.WaitForURLAsync("**/stacks/new");

        await page.Locator("#field-name").FillAsync("Browser-built platform");
        await page.Locator("#field-author").FillAsync("Team lead");
        await page.Locator("details.layer-picks > summary", new() { HasText = "Model management" }).ClickAsync();
        await page.Locator("#pick-mlflow--model-registry").CheckAsync();
        await page.Locator("details.layer-picks > summary", new() { HasText = "Infrastructure" }).ClickAsync();
        await page.Locator("#pick-kubernetes--container-orchestration").CheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Update preview" }).First.ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.That(await page.Locator("#preview-heading").TextContentAsync(), Does.Contain("2 tool placements, 2 of"));
        Assert.That(await page.Locator("#pick-mlflow--model-registry").IsCheckedAsync(), Is.True, "the preview keeps the ticks");
        await ScreenshotAsync(page, "stack-builder-preview-laptop");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save stack" }).First.ClickAsync();
        await page.WaitForURLAsync("**/stacks/browser-built-platform");
        Assert.That(await page.Locator("h1").TextContentAsync(), Is.EqualTo("Browser-built platform"));
        Assert.That(await page.Locator("svg.architecture a.box.full").CountAsync(), Is.EqualTo(2));

        await page.GetByRole(AriaRole.Link, new() { Name = "Create the checklist" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the checklist" }).ClickAsync();
        await page.WaitForURLAsync("**/stacks/browser-built-platform/checklist?notice=created");
        await ScreenshotAsync(page, "stack-checklist-laptop");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = true }).ClickAsync());
        Assert.That(download.SuggestedFilename, Is.EqualTo("browser-built-platform-checklist.csv"));
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.That(csv, Does.StartWith("code,title,statement,layer,priority,status,owner,note,evidence,hint\n"));
        Assert.That(csv, Does.Contain(",model-management,").And.Contain(",todo,"));
    }

    [TestCase("/stacks")]
    [TestCase("/stacks/kubeflow-on-kubernetes")]
    [TestCase("/stacks/new")]
    [TestCase("/stacks/kubeflow-on-kubernetes/edit")]
    [TestCase("/stacks/kubeflow-on-kubernetes/checklist")]
    [TestCase("/stacks/compare?s=kubeflow-on-kubernetes&s=aws-managed&s=iterative-tools")]
    public async Task Stack_pages_fit_a_phone_without_sideways_scrolling(string url)
    {
        var page = await OpenAsync(375, 812);
        // The builder and the checklist form are an editor's pages.
        await SignInAsync(page, KnowledgeBase.Accounts.AccountRoles.Editor);
        await page.GotoAsync(url);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        await ScreenshotAsync(page, "phone" + url.Replace('/', '-').Replace('?', '-').Replace('&', '-'));
        var culprits = await page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('body *')]
                .filter(e => {
                    if (e.getBoundingClientRect().right <= document.documentElement.clientWidth + 1) return false;
                    for (let p = e.parentElement; p; p = p.parentElement)
                        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return false;
                    return true;
                })
                .slice(0, 5).map(e => e.tagName + ' ' + (e.getAttribute('class') || '')).join(', ')
            """);
        Assert.That(overflow, Is.LessThanOrEqualTo(0), $"{url} is {overflow}px wider than the phone: {culprits}");
    }
}
