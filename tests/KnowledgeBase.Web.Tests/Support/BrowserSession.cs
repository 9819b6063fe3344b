using Microsoft.Playwright;

namespace KnowledgeBase.Web.Tests.Support;

/// <summary>
/// The real site on Kestrel and Debian's Chromium driven by Playwright, shared by a fixture's tests; pages open in
/// fresh contexts that close after each test. Skipped, with the reason, where Chromium is not installed.
/// </summary>
public abstract class BrowserSession
{
    private const string Chromium = "/usr/bin/chromium";
    private LiveSite? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly List<IBrowserContext> _contexts = [];

    [OneTimeSetUp]
    public async Task StartBrowser()
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

    [TearDown]
    public async Task CloseContexts()
    {
        foreach (var context in _contexts) await context.CloseAsync();
        _contexts.Clear();
    }

    [OneTimeTearDown]
    public async Task StopBrowser()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_site is not null) await _site.DisposeAsync();
    }

    /// <summary>Makes an account holding <paramref name="role"/> and signs <paramref name="page"/> in through the form.</summary>
    protected async Task SignInAsync(IPage page, string role)
    {
        var name = await _site!.AddAccountAsync(role);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(TestAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/");
    }

    protected async Task<IPage> OpenAsync(int width, int height, bool javaScript = true)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _site!.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript, AcceptDownloads = true,
        });
        // Generous limits: CI machines are small and share their two cores with the other test project.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>A full-page screenshot attached to the test result, to look at after a run.</summary>
    protected static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path);
    }
}
