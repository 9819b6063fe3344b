using KnowledgeBase.Web.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeBase.Web.Tests.Browser;

/// <summary>
/// Clicks through the site in Debian's Chromium, driven by Playwright, and takes screenshots at phone and laptop
/// widths (attached to the test results). Skipped, with the reason, where Chromium is not installed.
/// </summary>
[NonParallelizable]
public class BrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private LiveSite _site = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private readonly List<IBrowserContext> _contexts = [];

    [TearDown]
    public async Task CloseContexts()
    {
        foreach (var context in _contexts) await context.CloseAsync();
        _contexts.Clear();
    }

    [OneTimeSetUp]
    public async Task Start()
    {
        if (!File.Exists(Chromium))
            Assert.Ignore($"Chromium is not installed at {Chromium} (apt-get install chromium); browser tests skipped.");
        _site = new LiveSite();
        await _site.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_site is not null) await _site.DisposeAsync();
    }

    private async Task<IPage> OpenAsync(int width, int height, bool javaScript = true)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _site.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = width, Height = height }, JavaScriptEnabled = javaScript,
        });
        // Generous limits: CI machines are small and share their two cores with the other test project.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path);
    }

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
