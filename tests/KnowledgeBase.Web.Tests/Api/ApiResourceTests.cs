using System.Net;
using System.Text.Json;
using KnowledgeBase.Web.Tests.Support;
using static KnowledgeBase.Web.Tests.Api.ApiCalls;

namespace KnowledgeBase.Web.Tests.Api;

/// <summary>Each resource of /api/v1 as a client sees it: a list, one item with what it promises, and a 404 problem for an unknown key.</summary>
public class ApiResourceTests : SiteSession
{
    private static string FirstKey(string file) => File.ReadLines(Path.Combine(Repository.Data, file)).Skip(1).First().Split(',')[0];

    private static readonly string Source = Path.GetFileNameWithoutExtension(Directory.GetFiles(Repository.Literature, "*.md").Order(StringComparer.Ordinal).First());

    // resource, its key field, a real key, the file it comes from (its row count is the list's length), a field only the item has
    private static IEnumerable<TestCaseData> Resources()
    {
        yield return new TestCaseData("layers", "slug", FirstKey("layers.csv"), ShippedCatalog.Snapshot.Layers.Count, "components");
        yield return new TestCaseData("components", "slug", FirstKey("components.csv"), ShippedCatalog.Snapshot.Components.Count, "stages");
        yield return new TestCaseData("pipelines", "slug", FirstKey("pipelines.csv"), ShippedCatalog.Snapshot.Pipelines.Count, "stages");
        yield return new TestCaseData("tools", "slug", FirstKey("tools.csv"), ShippedCatalog.Snapshot.Tools.Count, "alternatives");
        yield return new TestCaseData("requirements", "code", FirstKey("requirements.csv"), ShippedCatalog.Snapshot.Requirements.Count, "components");
        yield return new TestCaseData("sources", "slug", Source, ShippedCatalog.Snapshot.Sources.Count, "note");
        yield return new TestCaseData("stacks", "slug", FirstKey("stacks.csv"), ShippedCatalog.Snapshot.Stacks.Count, "tools");
    }

    [TestCaseSource(nameof(Resources))]
    public async Task A_resource_lists_every_row_in_key_order_answers_an_item_and_404s_an_unknown_key(string resource, string key, string real, int rows, string itemOnly)
    {
        var list = await GetAsync(Client, $"/api/v1/{resource}?limit=200");
        Assert.That(list.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(list.MediaType, Is.EqualTo("application/json"));
        var keys = Keys(list.Json.GetProperty("items"), key);
        Assert.That(keys, Has.Count.EqualTo(Math.Min(rows, 200)));
        Assert.That(keys, Is.EqualTo(keys.Order(StringComparer.Ordinal).ToList()), "ordered by key");
        Assert.That(list.Json.TryGetProperty("nextCursor", out var next), Is.True);
        Assert.That(next.ValueKind, Is.EqualTo(rows > 200 ? JsonValueKind.String : JsonValueKind.Null));

        var item = await GetAsync(Client, $"/api/v1/{resource}/{Uri.EscapeDataString(real)}");
        Assert.That(item.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(item.Json.GetProperty(key).GetString(), Is.EqualTo(real));
        Assert.That(item.Json.TryGetProperty(itemOnly, out _), Is.True, $"the item has {itemOnly}");

        var missing = await GetAsync(Client, $"/api/v1/{resource}/no-such-{resource}");
        AssertProblem(missing, HttpStatusCode.NotFound);
        Assert.That(missing.Json.GetProperty("detail").GetString(), Does.Contain($"no-such-{resource}"));
    }

    [Test]
    public async Task A_tool_carries_its_coverage_in_the_list_and_with_evidence_in_the_item()
    {
        var tool = ShippedCatalog.Snapshot.Tools.First(t => ShippedCatalog.Snapshot.Coverage.Count(c => c.ToolSlug == t.Slug) >= 2);
        var expected = ShippedCatalog.Snapshot.Coverage.Where(c => c.ToolSlug == tool.Slug).Select(c => c.ComponentSlug).Order(StringComparer.Ordinal).ToList();

        var item = await GetAsync(Client, "/api/v1/tools/" + tool.Slug);
        var coverage = item.Json.GetProperty("coverage").EnumerateArray().ToList();
        Assert.That(coverage.Select(c => c.GetProperty("component").GetString()).Order(StringComparer.Ordinal), Is.EqualTo(expected));
        Assert.That(coverage.Select(c => c.GetProperty("level").GetString()), Has.All.AnyOf("full", "partial"));
        Assert.That(coverage.All(c => c.TryGetProperty("evidence", out _) && c.TryGetProperty("layerName", out _)), Is.True);

        var filtered = await GetAsync(Client, "/api/v1/tools?limit=200&component=" + expected[0]);
        var listed = filtered.Json.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("slug").GetString() == tool.Slug);
        Assert.That(listed.GetProperty("coverage").EnumerateArray().Select(c => c.GetProperty("component").GetString()).Order(StringComparer.Ordinal), Is.EqualTo(expected));
    }

    [Test]
    public async Task The_tool_list_filters_like_the_tools_page()
    {
        var openSource = ShippedCatalog.Snapshot.Tools.Where(t => t.Kind == KnowledgeBase.Tools.ToolKind.OpenSource).Select(t => t.Slug).Order(StringComparer.Ordinal).ToList();
        var answer = await GetAsync(Client, "/api/v1/tools?limit=200&kind=open-source");
        Assert.That(Keys(answer.Json.GetProperty("items"), "slug"), Is.EqualTo(openSource.Take(200).ToList()));
        Assert.That(answer.Json.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("kind").GetString()), Has.All.EqualTo("open-source"));
    }

    [Test]
    public async Task A_requirement_carries_its_trace_and_answers_in_any_case()
    {
        var trace = ShippedCatalog.Snapshot.RequirementSources.First();
        var answer = await GetAsync(Client, "/api/v1/requirements/" + trace.RequirementCode.ToLowerInvariant());
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.Json.GetProperty("code").GetString(), Is.EqualTo(trace.RequirementCode));
        var sources = answer.Json.GetProperty("sources").EnumerateArray().ToList();
        Assert.That(sources.Select(s => s.GetProperty("slug").GetString()), Does.Contain(trace.SourceSlug));
        Assert.That(sources.Single(s => s.GetProperty("slug").GetString() == trace.SourceSlug).GetProperty("note").GetString(), Is.EqualTo(trace.Note));
    }

    [Test]
    public async Task A_pipeline_lists_its_stages_in_order_with_their_components()
    {
        var pipeline = ShippedCatalog.Snapshot.Pipelines.First();
        var answer = await GetAsync(Client, "/api/v1/pipelines/" + pipeline.Slug);
        var orders = answer.Json.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("order").GetInt32()).ToList();
        Assert.That(orders, Has.Count.EqualTo(ShippedCatalog.Snapshot.Stages.Count(s => s.PipelineSlug == pipeline.Slug)).And.Ordered);
        Assert.That(answer.Json.GetProperty("stages")[0].GetProperty("components").GetArrayLength(), Is.Positive);
    }

    [Test]
    public async Task A_stack_answers_its_gap_report_and_its_checklist()
    {
        var stack = ShippedCatalog.Snapshot.Checklist.First().StackSlug;
        var gaps = await GetAsync(Client, $"/api/v1/stacks/{stack}/gaps");
        Assert.That(gaps.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(gaps.Json.GetProperty("requirements").GetArrayLength(), Is.EqualTo(ShippedCatalog.Requirements));
        Assert.That(gaps.Json.GetProperty("stack").GetProperty("slug").GetString(), Is.EqualTo(stack));

        var checklist = await GetAsync(Client, $"/api/v1/stacks/{stack}/checklist");
        Assert.That(checklist.Status, Is.EqualTo(HttpStatusCode.OK));
        var items = checklist.Json.GetProperty("items").EnumerateArray().ToList();
        Assert.That(items, Has.Count.EqualTo(ShippedCatalog.Snapshot.Checklist.Count(c => c.StackSlug == stack)));
        Assert.That(items.Select(i => i.GetProperty("status").GetString()), Has.All.AnyOf("todo", "in-progress", "done", "not-applicable"));
        Assert.That(items.Select(i => i.GetProperty("hint").GetString()), Has.All.AnyOf("met", "partly", "unmet"));

        AssertProblem(await GetAsync(Client, "/api/v1/stacks/nope/gaps"), HttpStatusCode.NotFound);
        AssertProblem(await GetAsync(Client, "/api/v1/stacks/nope/checklist"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Search_answers_hits_and_a_bad_query_is_a_400_problem()
    {
        var hits = await GetAsync(Client, "/api/v1/search?q=drift");
        Assert.That(hits.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(hits.Json.GetProperty("hits").GetArrayLength(), Is.Positive);
        AssertProblem(await GetAsync(Client, "/api/v1/search?q=%22unbalanced"), HttpStatusCode.BadRequest);
        AssertProblem(await GetAsync(Client, "/api/v1/search"), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task An_unknown_api_route_is_a_404_problem_not_a_page()
    {
        AssertProblem(await GetAsync(Client, "/api/v1/unicorns"), HttpStatusCode.NotFound);
    }
}
