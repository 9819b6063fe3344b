using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Web.Tests.Stacks;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Pages;

/// <summary>
/// The maintenance badge and filter, on the real site with the shipped catalog: MinIO's community repository is
/// archived, Dask is active (see data/tool_maintenance.csv).
/// </summary>
public class MaintenancePageTests : SiteSession
{
    private async Task<IHtmlDocument> PageAsync(string url)
    {
        var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static string Row(string file, string tool) =>
        File.ReadLines(Path.Combine(Repository.Data, file)).Single(l => l.StartsWith(tool + ",", StringComparison.Ordinal));

    [Test]
    public async Task The_tool_page_says_in_words_that_an_archived_project_is_archived_with_its_evidence()
    {
        var fact = (await PageAsync("/tools/minio")).QuerySelector(".maintenance-fact")!;

        Assert.That(fact.QuerySelector("dt")!.TextContent, Is.EqualTo("Maintenance"));
        Assert.That(fact.QuerySelector(".badge")!.TextContent, Is.EqualTo("archived"));
        Assert.That(fact.TextContent, Does.Contain("checked 2026-12-07"));
        Assert.That(fact.QuerySelector("a")!.GetAttribute("href"), Is.EqualTo("https://github.com/minio/minio"));
    }

    [Test]
    public async Task The_tool_page_of_an_active_project_names_the_month_of_its_latest_release()
    {
        var release = Row("tool_maintenance.csv", "dask").Split(',')[2];
        var badge = (await PageAsync("/tools/dask")).QuerySelector(".maintenance-fact .badge")!;
        Assert.That(badge.TextContent, Is.EqualTo("maintained · release " + release[..7]));
    }

    [Test]
    public async Task A_tool_without_a_repository_shows_no_maintenance_fact() =>
        Assert.That((await PageAsync("/tools/amazon-sagemaker")).QuerySelector(".maintenance-fact"), Is.Null);

    [Test]
    public async Task Tool_list_rows_carry_the_badge_as_text()
    {
        var page = await PageAsync("/tools?tag=" + Uri.EscapeDataString(Row("tools.csv", "minio").Split(',')[^1].Split(';')[0]));
        var card = page.QuerySelectorAll(".tool-cards li").Single(li => li.QuerySelector("h2 a")!.GetAttribute("href") == "/tools/minio");
        Assert.That(card.QuerySelector(".badge.maintenance")!.TextContent, Is.EqualTo("archived"));
    }

    [Test]
    public async Task Maintained_one_lists_only_maintained_tools()
    {
        var page = await PageAsync("/tools?maintained=1");
        var links = page.QuerySelectorAll(".tool-cards h2 a").Select(a => a.GetAttribute("href")).ToList();

        Assert.That(links, Has.Member("/tools/dask"));
        Assert.That(links, Has.No.Member("/tools/minio"));
        Assert.That(links, Has.No.Member("/tools/amazon-sagemaker"), "nothing is known of a tool without a repository");
        var active = File.ReadLines(Path.Combine(Repository.Data, "tool_maintenance.csv")).Count(l => l.Split(',')[1] == "active");
        Assert.That(links, Has.Count.EqualTo(active));
        Assert.That(page.QuerySelectorAll(".tool-cards .badge.maintenance").Select(b => b.TextContent), Has.All.StartWith("maintained"));

        var selected = page.QuerySelector(".facets a.selected")!;
        Assert.That(selected.TextContent, Does.StartWith("maintained"));
        Assert.That(selected.GetAttribute("href"), Is.EqualTo("/tools"), "switching the filter off again leaves no filter");
    }

    [Test]
    public async Task A_stack_with_an_archived_tool_is_warned_in_its_gap_report_and_never_offered_it()
    {
        var token = await StackForms.TokenAsync(Client, "/stacks/new");
        var withMinio = StackForms.Parse(await (await StackForms.PostAsync(Client, "/stacks/new", token,
            ("Name", "X"), ("Pick", "minio:object-storage"), ("Pick", "mlflow:model-registry"), ("Command", "preview"))).Content.ReadAsStringAsync());
        Assert.That(withMinio.QuerySelector(".maintenance-warnings li")!.TextContent.Trim(), Is.EqualTo("Warning: MinIO: the repository is archived"));

        var without = StackForms.Parse(await (await StackForms.PostAsync(Client, "/stacks/new", token,
            ("Name", "X"), ("Pick", "mlflow:model-registry"), ("Command", "preview"))).Content.ReadAsStringAsync());
        Assert.That(without.QuerySelector(".maintenance-warnings"), Is.Null);
        var gap = without.QuerySelectorAll(".gap-grid li").Single(li => li.QuerySelector("a")?.GetAttribute("href") == "/components/object-storage");
        Assert.That(gap.QuerySelectorAll("a.badge").Select(a => a.GetAttribute("href")), Has.Member("/tools/seaweedfs").And.No.Member("/tools/minio"));
    }
}
