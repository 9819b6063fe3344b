using System.Net;
using AngleSharp.Html.Parser;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Pages;

public class HomePageTests
{
    private SiteFactory _site = null!;

    [OneTimeSetUp]
    public void Start() => _site = new SiteFactory();

    [OneTimeTearDown]
    public void Stop() => _site.Dispose();

    [Test]
    public async Task The_first_start_imports_the_shipped_catalog_and_shows_its_counts()
    {
        using var client = _site.CreateClient();
        var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var counts = document.QuerySelectorAll(".counts div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => int.Parse(d.QuerySelector("dd")!.TextContent, System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(counts["Layers"], Is.EqualTo(File.ReadAllLines(Path.Combine(Repository.Data, "layers.csv")).Length - 1));
        Assert.That(counts["Tools"], Is.GreaterThanOrEqualTo(120));
        Assert.That(counts["Sources"], Is.EqualTo(Directory.GetFiles(Repository.Literature, "*.md").Length));
        Assert.That(File.Exists(Path.Combine(_site.DataDir, "catalog.db")));
    }

    [Test]
    public async Task An_unknown_address_gets_a_helpful_404()
    {
        using var client = _site.CreateClient();
        var response = await client.GetAsync(new Uri("/no/such/page", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("could not find that page"));
    }
}
