using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Tests.Stacks;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Security;

/// <summary>
/// The rest of the table: oversize values and bodies, hostile slugs in slug fields and in routes, files that are not
/// spreadsheets, and the note preview. Refused means 400, 404 or 413 with a message, never a 500 or a stack trace,
/// and not one row of the database or one file on disk changed.
/// </summary>
public partial class HostilePayloadTests
{
    private static readonly System.Text.RegularExpressions.Regex StackTrace =
        new(@"\b[\w.]*Exception: |^\s+at [\w.`<>]+\(", System.Text.RegularExpressions.RegexOptions.Multiline);

    /// <summary>One field per form, each at its declared limit plus one.</summary>
    private static IEnumerable<TestCaseData> OversizeFields() =>
        new (HostileField Field, int Limit)[]
        {
            (new("source", "Title", FieldShape.Line), FieldLimits.Name), (new("source", "Note", FieldShape.Exact), FieldLimits.NoteBody),
            (new("tool", "Summary", FieldShape.Line), FieldLimits.Summary), (new("tool", "Coverage[0].Evidence", FieldShape.Line), FieldLimits.Url),
            (new("requirement", "Statement", FieldShape.Line), FieldLimits.Statement), (new("requirement", "Traces[0].Note", FieldShape.Line), FieldLimits.Statement),
            (new("stack", "Summary", FieldShape.Exact), FieldLimits.Summary), (new("checklist", "Note", FieldShape.Exact), FieldLimits.Statement),
            (new("checklist-upload", "note", FieldShape.Exact), FieldLimits.Statement), (new("submission", "Name", FieldShape.Exact), FieldLimits.Name),
            (new("reject", "reason", FieldShape.Exact), FieldLimits.Summary), (new("wanted", "details", FieldShape.Line), FieldLimits.Summary),
            (new("references", "title", FieldShape.Words), FieldLimits.FullTitle),
        }.Select(c => new TestCaseData(c.Field, c.Limit).SetArgDisplayNames(c.Field.ToString(), c.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [TestCaseSource(nameof(OversizeFields))]
    public async Task A_value_over_its_declared_limit_is_refused_with_the_limit_and_writes_nothing(HostileField field, int limit)
    {
        var before = "";
        var attempt = await SubmitAsync(field, new string('x', limit + 1), () => before = SiteDatabase.Fingerprint(Site));

        Assert.That(attempt.Response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest).Or.EqualTo(HttpStatusCode.RequestEntityTooLarge), attempt.Body);
        Assert.That(StackForms.Parse(attempt.Body).QuerySelector(".errors, main")!.TextContent, Does.Contain(limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)).Or.Contain("too long"));
        Assert.That(attempt.Body, Does.Not.Match(StackTrace.ToString()));
        Assert.That(SiteDatabase.Fingerprint(Site), Is.EqualTo(before), "nothing written");
    }

    /// <summary>At its limit exactly, in characters that URL-encoding makes three to nine bytes long, each value still saves.</summary>
    private static IEnumerable<TestCaseData> FullFields() =>
        new (HostileField Field, int Limit)[]
        {
            (new("source", "Note", FieldShape.Exact), 20_000), (new("tool", "Summary", FieldShape.Line), FieldLimits.Summary),
            (new("requirement", "Statement", FieldShape.Line), FieldLimits.Statement), (new("stack", "Summary", FieldShape.Exact), FieldLimits.Summary),
            (new("checklist", "Note", FieldShape.Exact), FieldLimits.Statement), (new("reject", "reason", FieldShape.Exact), FieldLimits.Summary),
            (new("wanted", "details", FieldShape.Line), FieldLimits.Summary),
        }.Select(c => new TestCaseData(c.Field, c.Limit).SetArgDisplayNames(c.Field.ToString(), c.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [TestCaseSource(nameof(FullFields))]
    public async Task A_value_at_its_declared_limit_is_stored_however_long_its_encoding(HostileField field, int length)
    {
        var value = string.Concat(Enumerable.Repeat("€&", length / 2));
        var attempt = await SubmitAsync(field, value, () => { });

        Assert.That(attempt.Response.StatusCode, Is.EqualTo(HttpStatusCode.Found), StackForms.Parse(attempt.Body).QuerySelector("main")?.TextContent.Trim());
        Assert.That(await attempt.Stored(), Is.EqualTo(value));
    }

    // A body over RequestLimits.MaxRequestBodyBytes is refused with 413 before it is read: the test server does not
    // apply the limit, so RequestLimitTests checks every form's address against the real server.

    private static IEnumerable<TestCaseData> SlugFields() =>
        from field in new[] { new HostileField("source", "Slug", FieldShape.Line), new("tool", "Slug", FieldShape.Line), new("stack", "Slug", FieldShape.Line), new("requirement", "Code", FieldShape.Line), new("submission", "Slug", FieldShape.Line) }
        from slug in HostilePayloads.Slugs
        select new TestCaseData(field, slug).SetArgDisplayNames(field.ToString(), slug.Name);

    [TestCaseSource(nameof(SlugFields))]
    public async Task A_hostile_slug_in_a_form_is_refused_and_nothing_is_written_to_the_database_or_the_disk(HostileField field, HostilePayload slug)
    {
        var before = "";
        var files = DataFiles();
        var attempt = await SubmitAsync(field, slug.Text, () => before = SiteDatabase.Fingerprint(Site));

        Assert.That(attempt.Response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), StackForms.Parse(attempt.Body).QuerySelector("main")?.TextContent.Trim());
        // A NUL is refused before any form is read, with the site's "the request could not be read" page.
        var message = slug.Text.Contains('\0', StringComparison.Ordinal) ? StackForms.Parse(attempt.Body).QuerySelector("main")?.TextContent : StackForms.Parse(attempt.Body).QuerySelector(".errors")?.TextContent;
        Assert.That(message, Does.Contain("slug").Or.Contain("code").Or.Contain("could not be read"));
        Assert.That(SiteDatabase.Fingerprint(Site), Is.EqualTo(before), "nothing stored");
        Assert.That(DataFiles().Except(files), Is.Empty, "no file written beside the database");
        Assert.That(File.Exists(Path.Combine(Site.DataDir, "..", "hostile-escape")) || File.Exists(Path.Combine(Site.DataDir, "..", "hostile-escape.md")), Is.False);
    }

    /// <summary>Files of the data directory, but the search index's, which a background commit may rewrite.</summary>
    private List<string> DataFiles() =>
        [.. Directory.EnumerateFiles(Path.GetDirectoryName(Site.DataDir)!, "*hostile*", SearchOption.TopDirectoryOnly)
            .Concat(Directory.EnumerateFiles(Site.DataDir, "*", SearchOption.TopDirectoryOnly).Where(f => !f.EndsWith("-wal", StringComparison.Ordinal) && !f.EndsWith("-shm", StringComparison.Ordinal)))];

    private static readonly string[] SlugRoutes =
    [
        "/sources/{0}/edit", "/tools/{0}/edit", "/tools/{0}/delete", "/requirements/{0}/edit", "/stacks/{0}/edit", "/stacks/{0}/delete",
        "/stacks/{0}/checklist", "/stacks/{0}/checklist/create", "/stacks/{0}/checklist/import",
    ];

    private static IEnumerable<TestCaseData> RouteSlugs() =>
        // A NUL in a path is refused by the server before the site sees it (the test server throws instead).
        from route in SlugRoutes from slug in HostilePayloads.Slugs.Where(s => !s.Text.Contains('\0', StringComparison.Ordinal)) select new TestCaseData(route, slug).SetArgDisplayNames(route, slug.Name);

    [TestCaseSource(nameof(RouteSlugs))]
    public async Task A_hostile_slug_in_a_route_is_a_400_or_404_that_writes_nothing(string route, HostilePayload slug)
    {
        var token = await StackForms.TokenAsync(Client, "/stacks/new");
        var before = SiteDatabase.Fingerprint(Site);
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, route, Uri.EscapeDataString(slug.Text));
        using var response = await StackForms.PostAsync(Client, url, token, ("Name", "Hostile"), ("Slug", "hostile"), ("Command", "save"), ("item[0].Code", "MOD-01"), ("item[0].Status", "done"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest).Or.EqualTo(HttpStatusCode.NotFound), body);
        Assert.That(body, Does.Not.Match(StackTrace.ToString()));
        Assert.That(SiteDatabase.Fingerprint(Site), Is.EqualTo(before));
    }

    private static readonly (string Name, string FileName, string Type, string Content)[] NotSpreadsheets =
    [
        ("SVG with script", "checklist.svg", "image/svg+xml", $"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert('{HostilePayloads.Marker}')\"><script>alert('{HostilePayloads.Marker}')</script></svg>"),
        ("SVG named .csv", "checklist.csv", "text/csv", $"<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert('{HostilePayloads.Marker}')</script></svg>"),
        ("HTML page", "checklist.html", "text/html", $"<html><body><script>alert('{HostilePayloads.Marker}')</script></body></html>"),
        ("traversing file name", "../../../hostile-escape.csv", "text/csv", "not,a,checklist\n"),
    ];

    private static IEnumerable<TestCaseData> Uploads() => NotSpreadsheets.Select(u => new TestCaseData(u.FileName, u.Type, u.Content).SetArgDisplayNames(u.Name));

    [TestCaseSource(nameof(Uploads))]
    public async Task A_file_that_is_not_a_checklist_is_refused_and_never_served(string fileName, string type, string content)
    {
        var slug = await StackWithChecklistAsync();
        var token = await StackForms.TokenAsync(Client, $"/stacks/{slug}/checklist", $"/stacks/{slug}/checklist/import");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(file, "file", fileName);
        var before = SiteDatabase.Fingerprint(Site);
        var files = DataFiles();
        using var response = await Client.PostAsync(new Uri($"/stacks/{slug}/checklist/import", UriKind.Relative), form);
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(StackForms.Parse(body).QuerySelector(".errors")?.TextContent, Does.Contain("Nothing was changed"));
        HostilePayloads.AssertInert(body, "the refusal");
        Assert.That(SiteDatabase.Fingerprint(Site), Is.EqualTo(before));
        Assert.That(DataFiles().Except(files), Is.Empty, "the upload is read, never kept");
    }

    private static IEnumerable<TestCaseData> Payloads() => HostilePayloads.All.Select(p => new TestCaseData(p).SetArgDisplayNames(p.Name));

    [TestCaseSource(nameof(Payloads))]
    public async Task The_note_preview_renders_a_hostile_note_inert_and_stores_nothing(HostilePayload payload)
    {
        var slug = "hx-preview-" + Guid.NewGuid().ToString("N")[..8];
        var token = await StackForms.TokenAsync(Client, "/sources/new", "/sources/new");
        var before = SiteDatabase.Fingerprint(Site);
        using var response = await StackForms.PostAsync(Client, "/sources/new", token, ("Slug", slug), ("Title", "Preview"), ("Kind", "paper"),
            ("Note", $"# Heading\n\n{payload.Text}\n\n<div onclick=\"alert('{HostilePayloads.Marker}')\">raw html</div>\n"), ("Command", "preview"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(StackForms.Parse(body).QuerySelector(".note-preview .note h1")?.TextContent, Is.EqualTo("Heading"), "the preview rendered the note");
        HostilePayloads.AssertInert(body, "the preview");
        Assert.That(SiteDatabase.Fingerprint(Site), Is.EqualTo(before));
    }
}
