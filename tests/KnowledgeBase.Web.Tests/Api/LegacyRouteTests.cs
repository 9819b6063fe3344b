using System.Net;
using KnowledgeBase.Web.Tests.Support;
using static KnowledgeBase.Web.Tests.Api.ApiCalls;

namespace KnowledgeBase.Web.Tests.Api;

/// <summary>The routes from before /api/v1 keep answering as they did, and point at their successors.</summary>
public class LegacyRouteTests : SiteSession
{
    [Test]
    public async Task Api_search_answers_as_before_and_names_its_successor()
    {
        var old = await GetAsync(Client, "/api/search?q=drift");
        var current = await GetAsync(Client, "/api/v1/search?q=drift");
        Assert.That(old.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(System.Text.Json.JsonElement.DeepEquals(old.Json, current.Json), Is.True);
        Assert.That(old.Header("Link"), Is.EqualTo("</api/v1/search>; rel=\"successor-version\""));
    }

    [Test]
    public async Task The_old_gap_report_is_the_same_json_as_the_v1_one()
    {
        var stack = File.ReadLines(Path.Combine(Repository.Data, "stacks.csv")).Skip(1).First().Split(',')[0];
        var old = await GetAsync(Client, $"/api/stacks/{stack}/gaps");
        var current = await GetAsync(Client, $"/api/v1/stacks/{stack}/gaps");
        Assert.That(old.Status, Is.EqualTo(HttpStatusCode.OK));
        // The same values; the two serialisers escape some characters differently (' as \u0027 or as is).
        Assert.That(System.Text.Json.JsonElement.DeepEquals(old.Json, current.Json), Is.True);
        Assert.That(old.Json.GetProperty("uncovered").GetArrayLength() + old.Json.GetProperty("layers").GetArrayLength(), Is.Positive);
        Assert.That(old.Header("Link"), Does.Contain($"/api/v1/stacks/{stack}/gaps"));
    }

    [Test]
    public async Task Api_leads_to_the_reference_page()
    {
        using var client = Site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri("/api", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently));
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo("/api/reference"));
        using var reference = await client.GetAsync(new Uri("/api/reference", UriKind.Relative));
        var html = await reference.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("<script src=\"/api/reference/scalar.js\"></script>").And.Contain("/js/api-reference.js"));
        Assert.That(html, Does.Not.Contain("<script>").And.Not.Contain("<script type=\"module\">"), "no inline script");
        Assert.That(reference.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("script-src 'self';"));
    }
}
