using System.Net;
using KnowledgeBase.Accounts;
using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Web.Tests.Stacks;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.History;

/// <summary>
/// The authoring issue's whole story on one fresh site: an editor adds a paper from a BibTeX entry and corrects a
/// tool's coverage, a contributor proposes a stack and the editor approves it; all three are in <c>/changes</c> and
/// its feed, and an export writes all three back to the files.
/// </summary>
public class AuthoringFlowTests
{
    [Test]
    public async Task A_paper_a_coverage_correction_and_an_approved_stack_are_all_in_the_history_and_the_export()
    {
        using var site = new SiteFactory();
        using var editor = await TestAccounts.SignedInAsAsync(site, AccountRoles.Editor);
        using var contributor = await TestAccounts.SignedInAsAsync(site, AccountRoles.Contributor);
        var word = "flow" + Guid.NewGuid().ToString("N")[..8];

        async Task<HttpResponseMessage> Post(HttpClient client, string url, params (string, string)[] fields) =>
            await StackForms.PostAsync(client, url, await StackForms.TokenAsync(client, "/stacks/new"), fields);

        using (var paper = await Post(editor, "/sources/new/references",
                   ("text", $"@article{{{word}2025, title = {{Operating {word} platforms}}, author = {{Okafor, Ada}}, year = {{2025}}, doi = {{10.5555/{word}}}}}"), ("command", "save")))
            Assert.That(paper.StatusCode, Is.EqualTo(HttpStatusCode.Found), await paper.Content.ReadAsStringAsync());

        const string tool = "ai-fairness-360";
        var form = StackForms.Parse(await (await editor.GetAsync(new Uri($"/tools/{tool}/edit", UriKind.Relative))).Content.ReadAsStringAsync());
        var version = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        using (var corrected = await Post(editor, $"/tools/{tool}/edit", ("Name", "AI Fairness 360"), ("Kind", "open-source"),
                   ("Homepage", "https://aif360.res.ibm.com"), ("Summary", "Fairness metrics and bias mitigation."),
                   ("Coverage[0].Component", "explainability-fairness"), ("Coverage[0].Level", "full"),
                   ("Coverage[0].Evidence", "https://aif360.readthedocs.io/en/stable/"), ("Version", version), ("Command", "save")))
            Assert.That(corrected.StatusCode, Is.EqualTo(HttpStatusCode.Found), await corrected.Content.ReadAsStringAsync());

        var stack = "flow-" + word;
        using var proposed = await Post(contributor, "/stacks/new", ("Name", "Flow " + word), ("Slug", stack), ("Pick", "mlflow:model-registry"), ("Command", "save"));
        Assert.That(proposed.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        using (var approved = await Post(editor, proposed.Headers.Location + "/approve"))
            Assert.That(approved.StatusCode, Is.EqualTo(HttpStatusCode.Found));

        var changes = StackForms.Parse(await (await editor.GetAsync(new Uri("/changes", UriKind.Relative))).Content.ReadAsStringAsync())
            .QuerySelectorAll("ol.changes li").Take(3).Select(li => li.TextContent).ToList();
        Assert.That(changes[0], Does.Contain($"added the stack Flow {word}").And.Contain("approved submission"));
        Assert.That(changes[1], Does.Contain("changed the tool AI Fairness 360").And.Contain("coverage"));
        Assert.That(changes[2], Does.Contain($"added the source Operating {word} platforms"));
        var feed = await (await TestAccounts.AnonymousClient(site).GetAsync(new Uri("/changes.atom", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.That(feed, Does.Contain($"Flow {word}").And.Contain("AI Fairness 360").And.Contain($"Operating {word} platforms"));

        using var export = new TempDirectory();
        await using (var db = CatalogDatabase.Open(new DataDirectory(site.DataDir)))
            await CatalogExporter.ExportAsync(db, export.Path);
        var data = Path.Combine(export.Path, "data");
        Assert.That(File.ReadAllText(Path.Combine(data, "stacks.csv")), Does.Contain($"{stack},Flow {word},"));
        Assert.That(File.ReadAllText(Path.Combine(data, "tool_coverage.csv")), Does.Contain($"{tool},explainability-fairness,full,https://aif360.readthedocs.io/en/stable/"));
        Assert.That(Directory.GetFiles(Path.Combine(export.Path, "literature")).Select(File.ReadAllText), Has.Some.Contains($"10.5555/{word}"));
    }
}
