using System.Net;
using AngleSharp.Html.Dom;
using KnowledgeBase.Accounts;
using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Tests.Stacks;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Sources;

/// <summary>
/// A researcher's and an editor's work on sources over HTTP: adding one with the form, previewing its note on the
/// server, correcting it, a conflicting save, and pasting BibTeX. Every test works on sources of its own.
/// </summary>
public class SourceEditTests() : SiteSession(followRedirects: false)
{
    protected override string? SignInAs => AccountRoles.Editor;

    private static string NewSlug() => "test-source-" + Guid.NewGuid().ToString("N")[..8];

    private async Task<HttpResponseMessage> PostAsync(string url, params (string, string)[] fields)
    {
        var token = await StackForms.TokenAsync(Client, url, url);
        return await StackForms.PostAsync(Client, url, token, fields);
    }

    private async Task<string> TextAsync(string url) => await (await Client.GetAsync(new Uri(url, UriKind.Relative))).Content.ReadAsStringAsync();

    private async Task<IHtmlDocument> PageAsync(HttpResponseMessage response) => StackForms.Parse(await response.Content.ReadAsStringAsync());

    private static (string, string)[] Fields(string slug, string title, string note, params (string, string)[] more) =>
    [
        ("Slug", slug), ("Title", title), ("Authors", "Ann Author\nBo Builder"), ("Year", "2024"), ("DateAdded", "2026-12-04"),
        ("Kind", "paper"), ("Identifiers", "doi: 10.5555/" + slug), ("Tags", "testing, drift"), ("Note", note), .. more,
    ];

    private int SourceRows(string slug)
    {
        using var connection = new SqliteConnection(CatalogDatabase.ConnectionString(new DataDirectory(Site.DataDir)) + ";Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM Sources WHERE Slug = $slug";
        command.Parameters.AddWithValue("$slug", slug);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Test]
    public async Task A_new_source_is_saved_shown_and_found_by_search_at_once()
    {
        var slug = NewSlug();
        var word = "zq" + Guid.NewGuid().ToString("N")[..10];
        using var response = await PostAsync("/sources/new", Fields(slug, "A paper on " + word, $"# Summary\n\nIt studies **{word}** in production.\n", ("Command", "save")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found), await response.Content.ReadAsStringAsync());
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/sources/{slug}"));
        var page = StackForms.Parse(await TextAsync($"/sources/{slug}"));
        Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo("A paper on " + word));
        Assert.That(page.QuerySelector(".note strong")!.TextContent, Is.EqualTo(word), "the note is rendered from Markdown");
        Assert.That(page.QuerySelector(".facts")!.TextContent, Does.Contain("Ann Author, Bo Builder").And.Contain("10.5555/" + slug));
        var search = StackForms.Parse(await TextAsync("/search?q=" + word));
        Assert.That(search.QuerySelectorAll($"a[href='/sources/{slug}']"), Is.Not.Empty, "the index took the new source without a rebuild");
    }

    [Test]
    public async Task The_preview_renders_the_note_on_the_server_and_stores_nothing()
    {
        var slug = NewSlug();
        using var response = await PostAsync("/sources/new", Fields(slug, "Previewed", "Some *emphasis* and a list:\n\n- one\n- two\n", ("Command", "preview")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var page = await PageAsync(response);
        Assert.That(page.QuerySelector(".note-preview em")!.TextContent, Is.EqualTo("emphasis"));
        Assert.That(page.QuerySelectorAll(".note-preview li"), Has.Length.EqualTo(2));
        Assert.That(((IHtmlInputElement)page.QuerySelector("#f-title")!).Value, Is.EqualTo("Previewed"), "the form keeps what was typed");
        Assert.That(SourceRows(slug), Is.Zero);
    }

    [TestCase("", "Slug missing", "the slug is missing")]
    [TestCase("a-title", "", "title")]
    [TestCase("../../etc/passwd", "Traversal", "is not a valid slug")]
    [TestCase("new", "Shadowing the add page", "kept for the page that adds a source")]
    public async Task A_bad_field_is_refused_with_its_problem_and_nothing_is_stored(string slug, string title, string problem)
    {
        var fields = Fields(slug, title, "Note.", ("Command", "save"));
        if (slug == "a-title") fields = Fields(NewSlug(), "", "Note.", ("Command", "save"));
        using var response = await PostAsync("/sources/new", fields);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var page = await PageAsync(response);
        Assert.That(page.QuerySelector("#problems")!.TextContent, Does.Contain(problem));
        Assert.That(((IHtmlTextAreaElement)page.QuerySelector("#f-note")!).Value, Is.EqualTo("Note."), "nothing typed is lost");
        Assert.That(SourceRows(slug), Is.Zero);
    }

    [Test]
    public async Task A_title_over_the_importers_limit_is_refused_with_the_same_rule()
    {
        var slug = NewSlug();
        using var response = await PostAsync("/sources/new", Fields(slug, new string('t', FieldLimits.Name + 1), "Note.", ("Command", "save")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await PageAsync(response)).QuerySelector("#problems")!.TextContent, Does.Contain($"the limit is {FieldLimits.Name}"));
        Assert.That(SourceRows(slug), Is.Zero);
    }

    [Test]
    public async Task A_slug_that_exists_is_refused_with_409()
    {
        using var response = await PostAsync("/sources/new", Fields("amershi-2019-software-engineering-for-ml", "Again", "Note.", ("Command", "save")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await PageAsync(response)).QuerySelector("#problems")!.TextContent, Does.Contain("exists already"));
    }

    [Test]
    public async Task Hostile_markup_in_a_note_and_a_title_is_stored_as_typed_and_never_runs()
    {
        var slug = NewSlug();
        const string title = "<img src=x onerror=alert(1)>";
        const string note = "<script>alert(1)</script>\n\n[click](javascript:alert(1)) <svg onload=alert(1)></svg> [data](data:text/html,<script>alert(1)</script>)\n";
        using var response = await PostAsync("/sources/new", Fields(slug, title, note, ("Command", "save")));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found), await response.Content.ReadAsStringAsync());

        await using (var scope = Site.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().Sources.SingleAsync(s => s.Slug == slug);
            Assert.That(stored.Title, Is.EqualTo(title));
            Assert.That(stored.Note, Is.EqualTo(note));
        }
        var page = StackForms.Parse(await TextAsync($"/sources/{slug}"));
        var article = page.QuerySelector("article.source")!;
        Assert.That(article.QuerySelectorAll("script, img, svg, [onerror], [onload]"), Is.Empty);
        Assert.That(article.QuerySelectorAll("a[href^='javascript:'], a[href^='data:']"), Is.Empty);
        Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo(title), "the title is shown as text");
    }

    [Test]
    public async Task An_edit_is_stored_and_the_slug_stays()
    {
        var slug = NewSlug();
        using (var created = await PostAsync("/sources/new", Fields(slug, "Before", "Old note.", ("Command", "save"))))
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        var form = StackForms.Parse(await TextAsync($"/sources/{slug}/edit"));
        var version = ((IHtmlInputElement)form.QuerySelector("input[name=Version]")!).Value;

        using var response = await PostAsync($"/sources/{slug}/edit", Fields("moved-" + slug, "After", "New note.", ("Version", version), ("Command", "save")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found), await response.Content.ReadAsStringAsync());
        var page = StackForms.Parse(await TextAsync($"/sources/{slug}"));
        Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo("After"));
        Assert.That(page.QuerySelector(".note")!.TextContent, Does.Contain("New note."));
        Assert.That(SourceRows("moved-" + slug), Is.Zero, "traces point at the slug; it does not change on edit");
    }

    [Test]
    public async Task Saving_over_a_newer_version_shows_both_and_overwrites_nothing()
    {
        var slug = NewSlug();
        using (var created = await PostAsync("/sources/new", Fields(slug, "First", "First note.", ("Command", "save"))))
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        var opened = StackForms.Parse(await TextAsync($"/sources/{slug}/edit"));
        var version = ((IHtmlInputElement)opened.QuerySelector("input[name=Version]")!).Value;
        using (var theirs = await PostAsync($"/sources/{slug}/edit", Fields(slug, "Theirs", "Their note.", ("Version", version), ("Command", "save"))))
            Assert.That(theirs.StatusCode, Is.EqualTo(HttpStatusCode.Found));

        using var mine = await PostAsync($"/sources/{slug}/edit", Fields(slug, "Mine", "My note.", ("Version", version), ("Command", "save")));

        Assert.That(mine.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var page = await PageAsync(mine);
        Assert.That(((IHtmlInputElement)page.QuerySelector("#f-title")!).Value, Is.EqualTo("Mine"), "my version stays in the form");
        Assert.That(page.QuerySelector(".their-version")!.TextContent, Does.Contain("Theirs").And.Contain("Their note."));
        Assert.That(StackForms.Parse(await TextAsync($"/sources/{slug}")).QuerySelector("h1")!.TextContent, Is.EqualTo("Theirs"));

        var again = ((IHtmlInputElement)page.QuerySelector("input[name=Version]")!).Value;
        using var resolved = await PostAsync($"/sources/{slug}/edit", Fields(slug, "Mine after reading theirs", "Merged note.", ("Version", again), ("Command", "save")));
        Assert.That(resolved.StatusCode, Is.EqualTo(HttpStatusCode.Found), "saving from the conflict page, having seen theirs, goes through");
    }

    [Test]
    public async Task An_unknown_source_has_no_edit_form()
    {
        using var response = await Client.GetAsync(new Uri("/sources/no-such-source/edit", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static string BibEntry(string key, string title, string doi) => $$"""
        @article{{{key}},
          title = {{{title}}},
          author = {M{\"u}ller, J{\"o}rg and Smith, Ann},
          journal = {Journal of Tests},
          year = {2025},
          month = mar,
          doi = {https://doi.org/{{doi}}},
        }

        """;

    [Test]
    public async Task Pasted_bibtex_is_read_with_duplicates_and_bad_entries_named_and_only_new_entries_are_saved()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var title = $"Monitoring pipelines {id} in practice";
        var text = BibEntry("fresh" + id, title, "10.5555/fresh." + id)
            + BibEntry("again", "Software Engineering for Machine Learning: A Case Study", "10.1109/ICSE-SEIP.2019.00042")
            + "@article{broken,\n  title = {Never closed\n";

        using var read = await PostAsync("/sources/new/references", ("text", text), ("command", "read"));
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var page = await PageAsync(read);
        var drafts = page.QuerySelectorAll(".reference-drafts > li");
        Assert.That(drafts, Has.Length.EqualTo(2));
        Assert.That(drafts[0].TextContent, Does.Contain(title).And.Contain("Jörg Müller"));
        Assert.That(drafts[1].QuerySelector("a[href='/sources/amershi-2019-software-engineering-for-ml']"), Is.Not.Null, "the duplicate links the source it repeats");
        var brokenLine = text[..text.IndexOf("@article{broken", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.That(page.QuerySelector(".errors")!.TextContent, Does.Contain($"line {brokenLine + 1}: unclosed '{{' in 'title'"), "the line where the unclosed field opens");
        Assert.That(page.QuerySelector("button[value=save]")!.TextContent, Does.Contain("Save 1 draft"));

        using var saved = await PostAsync("/sources/new/references", ("text", text), ("command", "save"));
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        var edit = saved.Headers.Location!.ToString();
        Assert.That(edit, Does.StartWith("/sources/").And.EndWith("/edit"), "one draft: straight to its form to write the note");
        var slug = edit["/sources/".Length..^"/edit".Length];
        Assert.That(SourceRows(slug), Is.EqualTo(1));

        await using var scope = Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var draft = await db.Sources.AsNoTracking().SingleAsync(s => s.Slug == slug);
        Assert.That(draft.Draft, Is.True);
        Assert.That(draft.Authors, Is.EqualTo(new[] { "Jörg Müller", "Ann Smith" }));
        Assert.That(draft.Identifiers.Select(i => (i.Scheme, i.Value)), Does.Contain(("doi", "10.5555/fresh." + id)));
        Assert.That(await db.Sources.CountAsync(s => s.Title.StartsWith("Software Engineering for Machine Learning")), Is.Zero, "the duplicate was not saved");
        var search = StackForms.Parse(await TextAsync("/search?q=" + id));
        Assert.That(search.QuerySelectorAll($"a[href='/sources/{slug}']"), Is.Not.Empty);
    }

    [Test]
    public async Task Text_with_no_entry_is_a_400_that_says_what_an_entry_looks_like()
    {
        using var response = await PostAsync("/sources/new/references", ("text", "just some words"), ("command", "save"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await PageAsync(response)).QuerySelector(".empty")!.TextContent, Does.Contain("@article"));
    }

    [Test]
    public async Task An_oversize_paste_is_refused_with_413_before_it_is_read()
    {
        var token = await StackForms.TokenAsync(Client, "/sources/new/references", "/sources/new/references");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(new string('x', KnowledgeBase.Web.Sources.SourceEditController.MaxPastedCharacters + 1)), "text" },
            { new StringContent("save"), "command" },
        };
        using var response = await Client.PostAsync(new Uri("/sources/new/references", UriKind.Relative), content);
        Assert.That((int)response.StatusCode, Is.EqualTo(413));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("split a large export"));
    }

    [Test]
    public async Task A_source_added_on_the_site_is_written_by_kb_export_and_reads_back_the_same()
    {
        var slug = NewSlug();
        using (var created = await PostAsync("/sources/new", Fields(slug, "Exported", "# Summary\n\nWritten back to the files.\n", ("Command", "save"))))
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        using var outDir = new TempDirectory();

        await using (var scope = Site.Services.CreateAsyncScope())
            await CatalogExporter.ExportAsync(scope.ServiceProvider.GetRequiredService<CatalogDbContext>(), outDir.Path);

        var file = Path.Combine(outDir.Path, "literature", slug + ".md");
        Assert.That(File.ReadAllText(file), Does.Contain("title: \"Exported\"").And.Contain("Written back to the files."));
        var again = CatalogReader.Read(Path.Combine(outDir.Path, "data"), Path.Combine(outDir.Path, "literature"));
        Assert.That(again.Errors, Is.Empty);
        Assert.That(again.Snapshot.Sources.Single(s => s.Slug == slug).Authors, Is.EqualTo(new[] { "Ann Author", "Bo Builder" }));
    }
}
