using System.Net;
using AngleSharp.Html.Parser;
using KnowledgeBase.Synthetic;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Pages;

/// <summary>The source list on a catalog of 300 notes: a hundred per page, links that keep the filters.</summary>
public class SourcesPagingTests
{
    private TempDirectory _catalog = null!;
    private SiteFactory _site = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _catalog = new TempDirectory();
        var written = SyntheticCatalog.Write(SyntheticCatalog.Generate(new(Repository.Data, Repository.Literature), new CatalogSize(Notes: 300, Tools: 200, Requirements: 40, Stacks: 7)), _catalog.Path);
        _site = new SiteFactory(("KnowledgeBase:CatalogData", written.DataDir), ("KnowledgeBase:CatalogLiterature", written.LiteratureDir));
        _client = _site.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _site.Dispose();
        _catalog.Dispose();
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> GetAsync(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Three_hundred_sources_are_shown_a_hundred_at_a_time()
    {
        var first = await GetAsync("/sources");
        var second = await GetAsync(first.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        var third = await GetAsync(second.QuerySelector("a[rel=next]")!.GetAttribute("href")!);

        Assert.That(first.QuerySelectorAll(".source-list li"), Has.Length.EqualTo(100));
        Assert.That(first.QuerySelector(".lead")!.TextContent, Does.Contain("showing 1–100"));
        Assert.That(second.QuerySelector(".lead")!.TextContent, Does.Contain("showing 101–200"));
        Assert.That(third.QuerySelectorAll(".source-list li"), Has.Length.EqualTo(100));
        Assert.That(third.QuerySelector("a[rel=next]"), Is.Null);
        Assert.That(third.QuerySelector("a[rel=prev]")!.GetAttribute("href"), Is.EqualTo("/sources?page=2"));
        var slugs = new[] { first, second, third }.SelectMany(p => p.QuerySelectorAll(".source-list li > a")).Select(a => a.GetAttribute("href")).ToList();
        Assert.That(slugs.Distinct().Count(), Is.EqualTo(300), "every source on exactly one page");
    }

    [Test]
    public async Task Page_links_keep_the_filters_and_a_page_past_the_end_shows_the_last()
    {
        var paper = await GetAsync("/sources?kind=paper&sort=added");
        var next = paper.QuerySelector("a[rel=next]")!.GetAttribute("href");
        var beyond = await GetAsync("/sources?page=99");

        Assert.That(next, Is.EqualTo("/sources?kind=paper&sort=added&page=2"));
        Assert.That(beyond.QuerySelector(".search-pages span")!.TextContent, Is.EqualTo("Page 3 of 3"));
    }
}
