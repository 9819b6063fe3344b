using System.Net;
using System.Text.Json;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Stacks;

/// <summary>The read-only stack pages and the gap report API over HTTP, against the shipped catalog.</summary>
public class StackPageTests : SiteSession
{
    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string url)
    {
        var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task The_list_shows_every_shipped_stack_with_its_date_and_coverage_summary()
    {
        var (status, body) = await GetAsync("/stacks");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var page = StackForms.Parse(body);
        Assert.That(page.Title, Is.EqualTo("Stacks · KnowledgeBase"));
        var cards = page.QuerySelectorAll(".stack-cards > li");
        Assert.That(cards, Has.Length.EqualTo(File.ReadAllLines(Path.Combine(Repository.Data, "stacks.csv")).Length - 1));
        var vertex = cards.Single(c => c.QuerySelector("a")!.GetAttribute("href") == "/stacks/google-vertex-ai");
        Assert.That(vertex.TextContent, Does.Contain("2024-06-28").And.Match(@"\d+ of \d+\s+components covered").And.Contain("readiness"));
        Assert.That(page.QuerySelector("header nav a[href='/stacks']"), Is.Not.Null, "Stacks is in the header");
    }

    [Test]
    public async Task A_stack_page_draws_the_stack_with_tool_labels_and_lists_its_gaps_scores_and_checklist()
    {
        var (status, body) = await GetAsync("/stacks/kubeflow-on-kubernetes");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var page = StackForms.Parse(body);
        Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo("Kubeflow platform on Kubernetes"));

        var boxes = page.QuerySelectorAll("svg.architecture a.box");
        var serving = boxes.Single(b => b.GetAttribute("href") == "/components/model-serving");
        Assert.That(serving.GetAttribute("class"), Is.EqualTo("box full"));
        Assert.That(serving.TextContent, Does.Contain("KServe"), "covered boxes carry the stack's tool names");
        var featureStore = boxes.Single(b => b.GetAttribute("href") == "/components/feature-store");
        Assert.That(featureStore.GetAttribute("class"), Is.EqualTo("box none"));
        Assert.That(featureStore.QuerySelector("text.count"), Is.Null, "uncovered boxes stay empty");

        Assert.That(page.QuerySelector("#uncovered-heading")!.TextContent, Does.Match(@"Not covered \(\d+\)"));
        Assert.That(page.QuerySelector("#partly-heading"), Is.Not.Null);
        Assert.That(page.QuerySelector("#overlap-heading"), Is.Not.Null);
        Assert.That(page.QuerySelector("#pipeline-heading"), Is.Not.Null);
        Assert.That(page.QuerySelectorAll("table.requirements tbody tr"), Has.Length.EqualTo(ShippedCatalog.Requirements));
        Assert.That(page.QuerySelectorAll("table.scores tbody tr"), Has.Length.EqualTo(10));
        Assert.That(page.QuerySelectorAll(".progress-list progress"), Has.Length.EqualTo(10), "a progress bar per layer of the checklist");
        Assert.That(page.QuerySelector("a[href='/stacks/kubeflow-on-kubernetes/checklist.csv']"), Is.Not.Null);
        Assert.That(page.QuerySelector("a[href='/stacks/kubeflow-on-kubernetes/checklist.md']"), Is.Not.Null);
    }

    [Test]
    public async Task The_gap_report_api_answers_json_with_rules_scores_and_candidates()
    {
        var response = await Client.GetAsync(new Uri("/api/stacks/kubeflow-on-kubernetes/gaps", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.That(root.GetProperty("stack").GetProperty("slug").GetString(), Is.EqualTo("kubeflow-on-kubernetes"));
        var layers = root.GetProperty("layers").EnumerateArray().ToList();
        var scores = layers.Where(l => l.GetProperty("score").ValueKind == JsonValueKind.Number).Select(l => l.GetProperty("score").GetDouble()).ToList();
        Assert.That(root.GetProperty("overall").GetDouble(), Is.EqualTo(scores.Min()), "overall = weakest layer");
        Assert.That(root.GetProperty("requirements").GetArrayLength(), Is.EqualTo(ShippedCatalog.Requirements));
        Assert.That(root.GetProperty("requirements")[0].GetProperty("status").GetString(), Is.AnyOf("met", "partly", "unmet"));
        var uncovered = root.GetProperty("uncovered").EnumerateArray().ToList();
        Assert.That(uncovered, Is.Not.Empty);
        var featureStore = uncovered.Single(u => u.GetProperty("slug").GetString() == "feature-store");
        var levels = featureStore.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("level").GetString()).ToList();
        Assert.That(levels, Is.Not.Empty);
        Assert.That(levels, Is.EqualTo(levels.OrderBy(l => l == "full" ? 0 : 1).ToList()), "full before partial");
    }

    [TestCase("/stacks/nope")]
    [TestCase("/stacks/nope/edit")]
    [TestCase("/stacks/nope/checklist.csv")]
    [TestCase("/stacks/nope/checklist.md")]
    [TestCase("/api/stacks/nope/gaps")]
    public async Task An_unknown_stack_is_a_404(string url) =>
        Assert.That((await GetAsync(url)).Status, Is.EqualTo(HttpStatusCode.NotFound));

    [Test]
    public async Task Compare_shows_two_or_three_stacks_side_by_side_per_layer()
    {
        var (status, body) = await GetAsync("/stacks/compare?s=kubeflow-on-kubernetes&s=aws-managed&s=iterative-tools");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var page = StackForms.Parse(body);
        Assert.That(page.Title, Does.StartWith("Compare Kubeflow platform on Kubernetes, Managed AWS stack"));
        Assert.That(page.QuerySelectorAll("table.stack-compare thead th"), Has.Length.EqualTo(4));
        Assert.That(page.QuerySelectorAll("table.stack-compare tr.group"), Has.Length.EqualTo(10), "one group per layer");
    }

    [TestCase("/stacks/compare?s=kubeflow-on-kubernetes&s=<script>", "Unknown stacks were left out: &lt;script&gt;")]
    [TestCase("/stacks/compare?s=a&s=b&s=c&s=d", "Pick two or three stacks")]
    [TestCase("/stacks/compare?s=kubeflow-on-kubernetes&s=aws-managed&s=iterative-tools&s=google-vertex-ai", "Only the first three stacks are compared.")]
    public async Task Compare_explains_unknown_or_too_many_stacks(string url, string message)
    {
        var (status, body) = await GetAsync(url);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body, Does.Contain(message));
    }

    [Test]
    public async Task The_csv_export_has_one_row_per_checklist_item_with_the_documented_columns()
    {
        var response = await Client.GetAsync(new Uri("/stacks/kubeflow-on-kubernetes/checklist.csv", UriKind.Relative));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Content.Headers.ContentDisposition!.FileName, Does.Contain("kubeflow-on-kubernetes-checklist.csv"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(text, Does.StartWith("code,title,statement,layer,priority,status,owner,note,evidence,hint\nINF-01,"));
    }

    [Test]
    public async Task The_markdown_export_is_a_task_list()
    {
        var (status, body) = await GetAsync("/stacks/kubeflow-on-kubernetes/checklist.md");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body, Does.StartWith("# Checklist: Kubeflow platform on Kubernetes").And.Contain("\n## Infrastructure (").And.Contain("- [x] **").And.Contain("- [ ] **"));
    }
}
