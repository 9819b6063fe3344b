using System.Net;
using AngleSharp.Html.Parser;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Pages;

/// <summary>The glossary page and the glossary's part in search, on the shipped catalog.</summary>
public class GlossaryPageTests : SiteSession
{
    [Test]
    public async Task Every_term_is_listed_with_an_anchor_and_links_that_resolve()
    {
        using var client = Site.CreateClient();
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/glossary", UriKind.Relative)));

        var terms = page.QuerySelectorAll(".glossary-term");
        var rows = File.ReadAllLines(Path.Combine(Repository.Data, "glossary.csv")).Length - 1;
        Assert.That(terms, Has.Length.EqualTo(rows));
        Assert.That(terms.Select(t => t.QuerySelector("dt a")!.GetAttribute("href")), Is.EquivalentTo(terms.Select(t => "#" + t.Id)));
        var links = page.QuerySelectorAll(".glossary-term dd a").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.That(links, Is.Not.Empty);
        foreach (var link in links)
            Assert.That((await client.GetAsync(new Uri(link, UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK), link);
    }

    [Test]
    public async Task Searching_an_outsiders_word_says_what_the_catalog_calls_it()
    {
        using var client = Site.CreateClient();
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/search?q=data+cleaning", UriKind.Relative)));

        var note = page.QuerySelector(".search-glossary")!;
        Assert.That(note.TextContent, Does.Contain("You searched data cleaning; the catalog calls this Data preprocessing"));
        Assert.That(note.QuerySelector("a")!.GetAttribute("href"), Is.EqualTo("/glossary#data-preprocessing"));
        Assert.That(page.QuerySelectorAll(".search-hit h2 a").Select(a => a.GetAttribute("href")), Has.Member("/components/data-processing"));
    }
}
