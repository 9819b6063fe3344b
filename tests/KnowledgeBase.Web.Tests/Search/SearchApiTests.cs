using System.Net;
using System.Text.Json;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Search;

/// <summary>/api/search: JSON results, and a problem description (400) for a query it cannot use.</summary>
public class SearchApiTests : SiteSession
{
    private async Task<(HttpStatusCode Status, string? ContentType, JsonElement Body)> GetAsync(string url)
    {
        using var client = Site.CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }

    [Test]
    public async Task A_query_returns_hits_with_marked_snippets_and_facets()
    {
        var (status, type, body) = await GetAsync("/api/search?q=drift");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(type, Is.EqualTo("application/json"));
        var hits = body.GetProperty("hits").EnumerateArray().ToList();
        Assert.That(hits, Is.Not.Empty);
        Assert.That(hits.Select(h => h.GetProperty("snippetHtml").GetString() + h.GetProperty("titleHtml").GetString()), Has.All.Contain("<mark>"));
        Assert.That(hits.Select(h => h.GetProperty("url").GetString()), Has.All.StartWith("/"));
        var facets = body.GetProperty("facets");
        Assert.That(facets.EnumerateObject().Sum(f => f.Value.GetInt32()), Is.EqualTo(body.GetProperty("total").GetInt32()));
        Assert.That(facets.GetProperty("tool").GetInt32(), Is.Positive);
        Assert.That(body.GetProperty("message").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task A_type_and_page_narrow_the_hits()
    {
        var (status, _, body) = await GetAsync("/api/search?q=data&type=tool&page=2");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body.GetProperty("page").GetInt32(), Is.EqualTo(2));
        Assert.That(body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("type").GetString()), Has.All.EqualTo("tool"));
    }

    [Test]
    public async Task No_hits_is_a_200_with_suggestions()
    {
        var (status, _, body) = await GetAsync("/api/search?q=kubflow");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body.GetProperty("total").GetInt32(), Is.Zero);
        Assert.That(body.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()), Does.Contain("Kubeflow"));
    }

    [TestCase("%22unbalanced")]
    [TestCase("AND")]
    [TestCase("*")]
    [TestCase("tag:")]
    [TestCase("type:unicorn")]
    public async Task A_query_the_parser_rejects_is_a_400_problem(string q)
    {
        var (status, type, body) = await GetAsync("/api/search?q=" + q);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(type, Is.EqualTo("application/problem+json"));
        Assert.That(body.GetProperty("status").GetInt32(), Is.EqualTo(400));
        Assert.That(body.GetProperty("title").GetString(), Is.EqualTo("Invalid search query"));
        Assert.That(body.GetProperty("detail").GetString(), Is.Not.Empty);
        Assert.That(body.GetProperty("results").GetProperty("hits").ValueKind, Is.EqualTo(JsonValueKind.Array));
    }

    [Test]
    public async Task A_missing_query_is_a_400_problem()
    {
        var (status, _, body) = await GetAsync("/api/search");
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body.GetProperty("detail").GetString(), Does.Contain("?q="));
    }
}
