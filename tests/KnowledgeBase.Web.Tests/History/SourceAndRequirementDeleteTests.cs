using System.Net;
using AngleSharp.Html.Dom;
using KnowledgeBase.Accounts;
using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Web.Tests.Stacks;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.History;

/// <summary>
/// An editor deleting requirements and sources over HTTP: what still needs them refuses the delete with its reasons,
/// a delete takes its dependent rows, search documents and exported note with it, and the history brings it back.
/// Each test works on entities of its own.
/// </summary>
public class SourceAndRequirementDeleteTests() : SiteSession(followRedirects: false)
{
    protected override string? SignInAs => AccountRoles.Editor;

    private static int _next = 600;

    private static string NewCode() => $"DEL-{Interlocked.Increment(ref _next)}";

    private static string NewSlug() => "test-source-" + Guid.NewGuid().ToString("N")[..8];

    private async Task<HttpResponseMessage> PostAsync(string url, params (string, string)[] fields)
    {
        var token = await StackForms.TokenAsync(Client, "/stacks/new");
        return await StackForms.PostAsync(Client, url, token, fields);
    }

    private async Task<string> PostFoundAsync(string url, params (string, string)[] fields)
    {
        using var response = await PostAsync(url, fields);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found), await response.Content.ReadAsStringAsync());
        return response.Headers.Location!.ToString();
    }

    private async Task<IHtmlDocument> PageAsync(string url) =>
        StackForms.Parse(await (await Client.GetAsync(new Uri(url, UriKind.Relative))).Content.ReadAsStringAsync());

    private string Scalar(string sql, string value) => SiteDatabase.Scalar(Site, sql, value);

    private static (string, string)[] RequirementFields(string code, string source) =>
    [
        ("Code", code), ("Layer", "model-management"), ("Title", "Signed models " + code), ("Statement", "The platform shall sign every released model."),
        ("Kind", "functional"), ("Priority", "must"), ("Tags", "supply-chain"), ("Traces[0].Source", source), ("Traces[0].Note", "Section 4"),
        ("Components", "model-registry"), ("Command", "save"),
    ];

    private static (string, string)[] SourceFields(string slug, string word) =>
    [
        ("Slug", slug), ("Title", "Deletable " + word), ("Authors", "Ann Author"), ("Year", "2024"), ("DateAdded", "2026-12-04"), ("Kind", "paper"),
        ("Identifiers", "doi: 10.5555/" + slug), ("Tags", "deletable"), ("Note", $"About {word}.\n"), ("Command", "save"),
    ];

    /// <summary>A stack of its own with a checklist, which holds an untouched item for every requirement.</summary>
    private async Task<string> StackWithChecklistAsync()
    {
        var slug = "test-stack-" + Guid.NewGuid().ToString("N")[..8];
        await PostFoundAsync("/stacks/new", ("Name", "Checklist " + slug), ("Slug", slug), ("Author", "Tester"), ("Contact", "t@example.org"),
            ("Summary", "A stack with a checklist"), ("Date", "2025-01-31"), ("Pick", "mlflow:model-registry"), ("Command", "save"));
        await PostFoundAsync($"/stacks/{slug}/checklist/create");
        return slug;
    }

    /// <summary>The fields a browser would post from the form as it stands.</summary>
    private static (string, string)[] FormFields(IHtmlDocument page) =>
    [
        .. page.QuerySelectorAll("form[method=post] input[name], form[method=post] textarea[name], form[method=post] select[name]")
            .Where(e => e.GetAttribute("name") is not ("__RequestVerificationToken" or "Command"))
            .Where(e => e is not IHtmlInputElement { Type: "checkbox", IsChecked: false })
            .Select(e => (e.GetAttribute("name")!, e switch
            {
                IHtmlInputElement i => i.Value,
                IHtmlTextAreaElement t => t.Value,
                IHtmlSelectElement s => s.Value ?? "",
                _ => "",
            })),
        ("Command", "save"),
    ];

    /// <summary>Follows the restore link of a recorded delete, checks what the form says, and saves the form as it stands.</summary>
    private async Task RestoreAsync(string key, string newForm)
    {
        var id = Scalar("SELECT max(Id) FROM Changes WHERE EntityKey = $v", key);
        var restore = (await PageAsync($"/changes/{id}")).QuerySelector("a.button")!.GetAttribute("href")!;
        Assert.That(restore, Is.EqualTo($"{newForm}?restore={id}"));
        var form = await PageAsync(restore);
        Assert.That(form.QuerySelector(".notice")!.TextContent, Does.Contain($"before change {id} deleted it"));
        await PostFoundAsync(newForm, FormFields(form));
    }

    [Test]
    public async Task A_deleted_requirement_takes_its_traces_and_untouched_checklist_items_and_comes_back_from_its_history()
    {
        var code = NewCode();
        var source = "amershi-2019-software-engineering-for-ml";
        await PostFoundAsync("/requirements/new", RequirementFields(code, source));
        var stack = await StackWithChecklistAsync();
        Assert.That(Scalar("SELECT count(*) FROM ChecklistItems WHERE RequirementCode = $v", code), Is.EqualTo("1"), "the new checklist tracks it");
        var confirm = await PageAsync($"/requirements/{code}/delete");
        Assert.That(confirm.QuerySelector("main")!.TextContent, Does.Contain("1 trace to sources").And.Contain("untouched items in 1 stack checklist"));

        Assert.That(await PostFoundAsync($"/requirements/{code}/delete"), Is.EqualTo("/requirements"));

        Assert.That(Scalar("SELECT count(*) FROM Requirements WHERE Code = $v", code), Is.EqualTo("0"));
        Assert.That(Scalar("SELECT count(*) FROM RequirementSources WHERE RequirementCode = $v", code), Is.EqualTo("0"));
        Assert.That(Scalar("SELECT count(*) FROM RequirementComponents WHERE RequirementCode = $v", code), Is.EqualTo("0"));
        Assert.That(Scalar("SELECT count(*) FROM ChecklistItems WHERE RequirementCode = $v", code), Is.EqualTo("0"));
        Assert.That(Scalar("SELECT count(*) FROM ChecklistItems WHERE StackSlug = $v", stack), Is.Not.EqualTo("0"), "the other items stay");
        Assert.That((await Client.GetAsync(new Uri($"/requirements/{code}", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await PageAsync("/search?q=" + code)).QuerySelectorAll($"a[href='/requirements/{code}']"), Is.Empty, "its search document went");
        Assert.That((await PageAsync($"/sources/{source}")).QuerySelectorAll($"a[href='/requirements/{code}']"), Is.Empty);
        Assert.That((await PageAsync($"/changes?kind=requirement&key={code}")).QuerySelector("ol.changes li")!.TextContent,
            Does.Contain($"deleted the requirement {code}"));

        await RestoreAsync(code, "/requirements/new");

        Assert.That(Scalar("SELECT Title || '|' || (SELECT group_concat(SourceSlug || ' ' || Note) FROM RequirementSources WHERE RequirementCode = $v) FROM Requirements WHERE Code = $v", code),
            Is.EqualTo($"Signed models {code}|{source} Section 4"));
        Assert.That((await PageAsync("/search?q=" + code)).QuerySelectorAll($"a[href='/requirements/{code}']"), Is.Not.Empty, "found again");
    }

    [Test]
    public async Task A_requirement_a_team_has_worked_on_in_a_checklist_is_not_deleted()
    {
        var code = NewCode();
        await PostFoundAsync("/requirements/new", RequirementFields(code, "amershi-2019-software-engineering-for-ml"));
        var stack = await StackWithChecklistAsync();
        await PostFoundAsync($"/stacks/{stack}/checklist", ("item[0].Code", code), ("item[0].Status", "in-progress"), ("item[0].Owner", "Ana"));
        var changes = Scalar("SELECT count(*) FROM Changes", "");

        using var response = await PostAsync($"/requirements/{code}/delete");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(StackForms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#problems")!.TextContent,
            Does.Contain($"the checklist of the stack Checklist {stack} tracks it (in-progress, owner Ana)"));
        Assert.That(Scalar("SELECT count(*) FROM Requirements WHERE Code = $v", code), Is.EqualTo("1"));
        Assert.That(Scalar("SELECT Owner FROM ChecklistItems WHERE RequirementCode = $v", code), Is.EqualTo("Ana"));
        Assert.That(Scalar("SELECT count(*) FROM Changes", ""), Is.EqualTo(changes));
    }

    [Test]
    public async Task A_requirement_a_glossary_term_names_is_not_deleted()
    {
        var confirm = await PageAsync("/requirements/DEP-02/delete");
        Assert.That(confirm.QuerySelector("#problems")!.TextContent, Does.Contain("the glossary term Batch inference names it"));
        Assert.That(confirm.QuerySelector("form[action$='/delete']"), Is.Null, "no delete button is offered");

        using var response = await PostAsync("/requirements/DEP-02/delete");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(Scalar("SELECT count(*) FROM Requirements WHERE Code = $v", "DEP-02"), Is.EqualTo("1"));
    }

    [Test]
    public async Task A_source_a_requirement_is_traced_to_is_not_deleted()
    {
        var source = "amershi-2019-software-engineering-for-ml";
        var changes = Scalar("SELECT count(*) FROM Changes", "");

        using var response = await PostAsync($"/sources/{source}/delete");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(StackForms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#problems")!.TextContent, Does.Contain("is traced to it"));
        Assert.That(Scalar("SELECT count(*) FROM Sources WHERE Slug = $v", source), Is.EqualTo("1"));
        Assert.That(Scalar("SELECT count(*) FROM Changes", ""), Is.EqualTo(changes));
    }

    [Test]
    public async Task A_deleted_source_leaves_search_and_the_exported_notes_and_comes_back_from_its_history()
    {
        var slug = NewSlug();
        var word = "Zq" + Guid.NewGuid().ToString("N")[..10];
        await PostFoundAsync("/sources/new", SourceFields(slug, word));
        using var export = new TempDirectory();
        await ExportAsync(export.Path);
        var note = Path.Combine(export.Path, "literature", slug + ".md");
        Assert.That(File.Exists(note), "exported while it exists");
        var section = Path.Combine(export.Path, "literature", "_index.md");
        File.WriteAllText(section, "---\ntitle: Literature\n---\n");

        Assert.That(await PostFoundAsync($"/sources/{slug}/delete"), Is.EqualTo("/sources"));

        Assert.That(Scalar("SELECT count(*) FROM Sources WHERE Slug = $v", slug), Is.EqualTo("0"));
        Assert.That((await PageAsync("/search?q=" + word)).QuerySelectorAll($"a[href='/sources/{slug}']"), Is.Empty, "its search document went");
        await ExportAsync(export.Path);
        Assert.That(File.Exists(note), Is.False, "the next export removes its note, or the next import would bring it back");
        Assert.That(File.Exists(section), "a section page is not a note");
        Assert.That(Directory.GetFiles(Path.Combine(export.Path, "literature"), "*.md"), Has.Length.EqualTo(int.Parse(Scalar("SELECT count(*) FROM Sources", "")) + 1));

        await RestoreAsync(slug, "/sources/new");

        Assert.That(Scalar("SELECT Title FROM Sources WHERE Slug = $v", slug), Is.EqualTo("Deletable " + word));
        Assert.That((await PageAsync("/search?q=" + word)).QuerySelectorAll($"a[href='/sources/{slug}']"), Is.Not.Empty, "found again");
    }

    [Test]
    public async Task Delete_links_are_for_editors_only()
    {
        using var contributor = await TestAccounts.SignedInAsAsync(Site, AccountRoles.Contributor);
        var requirement = await PageAsync("/requirements/MOD-01/edit");
        Assert.That(requirement.QuerySelector("a[href='/requirements/MOD-01/delete']"), Is.Not.Null);
        var source = await PageAsync("/sources/amershi-2019-software-engineering-for-ml/edit");
        Assert.That(source.QuerySelector("a[href='/sources/amershi-2019-software-engineering-for-ml/delete']"), Is.Not.Null);
        foreach (var page in new[] { "/requirements/MOD-01", "/sources/amershi-2019-software-engineering-for-ml" })
        {
            var shown = StackForms.Parse(await (await contributor.GetAsync(new Uri(page, UriKind.Relative))).Content.ReadAsStringAsync());
            Assert.That(shown.QuerySelector("a[href$='/edit']"), Is.Null, $"a contributor sees no edit link on {page}");
        }
    }

    private async Task ExportAsync(string outDir)
    {
        await using var db = CatalogDatabase.Open(new DataDirectory(Site.DataDir));
        await CatalogExporter.ExportAsync(db, outDir);
    }
}
