using System.Net;
using AngleSharp.Html.Dom;
using KnowledgeBase.Web.Tests.Stacks;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Pages;

/// <summary>
/// Query-string values that mean nothing (empty, repeated, huge, not a number, negative) are ignored: the page is
/// the one without them, never a 500. The fuzz test over all routes checks "no 5xx"; these check "ignored".
/// </summary>
public class QueryValidationTests : SiteSession
{
    private async Task<IHtmlDocument> PageAsync(string url)
    {
        var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        return StackForms.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task<int> CountAsync(string url, string selector) => (await PageAsync(url)).QuerySelectorAll(selector).Length;

    [TestCase("/tools?tag=")]
    [TestCase("/tools?tag=&tag=")]
    [TestCase("/tools?layer=%20&kind=")]
    [TestCase("/tools?sort=")]
    [TestCase("/tools?sort=%FF")]
    public async Task An_empty_tool_filter_is_ignored(string url) =>
        Assert.That(await CountAsync(url, ".tool-cards h2 a"), Is.EqualTo(await CountAsync("/tools", ".tool-cards h2 a")).And.GreaterThan(0));

    [TestCase("/matrix?layer=")]
    [TestCase("/matrix?layer=&component=&pipeline=")]
    public async Task An_empty_matrix_filter_is_ignored(string url) =>
        Assert.That(await CountAsync(url, "table.matrix tbody tr"), Is.EqualTo(await CountAsync("/matrix", "table.matrix tbody tr")).And.GreaterThan(0));

    [Test]
    public async Task An_empty_matrix_csv_filter_is_ignored() =>
        Assert.That(await Client.GetStringAsync(new Uri("/matrix.csv?layer=&tag=", UriKind.Relative)), Is.EqualTo(await Client.GetStringAsync(new Uri("/matrix.csv", UriKind.Relative))));

    [Test]
    public async Task An_empty_tool_to_compare_is_left_out_without_a_word()
    {
        var page = await PageAsync("/tools/compare?t=&t=mlflow&t=&t=kubeflow");
        Assert.That(page.Title, Does.StartWith("Compare MLflow, Kubeflow"));
        Assert.That(page.QuerySelector(".notice"), Is.Null);
        var none = await PageAsync("/tools/compare?t=");
        Assert.That(none.QuerySelector(".notice")!.TextContent, Does.Contain("Pick two to five tools").And.Not.Contain("Unknown"));
    }

    [TestCase("/sources?page=")]
    [TestCase("/sources?page=-1")]
    [TestCase("/sources?page=0")]
    [TestCase("/sources?page=abc")]
    [TestCase("/sources?page=99999999999999999999")]
    [TestCase("/sources?year=&kind=&tag=&difficulty=&sort=")]
    [TestCase("/sources?year=-1")]
    [TestCase("/sources?year=99999999999999999999")]
    [TestCase("/sources?sort=%3Cscript%3E")]
    public async Task A_meaningless_sources_value_is_ignored(string url) =>
        Assert.That(await CountAsync(url, ".source-list li"), Is.EqualTo(await CountAsync("/sources", ".source-list li")).And.GreaterThan(0));

    [TestCase("/requirements?layer=")]
    [TestCase("/requirements?layer=&component=&kind=&priority=&tag=")]
    [TestCase("/requirements?tag=%00")]
    public async Task An_empty_requirement_filter_is_ignored(string url) =>
        Assert.That(await CountAsync(url, "table.requirements tbody tr"), Is.EqualTo(await CountAsync("/requirements", "table.requirements tbody tr")).And.GreaterThan(0));

    [TestCase("/search?q=kubeflow&page=-1")]
    [TestCase("/search?q=kubeflow&page=99999999999999999999")]
    [TestCase("/search?q=kubeflow&type=")]
    [TestCase("/search?q=kubeflow&type=&type=")]
    public async Task A_meaningless_search_page_or_type_is_ignored(string url) =>
        Assert.That((await PageAsync(url)).QuerySelector(".search-summary")!.TextContent, Is.EqualTo((await PageAsync("/search?q=kubeflow")).QuerySelector(".search-summary")!.TextContent));

    // A key named like the action's parameter ("filter", "query") once made the binder look for "filter.tag" and
    // ignore every other key.
    [TestCase("/tools?filter=1&tag=python", "/tools?tag=python", ".tool-cards h2 a")]
    [TestCase("/matrix?filter=1&layer=model-management", "/matrix?layer=model-management", "table.matrix tbody tr")]
    [TestCase("/sources?query=1&kind=book", "/sources?kind=book", ".source-list li")]
    [TestCase("/requirements?query=1&priority=must", "/requirements?priority=must", "table.requirements tbody tr")]
    public async Task A_key_named_like_the_query_class_does_not_hide_the_others(string url, string plain, string selector) =>
        Assert.That(await CountAsync(url, selector), Is.EqualTo(await CountAsync(plain, selector)).And.LessThan(await CountAsync(plain.Split('?')[0], selector)));

    [Test]
    public async Task A_key_named_like_the_compare_query_does_not_hide_the_tools() =>
        Assert.That((await PageAsync("/tools/compare?query=1&t=mlflow&t=kubeflow")).Title, Does.StartWith("Compare MLflow, Kubeflow"));

    [Test]
    public async Task Empty_stacks_to_compare_are_left_out_without_a_word()
    {
        var page = await PageAsync("/stacks/compare?s=&s=&s=");
        Assert.That(page.QuerySelector(".notice")!.TextContent, Does.Contain("Pick two or three stacks").And.Not.Contain("Unknown"));
    }
}
