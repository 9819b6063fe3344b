using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Search;

/// <summary>The /search page on the shipped catalog.</summary>
public class SearchPageTests : SiteSession
{
    private async Task<(HttpStatusCode Status, IHtmlDocument Page)> GetAsync(string url)
    {
        using var client = Site.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    [Test]
    public async Task Results_link_to_their_entities_with_the_matched_words_marked()
    {
        var (status, page) = await GetAsync("/search?q=mlflow");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var first = page.QuerySelector(".search-hit")!;
        Assert.That(first.QuerySelector("h2 a")!.GetAttribute("href"), Is.EqualTo("/tools/mlflow"));
        Assert.That(page.QuerySelectorAll(".search-hit mark").Select(m => m.TextContent), Has.Some.EqualTo("MLflow"));
        Assert.That(page.QuerySelector("#search-page-q")!.GetAttribute("value"), Is.EqualTo("mlflow"));
        Assert.That(page.Title, Does.Contain("mlflow"));
    }

    [Test]
    public async Task Type_facets_show_counts_and_filter_the_results()
    {
        var (_, all) = await GetAsync("/search?q=monitoring");
        var facets = all.QuerySelectorAll(".search-facets a").ToDictionary(a => a.ChildNodes[0].TextContent.Trim(), a => a.GetAttribute("href"));
        Assert.That(facets.Keys, Is.SupersetOf(new[] { "All", "Tools", "Components", "Sources" }));

        var (status, tools) = await GetAsync(facets["Tools"]!);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(tools.QuerySelectorAll(".search-hit").Select(h => h.GetAttribute("data-type")), Has.All.EqualTo("tool"));
        Assert.That(tools.QuerySelector(".search-facets a[aria-current=page]")!.TextContent, Does.StartWith("Tools"));
        Assert.That(tools.QuerySelectorAll(".search-facets a").Length, Is.EqualTo(all.QuerySelectorAll(".search-facets a").Length));
    }

    [TestCase("ci/cd")]
    [TestCase("CI%2FCD")]
    [TestCase("%22ci/cd pipelines%22")]
    public async Task A_slash_between_words_is_searched_not_refused(string q)
    {
        var (status, page) = await GetAsync("/search?q=" + q);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.QuerySelector("[role=alert]"), Is.Null);
        Assert.That(page.QuerySelectorAll(".search-hit"), Is.Not.Empty, "the shipped catalog speaks of CI/CD");
    }

    [Test]
    public async Task A_regular_expression_is_refused_at_once_with_a_message()
    {
        // Compiled by Lucene this automaton takes minutes and gigabytes; it must never be built.
        var (status, page) = await GetAsync("/search?q=" + Uri.EscapeDataString("/[ab]*a[ab]{22}/"));

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.QuerySelector("[role=alert]")!.TextContent, Does.Contain("Regular expressions (/.../) are not supported"));
    }

    [TestCase("%22unbalanced", "quotation mark")]
    [TestCase("AND", "AND, OR and NOT")]
    [TestCase("*", "*")]
    [TestCase("tag:", "tag:")]
    public async Task A_query_with_bad_syntax_gets_a_400_page_that_explains(string q, string message)
    {
        var (status, page) = await GetAsync("/search?q=" + q);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.QuerySelector("[role=alert]")!.TextContent, Does.Contain(message));
        Assert.That(page.QuerySelector("#search-page-q"), Is.Not.Null, "the form is there to try again");
    }

    [Test]
    public async Task Ten_kilobytes_of_query_is_answered_with_a_message_not_an_error()
    {
        var (status, page) = await GetAsync("/search?q=" + Uri.EscapeDataString(string.Join(' ', Enumerable.Repeat("drift", 2_000))));
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.QuerySelector("[role=alert]")!.TextContent, Does.Contain("500 characters"));
        Assert.That(page.QuerySelectorAll(".search-hit"), Is.Not.Empty, "results for the first words");
    }

    [Test]
    public async Task No_results_suggest_a_close_name()
    {
        var (status, page) = await GetAsync("/search?q=mlfow");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.QuerySelector(".search-empty")!.TextContent, Does.Contain("Nothing in the catalog matches"));
        var suggestion = page.QuerySelector(".search-suggestions a")!;
        Assert.That(suggestion.TextContent, Is.EqualTo("MLflow"));
        Assert.That(suggestion.GetAttribute("href"), Is.EqualTo("/search?q=MLflow"));
    }

    [Test]
    public async Task The_page_without_a_query_shows_the_form_only()
    {
        var (status, page) = await GetAsync("/search");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.QuerySelector("label[for=search-page-q]"), Is.Not.Null);
        Assert.That(page.QuerySelectorAll(".search-hit, [role=alert], .search-empty"), Is.Empty);
    }

    [TestCase("/search?q=monitoring&page=2")]
    [TestCase("/search?q=monitoring&page=abc")]
    [TestCase("/search?q=monitoring&page=99999")]
    [TestCase("/search?q=monitoring&type=nonsense")]
    [TestCase("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task Odd_parameters_never_cause_a_server_error(string url)
    {
        using var client = Site.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.That((int)response.StatusCode, Is.LessThan(500));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("<script>alert"));
    }

    [Test]
    public async Task Every_page_has_a_search_form_in_its_header()
    {
        var (_, home) = await GetAsync("/");
        var form = home.QuerySelector("header form[role=search]")!;

        Assert.That(form.GetAttribute("action"), Is.EqualTo("/search"));
        Assert.That(form.GetAttribute("method"), Is.EqualTo("get"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.That(form.QuerySelector($"label[for={input.Id}]"), Is.Not.Null);
        Assert.That(form.QuerySelector("button[type=submit]"), Is.Not.Null);
        Assert.That(home.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")), Has.Some.StartsWith("/css/search.css"));
    }
}
