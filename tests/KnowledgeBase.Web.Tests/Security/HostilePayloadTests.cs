using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeBase.Accounts;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Tests.Stacks;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Security;

/// <summary>How a field keeps what was typed: one line trimmed (or with its spaces folded, as BibTeX does), a list of items, or the text exactly.</summary>
public enum FieldShape { Line, Words, Folded, Items, Lines, Exact, Identifiers }

/// <summary>One stored, shown field of one form.</summary>
public sealed record HostileField(string Form, string Field, FieldShape Shape)
{
    public override string ToString() => $"{Form}.{Field}";
}

/// <summary>
/// The hostile-payload table (<see cref="HostilePayloads.All"/>) pushed through every field of every form and upload
/// that stores and shows text, over HTTP against the real site. Each value is either refused (400 with a message by
/// the field, and not one row of the database changed) or stored as plain text, exactly as typed; and every page,
/// feed and export that shows it shows it inert. Each case works on data of its own.
/// </summary>
public partial class HostilePayloadTests() : SiteSession(followRedirects: false,
    // The sign-in cases post the form many times a minute from one address; the limits have tests of their own.
    ("KnowledgeBase:SignIn:PerAddressPerMinute", "100000"), ("KnowledgeBase:SignIn:PerNamePerMinute", "100000"))
{
    protected override string? SignInAs => AccountRoles.Editor;

    private HttpClient _contributor = null!;

    [OneTimeSetUp]
    public async Task SignInContributor() => _contributor = await TestAccounts.SignedInAsAsync(Site, AccountRoles.Contributor);

    [OneTimeTearDown]
    public void SignOutContributor() => _contributor.Dispose();

    private static readonly HostileField[] Fields =
    [
        new("source", "Title", FieldShape.Line), new("source", "FullTitle", FieldShape.Line), new("source", "Authors", FieldShape.Lines),
        new("source", "Kind", FieldShape.Folded), new("source", "Tags", FieldShape.Items), new("source", "Identifiers", FieldShape.Identifiers),
        new("source", "Note", FieldShape.Exact),
        new("tool", "Name", FieldShape.Line), new("tool", "Vendor", FieldShape.Line), new("tool", "Summary", FieldShape.Line),
        new("tool", "License", FieldShape.Line), new("tool", "Tags", FieldShape.Items), new("tool", "Homepage", FieldShape.Line),
        new("tool", "Repository", FieldShape.Line), new("tool", "Coverage[0].Evidence", FieldShape.Line),
        new("requirement", "Title", FieldShape.Line), new("requirement", "Statement", FieldShape.Line), new("requirement", "Tags", FieldShape.Items),
        new("requirement", "Traces[0].Note", FieldShape.Line),
        new("layer", "Name", FieldShape.Line), new("layer", "Summary", FieldShape.Line),
        new("component", "Name", FieldShape.Line), new("component", "Summary", FieldShape.Line),
        new("pipeline", "Name", FieldShape.Line), new("pipeline", "Summary", FieldShape.Line), new("pipeline", "Stages[0].Name", FieldShape.Line),
        new("stack", "Name", FieldShape.Line), new("stack", "Author", FieldShape.Exact), new("stack", "Contact", FieldShape.Exact),
        new("stack", "Summary", FieldShape.Exact),
        new("checklist", "Owner", FieldShape.Exact), new("checklist", "Note", FieldShape.Exact), new("checklist", "Evidence", FieldShape.Line),
        new("checklist-upload", "owner", FieldShape.Exact), new("checklist-upload", "note", FieldShape.Exact), new("checklist-upload", "evidence", FieldShape.Line),
        new("submission", "Name", FieldShape.Exact), new("submission", "Author", FieldShape.Exact), new("submission", "Summary", FieldShape.Exact),
        new("reject", "reason", FieldShape.Exact),
        new("wanted", "title", FieldShape.Line), new("wanted", "details", FieldShape.Line),
        new("references", "title", FieldShape.Words), new("references", "url", FieldShape.Identifiers),
        new("sign-in", "Name", FieldShape.Line), new("sign-in", "ReturnUrl", FieldShape.Line),
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        from field in Fields from payload in HostilePayloads.All select new TestCaseData(field, payload).SetArgDisplayNames(field.ToString(), payload.Name);

    /// <summary>What one hostile post did, and where to look for what it stored.</summary>
    private sealed record Attempt(HttpResponseMessage Response, string Body, Func<Task<string?>> Stored)
    {
        public List<string> Pages { get; } = [];
        public List<string> Feeds { get; } = [];
        public List<string> Spreadsheets { get; } = [];
        public List<string> Markdown { get; } = [];
        /// <summary>Pages that must link the entity once it is stored: proof the page under test shows it.</summary>
        public List<(string Page, string Href)> Listed { get; } = [];
        /// <summary>False for a form that stores nothing the visitor typed (signing in): only what it shows is checked.</summary>
        public bool Stores { get; init; } = true;
        /// <summary>Pages fetched by another client than the editor's.</summary>
        public List<(HttpClient Client, string Page)> PagesAs { get; } = [];
    }

    [TestCaseSource(nameof(Cases))]
    public async Task A_hostile_value_is_refused_or_stored_as_typed_and_shown_inert_everywhere(HostileField field, HostilePayload payload)
    {
        var before = "";
        var attempt = await SubmitAsync(field, payload.Text, () => before = SiteDatabase.Fingerprint(Site));
        var status = attempt.Response.StatusCode;

        Assert.That(before, Is.Not.Empty, "the fingerprint was taken just before the hostile post");
        Assert.That((int)status, Is.LessThan(500), attempt.Body);
        HostilePayloads.AssertInert(attempt.Body, "the answer to the post");
        var stored = await attempt.Stored();
        if (!attempt.Stores)
        {
            await AssertShownInertAsync(attempt, stored: false);
            return;
        }
        if (payload.Refused)
            Assert.That(stored is null || stored.Length == 0, Is.True, $"{payload.Name} are refused or dropped, never stored: {stored}");
        if (status is HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.OK && stored is not null)
        {
            Assert.That(Accepts(field.Shape, payload.Text, stored), Is.True, $"stored as typed: expected {Expected(field.Shape, payload.Text)}, stored {stored}");
        }
        else
        {
            var shown = StackForms.Parse(attempt.Body).QuerySelector("main")?.TextContent.Trim() ?? attempt.Body;
            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest).Or.EqualTo(HttpStatusCode.OK), $"refused, with a message: {shown[..Math.Min(shown.Length, 600)]}");
            Assert.That(StackForms.Parse(attempt.Body).QuerySelector(".errors")?.TextContent.Trim(), Is.Not.Null.And.Not.Empty, $"the refusal says what is wrong: {(int)status} {shown[..Math.Min(shown.Length, 600)]}");
            Assert.That(SiteDatabase.Fingerprint(Site), Is.EqualTo(before), "a refused post writes nothing");
        }
        await AssertShownInertAsync(attempt, stored is not null);
    }

    private async Task AssertShownInertAsync(Attempt attempt, bool stored)
    {
        // What was refused has no page of its own: a 404 there is right, and is checked like any page.
        foreach (var page in attempt.Pages)
            HostilePayloads.AssertInert(await OkTextAsync(Client, page, notFoundAllowed: !stored), page);
        foreach (var (client, page) in attempt.PagesAs)
            HostilePayloads.AssertInert(await OkTextAsync(client, page, notFoundAllowed: !stored), page);
        foreach (var feed in attempt.Feeds)
            HostilePayloads.AssertInertFeed(await OkTextAsync(Client, feed), feed);
        foreach (var sheet in attempt.Spreadsheets)
            if (await TextOrNullAsync(Client, sheet, stored) is { } csv) HostilePayloads.AssertNoFormulaCells(csv, sheet);
        foreach (var markdown in attempt.Markdown)
            if (await TextOrNullAsync(Client, markdown, stored) is { } md) HostilePayloads.AssertInertMarkdown(md, markdown);
        if (!stored) return;
        foreach (var (page, href) in attempt.Listed)
            Assert.That(StackForms.Parse(await OkTextAsync(Client, page)).QuerySelector($"a[href='{href}']"), Is.Not.Null, $"{page} shows what was stored");
    }

    private static async Task<string> OkTextAsync(HttpClient client, string url, bool notFoundAllowed = false)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        var expected = notFoundAllowed ? Is.EqualTo(HttpStatusCode.OK).Or.EqualTo(HttpStatusCode.NotFound) : Is.EqualTo(HttpStatusCode.OK);
        Assert.That(response.StatusCode, expected, $"{url}: {text[..Math.Min(text.Length, 2000)]}");
        return text;
    }

    /// <summary>The export's text; null when what was refused has no export (a 404).</summary>
    private static async Task<string?> TextOrNullAsync(HttpClient client, string url, bool stored)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        if (!stored && response.StatusCode == HttpStatusCode.NotFound) return null;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        return await response.Content.ReadAsStringAsync();
    }

    // What "stored as typed" means for each shape of field.

    private static string Line(string text) => text.Replace('\r', ' ').Replace('\n', ' ').Trim();

    private static List<string> Items(string text) => [.. text.Split([',', ';', '\n']).Select(t => t.Trim()).Where(t => t.Length > 0)];

    private static string Expected(FieldShape shape, string text) => shape switch
    {
        FieldShape.Line => Line(text),
        FieldShape.Folded => Line(text).ToLowerInvariant(),
        FieldShape.Words => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
        FieldShape.Items => string.Join("\n", Items(text)),
        FieldShape.Lines => string.Join("\n", text.Split('\n').Select(t => t.Trim()).Where(t => t.Length > 0)),
        FieldShape.Identifiers => "values that are each part of the text typed",
        _ => text.ReplaceLineEndings("\n"),
    };

    private static bool Accepts(FieldShape shape, string typed, string stored) => shape switch
    {
        // An identifier that is not a link is kept as text or dropped: whatever is kept is part of what was typed.
        FieldShape.Identifiers => stored.Split('\n', StringSplitOptions.RemoveEmptyEntries).All(v => typed.Contains(v, StringComparison.Ordinal)),
        FieldShape.Exact => stored == Expected(shape, typed) || stored == typed.Trim(),
        _ => stored == Expected(shape, typed),
    };
}
