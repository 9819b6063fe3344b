using KnowledgeBase.Web.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeBase.Web.Tests.Browser;

/// <summary>
/// The transit map in Chromium at laptop and phone widths. Screenshots go to the test results and, for the README
/// and review, to docs/screenshots/ (pipelines-laptop.png, pipelines-phone.png).
/// </summary>
[NonParallelizable]
public class TransitMapBrowserTests : BrowserSession
{
    private static async Task KeepAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.Root, "docs", "screenshots", name + ".png"), FullPage = false });

    [Test]
    public async Task On_a_laptop_the_map_shows_names_at_full_size_and_tab_reaches_a_station()
    {
        var page = await OpenAsync(1280, 800);
        await page.GotoAsync("/pipelines?tool=kubeflow");
        await page.Locator("svg.transit").ScrollIntoViewIfNeededAsync();
        await KeepAsync(page, "pipelines-laptop");
        await ScreenshotAsync(page, "pipelines-laptop");

        // Names are drawn at their own 11px, not shrunk to fit the column.
        var scale = await page.EvaluateAsync<double>("() => { const s = document.querySelector('svg.transit'); return s.getBoundingClientRect().width / s.viewBox.baseVal.width; }");
        Assert.That(scale, Is.EqualTo(1).Within(0.01));

        for (var i = 0; i < 120; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var href = await page.EvaluateAsync<string?>("() => document.activeElement?.closest('a.station')?.getAttribute('href') ?? null");
            if (href is null) continue;
            Assert.That(href, Does.StartWith("/components/"));
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync("**" + href);
            return;
        }
        Assert.Fail("Tab never reached a station of the map");
    }

    [Test]
    public async Task On_a_phone_the_page_does_not_scroll_sideways_and_lists_the_lines_as_text()
    {
        var page = await OpenAsync(375, 812);
        await page.GotoAsync("/pipelines");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.That(overflow, Is.LessThanOrEqualTo(0));
        await page.Locator("#lines-as-text").ScrollIntoViewIfNeededAsync();
        await KeepAsync(page, "pipelines-phone");
        await ScreenshotAsync(page, "pipelines-phone");
        Assert.That(await page.Locator(".transit-text .stations a").CountAsync(), Is.GreaterThan(40));
    }
}
