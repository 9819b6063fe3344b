using System.Net;
using System.Text.Json;
using KnowledgeBase.Web.Tests.Support;
using static KnowledgeBase.Web.Tests.Api.ApiCalls;

namespace KnowledgeBase.Web.Tests.Api;

/// <summary>Walking a list page by page with the cursor it hands out, and the limits of limit and cursor.</summary>
public class ApiPagingTests : SiteSession
{
    [Test]
    public async Task Walking_all_tools_fifty_at_a_time_meets_each_exactly_once()
    {
        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var answer = await GetAsync(Client, "/api/v1/tools?limit=50" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK));
            var items = Keys(answer.Json.GetProperty("items"), "slug");
            Assert.That(items, Has.Count.InRange(1, 50));
            seen.AddRange(items);
            var next = answer.Json.GetProperty("nextCursor");
            cursor = next.ValueKind == JsonValueKind.Null ? null : next.GetString();
            Assert.That(++pages, Is.LessThan(1000), "the walk never ends");
        }
        while (cursor is not null);

        var tools = ShippedCatalog.Snapshot.Tools.Select(t => t.Slug).Order(StringComparer.Ordinal).ToList();
        Assert.That(tools, Has.Count.GreaterThan(50), "more than one page, or this proves little");
        Assert.That(seen, Is.EqualTo(tools));
        Assert.That(pages, Is.EqualTo((tools.Count + 49) / 50));
    }

    [Test]
    public async Task Without_a_limit_a_page_holds_fifty()
    {
        var answer = await GetAsync(Client, "/api/v1/sources");
        Assert.That(answer.Json.GetProperty("items").GetArrayLength(), Is.EqualTo(Math.Min(50, ShippedCatalog.Snapshot.Sources.Count)));
    }

    [TestCase("limit=0")]
    [TestCase("limit=201")]
    [TestCase("limit=-1")]
    [TestCase("limit=abc")]
    [TestCase("limit=99999999999999")]
    [TestCase("limit=1.5")]
    [TestCase("cursor=%%%")]
    [TestCase("cursor=not+base64!")]
    [TestCase("cursor=AA")] // base64url of a NUL byte: no key looks like that
    [TestCase("cursor=_w")] // base64url of 0xFF: not UTF-8
    public async Task A_bad_limit_or_cursor_is_a_400_problem_naming_it(string query)
    {
        foreach (var resource in new[] { "tools", "sources", "requirements", "layers", "components", "pipelines", "stacks" })
        {
            var answer = await GetAsync(Client, $"/api/v1/{resource}?{query}");
            AssertProblem(answer, HttpStatusCode.BadRequest);
            Assert.That(answer.Json.GetProperty("errors").EnumerateObject().Select(e => e.Name), Does.Contain(query.Split('=')[0]), resource);
        }
    }

    [Test]
    public async Task A_cursor_from_one_list_reads_as_a_position_in_another()
    {
        // The cursor is the last key, not a row number: a cursor taken from the tools list still skips to that key.
        var first = await GetAsync(Client, "/api/v1/tools?limit=1");
        var cursor = first.Json.GetProperty("nextCursor").GetString()!;
        var next = await GetAsync(Client, "/api/v1/tools?limit=1&cursor=" + cursor);
        Assert.That(Keys(next.Json.GetProperty("items"), "slug")[0], Is.GreaterThan(Keys(first.Json.GetProperty("items"), "slug")[0]).Using((IComparer<string>)StringComparer.Ordinal));
    }
}
