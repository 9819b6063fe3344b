using System.Net;
using AngleSharp.Html.Dom;
using KnowledgeBase.Accounts;
using KnowledgeBase.Storage;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Web.Tests.Stacks;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Web.Tests.History;

/// <summary>
/// An editor adding and correcting requirements over HTTP: traces to sources with their locators, components,
/// refused bad traces, a conflicting save, and a restore from the history. Each test uses codes of its own.
/// </summary>
public class RequirementEditTests() : SiteSession(followRedirects: false)
{
    protected override string? SignInAs => AccountRoles.Editor;

    private static int _next = 900;

    private static string NewCode() => $"TST-{Interlocked.Increment(ref _next)}";

    private static string FirstSource() =>
        Path.GetFileNameWithoutExtension(Directory.GetFiles(Repository.Literature, "*.md").Order(StringComparer.Ordinal).First());

    private static string SecondSource() =>
        Path.GetFileNameWithoutExtension(Directory.GetFiles(Repository.Literature, "*.md").Order(StringComparer.Ordinal).Skip(1).First());

    private async Task<HttpResponseMessage> PostAsync(string url, params (string, string)[] fields)
    {
        var token = await StackForms.TokenAsync(Client, "/stacks/new");
        return await StackForms.PostAsync(Client, url, token, fields);
    }

    private async Task<string> TextAsync(string url) => await (await Client.GetAsync(new Uri(url, UriKind.Relative))).Content.ReadAsStringAsync();

    private static (string, string)[] Fields(string code, params (string, string)[] more)
    {
        var names = more.Select(m => m.Item1).ToHashSet();
        (string, string)[] defaults =
        [
            ("Code", code), ("Layer", "model-management"), ("Title", "Signed models " + code), ("Statement", "The platform shall sign every released model."),
            ("Kind", "functional"), ("Priority", "must"), ("Tags", "supply-chain, signing"),
            ("Traces[0].Source", FirstSource()), ("Traces[0].Note", "Section 4"), ("Traces[1].Source", ""),
            ("Components", "model-registry"), ("Command", "save"),
        ];
        return [.. defaults.Where(f => !names.Contains(f.Item1)), .. more];
    }

    private string Scalar(string sql, string code)
    {
        using var connection = new SqliteConnection(CatalogDatabase.ConnectionString(new DataDirectory(Site.DataDir)) + ";Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$code", code);
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private string Traces(string code) =>
        Scalar("SELECT coalesce(group_concat(SourceSlug || ' ' || Note, '; '), '') FROM (SELECT * FROM RequirementSources WHERE RequirementCode = $code ORDER BY SourceSlug)", code);

    private async Task<string> VersionAsync(string code) =>
        StackForms.Parse(await TextAsync($"/requirements/{code}/edit")).QuerySelector("input[name=Version]")!.GetAttribute("value")!;

    [Test]
    public async Task A_new_requirement_is_saved_with_its_traces_shown_searchable_and_recorded()
    {
        var code = NewCode();

        using var response = await PostAsync("/requirements/new", Fields(code));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found), await response.Content.ReadAsStringAsync());
        Assert.That(Traces(code), Is.EqualTo($"{FirstSource()} Section 4"));
        var page = StackForms.Parse(await TextAsync($"/requirements/{code}"));
        Assert.That(page.QuerySelector("h1")!.TextContent, Does.Contain("Signed models " + code));
        Assert.That(page.QuerySelectorAll($"a[href='/sources/{FirstSource()}']"), Is.Not.Empty);
        var search = StackForms.Parse(await TextAsync("/search?q=" + code));
        Assert.That(search.QuerySelectorAll($"a[href='/requirements/{code}']"), Is.Not.Empty, "the index took the new requirement");
        var history = StackForms.Parse(await TextAsync($"/changes?kind=requirement&key={code}"));
        Assert.That(history.QuerySelector("ol.changes li")!.TextContent, Does.Contain($"added the requirement {code}"));
    }

    [Test]
    public async Task A_trace_is_added_a_note_corrected_and_the_change_shows_both()
    {
        var code = NewCode();
        using (var created = await PostAsync("/requirements/new", Fields(code))) Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Found));

        using var response = await PostAsync($"/requirements/{code}/edit", Fields(code, ("Version", await VersionAsync(code)),
            ("Traces[0].Note", "Section 4.2, table 3"), ("Traces[1].Source", SecondSource()), ("Traces[1].Note", "Figure 1")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found), await response.Content.ReadAsStringAsync());
        Assert.That(Traces(code), Is.EqualTo($"{FirstSource()} Section 4.2, table 3; {SecondSource()} Figure 1"));
        var id = Scalar("SELECT max(Id) FROM Changes WHERE EntityKey = $code", code);
        var change = StackForms.Parse(await TextAsync($"/changes/{id}"));
        Assert.That(change.QuerySelectorAll("table.field-changes tbody th").Select(th => th.TextContent), Is.EqualTo(new[] { "sources" }));
    }

    [TestCase("Traces[0].Source", "no-such-source", "sources[0]", "unknown source")]
    [TestCase("Traces[0].Source", "", "sources", "trace the requirement to at least one source")]
    [TestCase("Code", "not a code", "code", "is not a requirement code such as INF-01")]
    [TestCase("Layer", "nowhere", "layer", "unknown layer 'nowhere'")]
    [TestCase("Components", "no-such-component", "components", "unknown component 'no-such-component'")]
    public async Task A_bad_field_is_refused_beside_it_and_nothing_is_stored(string field, string value, string shownAt, string problem)
    {
        var code = NewCode();

        using var response = await PostAsync("/requirements/new", Fields(code, (field, value)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var page = StackForms.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(page.QuerySelector("#problems")!.TextContent, Does.Contain(shownAt + ": ").And.Contain(problem));
        Assert.That(Scalar("SELECT count(*) FROM Requirements WHERE Code = $code", code), Is.EqualTo("0"));
    }

    [Test]
    public async Task Saving_over_a_newer_version_is_refused_with_both_versions()
    {
        var code = NewCode();
        using (var created = await PostAsync("/requirements/new", Fields(code))) Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        var opened = await VersionAsync(code);
        using (var first = await PostAsync($"/requirements/{code}/edit", Fields(code, ("Version", opened), ("Title", "First title"))))
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Found));

        using var second = await PostAsync($"/requirements/{code}/edit", Fields(code, ("Version", opened), ("Title", "Second title")));

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(StackForms.Parse(await second.Content.ReadAsStringAsync()).QuerySelector(".their-version")!.TextContent, Does.Contain("First title"));
        Assert.That(Scalar("SELECT Title FROM Requirements WHERE Code = $code", code), Is.EqualTo("First title"));
    }

    [Test]
    public async Task An_earlier_version_comes_back_through_the_form()
    {
        var code = NewCode();
        using (var created = await PostAsync("/requirements/new", Fields(code))) Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        var first = Scalar("SELECT max(Id) FROM Changes WHERE EntityKey = $code", code);
        using (var edit = await PostAsync($"/requirements/{code}/edit", Fields(code, ("Version", await VersionAsync(code)), ("Statement", "Vandalised."))))
            Assert.That(edit.StatusCode, Is.EqualTo(HttpStatusCode.Found));

        var form = StackForms.Parse(await TextAsync($"/requirements/{code}/edit?restore={first}"));
        Assert.That(((IHtmlTextAreaElement)form.QuerySelector("#r-statement")!).Value, Is.EqualTo("The platform shall sign every released model."));
        var fields = form.QuerySelectorAll("form.requirement-form input[name], form.requirement-form textarea[name], form.requirement-form select[name]")
            .Where(e => e.GetAttribute("name") != "__RequestVerificationToken" && e is not IHtmlInputElement { Type: "checkbox", IsChecked: false })
            .Select(e => (e.GetAttribute("name")!, e switch { IHtmlInputElement i => i.Value, IHtmlTextAreaElement t => t.Value, IHtmlSelectElement s => s.Value ?? "", _ => "" }))
            .Append(("Command", "save")).ToArray();
        using var saved = await PostAsync($"/requirements/{code}/edit", fields);

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Found), await saved.Content.ReadAsStringAsync());
        Assert.That(Scalar("SELECT Statement FROM Requirements WHERE Code = $code", code), Is.EqualTo("The platform shall sign every released model."));
    }
}
