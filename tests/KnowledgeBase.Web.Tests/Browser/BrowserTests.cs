using KnowledgeBase.Web.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeBase.Web.Tests.Browser;

/// <summary>
/// Clicks through the site in Debian's Chromium, driven by Playwright, and takes screenshots at phone and laptop
/// widths (attached to the test results). Skipped, with the reason, where Chromium is not installed.
/// </summary>
[NonParallelizable]
public class BrowserTests : BrowserSession
{
    [Test]
    public async Task A_visitor_clicks_from_the_diagram_to_a_layer_a_tool_and_a_requirement()
    {
        var page = await OpenAsync(1440, 900);
        await page.GotoAsync("/");
        await ScreenshotAsync(page, "home-laptop");

        await page.Locator("svg.architecture a[href='/layers/deployment-serving']").ClickAsync();
        await page.WaitForURLAsync("**/layers/deployment-serving");
        Assert.That(await page.TitleAsync(), Does.StartWith("Deployment & serving layer"));

        await page.Locator("#model-serving .tool-list a", new PageLocatorOptions { HasText = "KServe" }).First.ClickAsync();
        await page.WaitForURLAsync("**/tools/kserve");
        await ScreenshotAsync(page, "tool-laptop");
        Assert.That(await page.Locator("svg.architecture a.box.full").CountAsync(), Is.GreaterThan(0));

        await page.Locator("section[aria-labelledby=req-heading] a").First.ClickAsync();
        await page.WaitForURLAsync("**/requirements/*");
        Assert.That(await page.Locator("ol.trace").IsVisibleAsync(), Is.True);
        await ScreenshotAsync(page, "requirement-laptop");
    }

    [Test]
    public async Task A_component_box_in_the_diagram_opens_the_component()
    {
        var page = await OpenAsync(1440, 900);
        await page.GotoAsync("/");
        await page.Locator("svg.architecture a[href='/components/feature-store']").ClickAsync();
        await page.WaitForURLAsync("**/components/feature-store");
        Assert.That(await page.Locator("h1").TextContentAsync(), Is.EqualTo("Feature store"));
    }

    [TestCase("/")]
    [TestCase("/tools")]
    [TestCase("/tools/mlflow")]
    [TestCase("/requirements")]
    [TestCase("/requirements/MOD-01")]
    [TestCase("/layers/data-management")]
    [TestCase("/pipelines")]
    [TestCase("/matrix")]
    [TestCase("/sources/kumara-2022-mlops-reference-architecture")]
    [TestCase("/stats")]
    [TestCase("/tools/compare?t=mlflow&t=kubeflow&t=amazon-sagemaker")]
    public async Task Pages_fit_a_phone_without_sideways_scrolling(string url)
    {
        var page = await OpenAsync(375, 812);
        await page.GotoAsync(url);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        await ScreenshotAsync(page, "phone" + url.Replace('/', '-'));
        // Name the widest culprits so a failure says what to fix.
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

    [Test]
    public async Task Tool_filters_work_without_javascript()
    {
        var page = await OpenAsync(1440, 900, javaScript: false);
        await page.GotoAsync("/tools");
        var before = await page.Locator(".tool-cards > li").CountAsync();
        await page.Locator(".facets a", new PageLocatorOptions { HasText = "managed service" }).First.ClickAsync();
        await page.WaitForURLAsync("**/tools?kind=managed-service");
        var after = await page.Locator(".tool-cards > li").CountAsync();
        Assert.That(after, Is.GreaterThan(0).And.LessThan(before));
        await ScreenshotAsync(page, "tools-filtered-laptop");
    }

    [Test]
    public async Task The_keyboard_reaches_the_diagram_links_with_a_visible_focus()
    {
        var page = await OpenAsync(1440, 900);
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        Assert.That(await page.EvaluateAsync<string>("() => document.activeElement.textContent"), Is.EqualTo("Skip to content"));
    }
}
