using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using KnowledgeBase.Accounts;
using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Web.Tests.Stacks;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Web.Tests.History;

/// <summary>
/// An editor correcting the catalog's tools over HTTP: adding one with coverage and evidence, correcting its coverage,
/// refused bad fields, a conflicting save, a delete and its restore, and each step in the history and its feed.
/// Every test works on tools of its own.
/// </summary>
public class ToolEditTests() : SiteSession(followRedirects: false)
{
    protected override string? SignInAs => AccountRoles.Editor;

    private static string NewSlug() => "test-tool-" + Guid.NewGuid().ToString("N")[..8];

    private async Task<HttpResponseMessage> PostAsync(string url, params (string, string)[] fields)
    {
        // An anti-forgery token belongs to the signed-in visitor, not to one form: the stack builder's will do.
        var token = await StackForms.TokenAsync(Client, "/stacks/new");
        return await StackForms.PostAsync(Client, url, token, fields);
    }

    private async Task<string> TextAsync(string url) => await (await Client.GetAsync(new Uri(url, UriKind.Relative))).Content.ReadAsStringAsync();

    /// <summary>A complete form; <paramref name="more"/> replaces fields of the same name or adds to them.</summary>
    private static (string, string)[] Fields(string slug, string name, params (string, string)[] more)
    {
        var names = more.Select(m => m.Item1).ToHashSet();
        return [.. Defaults(slug, name).Where(f => !names.Contains(f.Item1)), .. more];
    }

    private static (string, string)[] Defaults(string slug, string name) =>
    [
        ("Slug", slug), ("Name", name), ("Homepage", "https://example.org/" + slug), ("Repository", "https://github.com/example/" + slug),
        ("License", "Apache-2.0"), ("Kind", "open-source"), ("Vendor", "Example Foundation"), ("Summary", "Registers models for " + name),
        ("Tags", "registry, python"),
        ("Coverage[0].Component", "model-registry"), ("Coverage[0].Level", "full"), ("Coverage[0].Evidence", "https://example.org/docs/registry"),
        ("Coverage[1].Component", ""), ("Command", "save"),
    ];

    private async Task<string> VersionAsync(string slug) =>
        StackForms.Parse(await TextAsync($"/tools/{slug}/edit")).QuerySelector("input[name=Version]")!.GetAttribute("value")!;

    private async Task<string> AddAsync(string name)
    {
        var slug = NewSlug();
        using var response = await PostAsync("/tools/new", Fields(slug, name));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found), await response.Content.ReadAsStringAsync());
        return slug;
    }

    private string Scalar(string sql, string slug)
    {
        using var connection = new SqliteConnection(CatalogDatabase.ConnectionString(new DataDirectory(Site.DataDir)) + ";Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$slug", slug);
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private string Coverage(string slug) =>
        Scalar("SELECT coalesce(group_concat(ComponentSlug || ' ' || lower(Level) || ' ' || coalesce(Evidence, '-'), '; '), '') FROM (SELECT * FROM ToolCoverage WHERE ToolSlug = $slug ORDER BY ComponentSlug)", slug);

    [Test]
    public async Task A_new_tool_is_saved_with_its_coverage_shown_found_by_search_and_recorded()
    {
        var word = "Zq" + Guid.NewGuid().ToString("N")[..10];
        var slug = await AddAsync(word);

        var page = StackForms.Parse(await TextAsync($"/tools/{slug}"));
        Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo(word));
        Assert.That(page.QuerySelector("a[href='https://example.org/docs/registry']"), Is.Not.Null, "the evidence is on the page");
        Assert.That(Coverage(slug), Is.EqualTo("model-registry full https://example.org/docs/registry"));
        var search = StackForms.Parse(await TextAsync("/search?q=" + word));
        Assert.That(search.QuerySelectorAll($"a[href='/tools/{slug}']"), Is.Not.Empty, "the index took the new tool without a rebuild");
        var history = StackForms.Parse(await TextAsync($"/changes?kind=tool&key={slug}"));
        Assert.That(history.QuerySelector("ol.changes li")!.TextContent, Does.Contain($"added the tool {word}").And.Contain("coverage"));
    }

    [Test]
    public async Task Correcting_coverage_replaces_the_rows_and_the_change_shows_before_and_after()
    {
        var slug = await AddAsync("Corrected tool");
        var version = await VersionAsync(slug);

        using var response = await PostAsync($"/tools/{slug}/edit", Fields(slug, "Corrected tool",
            ("Version", version), ("Coverage[0].Level", "partial"), ("Coverage[1].Component", "experiment-tracking"), ("Coverage[1].Level", "full"),
            ("Coverage[1].Evidence", "https://example.org/docs/tracking")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found), await response.Content.ReadAsStringAsync());
        Assert.That(Coverage(slug), Is.EqualTo("experiment-tracking full https://example.org/docs/tracking; model-registry partial https://example.org/docs/registry"));
        var id = Scalar("SELECT max(Id) FROM Changes WHERE EntityKey = $slug", slug);
        var change = StackForms.Parse(await TextAsync($"/changes/{id}"));
        var row = change.QuerySelectorAll("table.field-changes tbody tr").Single();
        Assert.That(row.QuerySelector("th")!.TextContent, Is.EqualTo("coverage"), "only the field that changed");
        Assert.That(row.QuerySelectorAll("td")[0].TextContent, Is.EqualTo("model-registry full https://example.org/docs/registry"));
        Assert.That(row.QuerySelectorAll("td")[1].TextContent, Is.EqualTo("experiment-tracking full https://example.org/docs/tracking\nmodel-registry partial https://example.org/docs/registry"));
    }

    [TestCase("Homepage", "javascript:alert(1)", "homepage", "is not an http(s) URL")]
    [TestCase("Coverage[0].Component", "no-such-component", "coverage[0]", "unknown component 'no-such-component'")]
    [TestCase("Coverage[0].Evidence", "data:text/html,<script>alert(1)</script>", "coverage[0]", "is neither an http(s) URL nor a literature slug")]
    [TestCase("Kind", "freeware", "kind", "is not one of open-source, commercial, managed-service")]
    [TestCase("Slug", "../../etc/passwd", "slug", "is not a valid slug")]
    [TestCase("Coverage[0].Component", "", "coverage", "give at least one component")]
    public async Task A_bad_field_is_refused_beside_the_field_and_nothing_is_stored(string field, string value, string shownAt, string problem)
    {
        var slug = NewSlug();
        var fields = Fields(slug, "Refused tool", (field, value));

        using var response = await PostAsync("/tools/new", fields);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var page = StackForms.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(page.QuerySelector("#problems")!.TextContent, Does.Contain(shownAt + ": ").And.Contain(problem));
        Assert.That(page.QuerySelectorAll(".field-error").Select(e => e.TextContent), Has.Some.Contains(problem), "the problem sits beside its field");
        Assert.That(((IHtmlInputElement)page.QuerySelector("#t-name")!).Value, Is.EqualTo("Refused tool"), "the form keeps what was typed");
        Assert.That(Scalar("SELECT count(*) FROM Tools WHERE Slug = $slug", slug), Is.EqualTo("0"));
    }

    [Test]
    public async Task A_summary_over_the_importers_limit_is_refused_with_the_same_rule()
    {
        var slug = NewSlug();
        using var response = await PostAsync("/tools/new", Fields(slug, "Long tool", ("Summary", new string('x', FieldLimits.Summary + 1))));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problems = StackForms.Parse(await response.Content.ReadAsStringAsync()).QuerySelectorAll("#problems li").Select(li => li.TextContent).ToList();
        Assert.That(problems, Is.EqualTo(new[] { "summary: " + FieldLimits.TooLong("summary", FieldLimits.Summary + 1, FieldLimits.Summary) }),
            "one problem, not also the coverage rows of a tool that was not read");
    }

    [Test]
    public async Task Hostile_markup_in_a_name_and_summary_is_stored_as_typed_and_never_runs()
    {
        var slug = NewSlug();
        const string name = "<img src=x onerror=alert(1)>";
        const string summary = "<script>alert('x')</script> =HYPERLINK(\"http://evil\")";
        var fields = Fields(slug, name, ("Summary", summary));

        using var response = await PostAsync("/tools/new", fields);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        Assert.That(Scalar("SELECT Name || '|' || Summary FROM Tools WHERE Slug = $slug", slug), Is.EqualTo(name + "|" + summary));
        var html = await TextAsync($"/tools/{slug}");
        Assert.That(html, Does.Not.Contain("<img src=x").And.Not.Contain("<script>alert"));
        var page = StackForms.Parse(html);
        Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo(name));
    }

    [Test]
    public async Task Saving_over_a_newer_version_shows_both_and_overwrites_nothing()
    {
        var slug = await AddAsync("Contested tool");
        var opened = await VersionAsync(slug);
        using (var first = await PostAsync($"/tools/{slug}/edit", Fields(slug, "First save", ("Version", opened))))
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Found));

        using var second = await PostAsync($"/tools/{slug}/edit", Fields(slug, "Second save", ("Version", opened)));

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var page = StackForms.Parse(await second.Content.ReadAsStringAsync());
        Assert.That(((IHtmlInputElement)page.QuerySelector("#t-name")!).Value, Is.EqualTo("Second save"), "yours, as typed");
        Assert.That(page.QuerySelector(".their-version")!.TextContent, Does.Contain("First save"), "theirs, beside it");
        Assert.That(Scalar("SELECT Name FROM Tools WHERE Slug = $slug", slug), Is.EqualTo("First save"));
    }

    [Test]
    public async Task Coverage_a_stack_relies_on_cannot_be_removed_and_a_tool_a_stack_uses_cannot_be_deleted()
    {
        var use = File.ReadLines(Path.Combine(Repository.Data, "stack_tools.csv")).Skip(1).First().Split(',');
        var (tool, component) = (use[1], use[2]);
        var before = Coverage(tool);
        var version = await VersionAsync(tool);
        var form = StackForms.Parse(await TextAsync($"/tools/{tool}/edit"));
        var row = form.QuerySelectorAll("select[name$='.Component']").Select((s, i) => (s, i))
            .First(x => ((IHtmlSelectElement)x.s).Value == component).i;

        using var response = await PostAsync($"/tools/{tool}/edit",
            [.. FormFields(form).Where(f => f.Item1 != "Version"), ("Version", version), ($"Coverage[{row}].Remove", "true"), ("Command", "save")]);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(StackForms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#problems")!.TextContent, Does.Contain($"uses this tool for '{component}'"));
        Assert.That(Coverage(tool), Is.EqualTo(before));
        using var delete = await PostAsync($"/tools/{tool}/delete");
        Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(Scalar("SELECT count(*) FROM Tools WHERE Slug = $slug", tool), Is.EqualTo("1"));
    }

    [Test]
    public async Task A_deleted_tool_is_in_the_history_and_comes_back_with_its_coverage_from_it()
    {
        var slug = await AddAsync("Deleted tool");
        using (var delete = await PostAsync($"/tools/{slug}/delete"))
            Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        Assert.That(Scalar("SELECT count(*) FROM Tools WHERE Slug = $slug", slug), Is.EqualTo("0"));
        var id = Scalar("SELECT max(Id) FROM Changes WHERE EntityKey = $slug", slug);
        var change = StackForms.Parse(await TextAsync($"/changes/{id}"));
        var restore = change.QuerySelector("a.button")!.GetAttribute("href")!;
        Assert.That(restore, Is.EqualTo($"/tools/new?restore={id}"));

        var form = StackForms.Parse(await TextAsync(restore));
        Assert.That(((IHtmlInputElement)form.QuerySelector("#t-slug")!).Value, Is.EqualTo(slug));
        using var saved = await PostAsync(restore, [.. FormFields(form), ("Command", "save")]);

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Found), await saved.Content.ReadAsStringAsync());
        Assert.That(Coverage(slug), Is.EqualTo("model-registry full https://example.org/docs/registry"));
        Assert.That(Scalar("SELECT Name || '|' || Vendor || '|' || Tags FROM Tools WHERE Slug = $slug", slug), Is.EqualTo("Deleted tool|Example Foundation|[\"registry\",\"python\"]"));
    }

    [Test]
    public async Task An_earlier_version_is_restored_through_the_form()
    {
        var slug = await AddAsync("Original name");
        var created = Scalar("SELECT max(Id) FROM Changes WHERE EntityKey = $slug", slug);
        using (var edit = await PostAsync($"/tools/{slug}/edit", Fields(slug, "Vandalised name", ("Version", await VersionAsync(slug)))))
            Assert.That(edit.StatusCode, Is.EqualTo(HttpStatusCode.Found));

        var url = $"/tools/{slug}/edit?restore={created}";
        var form = StackForms.Parse(await TextAsync(url));
        Assert.That(((IHtmlInputElement)form.QuerySelector("#t-name")!).Value, Is.EqualTo("Original name"));
        Assert.That(form.QuerySelector(".notice")!.TextContent, Does.Contain($"after change {created}"));
        using var saved = await PostAsync($"/tools/{slug}/edit", [.. FormFields(form), ("Command", "save")]);

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Found), await saved.Content.ReadAsStringAsync());
        Assert.That(Scalar("SELECT Name FROM Tools WHERE Slug = $slug", slug), Is.EqualTo("Original name"));
    }

    [Test]
    public async Task The_feed_is_atom_with_an_entry_per_change_newest_first()
    {
        var slug = await AddAsync("Feed & <tool>");

        using var response = await Client.GetAsync(new Uri($"/changes.atom?kind=tool&key={slug}", UriKind.Relative));

        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/atom+xml"));
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = feed.Root!.Elements(atom + "entry").Single();
        Assert.That(entry.Element(atom + "title")!.Value, Does.Contain("added the tool Feed & <tool>"));
        Assert.That(entry.Element(atom + "author")!.Element(atom + "name")!.Value, Does.StartWith("test-editor"));
        Assert.That(entry.Element(atom + "id")!.Value, Does.Match("/changes/[0-9]+$"));
    }

    [Test]
    public async Task Kb_export_writes_the_edit_back_to_the_files()
    {
        var slug = await AddAsync("Exported tool");
        using var export = new TempDirectory();
        await using (var db = CatalogDatabase.Open(new DataDirectory(Site.DataDir)))
            await CatalogExporter.ExportAsync(db, export.Path);

        Assert.That(File.ReadAllText(Path.Combine(export.Path, "data", "tools.csv")), Does.Contain($"{slug},Exported tool,https://example.org/{slug},"));
        Assert.That(File.ReadAllText(Path.Combine(export.Path, "data", "tool_coverage.csv")), Does.Contain($"{slug},model-registry,full,https://example.org/docs/registry"));
    }

    /// <summary>The fields a browser would post from this form as it stands.</summary>
    private static (string, string)[] FormFields(IHtmlDocument form) =>
    [
        .. form.QuerySelectorAll("form.tool-form input[name], form.tool-form textarea[name], form.tool-form select[name]")
            .Where(e => e.GetAttribute("name") != "__RequestVerificationToken")
            .Where(e => e is not IHtmlInputElement { Type: "checkbox", IsChecked: false })
            .Select(e => (e.GetAttribute("name")!, e switch
            {
                IHtmlInputElement i => i.Value,
                IHtmlTextAreaElement t => t.Value,
                IHtmlSelectElement s => s.Value ?? "",
                _ => "",
            })),
    ];
}
