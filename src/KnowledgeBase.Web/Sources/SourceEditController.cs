using KnowledgeBase.Accounts;
using KnowledgeBase.Literature;
using KnowledgeBase.Literature.References;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Accounts;
using KnowledgeBase.Web.Shared;
using KnowledgeBase.History;
using KnowledgeBase.Web.Editing;
using KnowledgeBase.Web.History;
using KnowledgeBase.Web.Stacks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Sources;

public static class SourceEditRoutes
{
    /// <summary>The slug <c>/sources/new</c> would shadow.</summary>
    public const string Reserved = "new";
}

/// <summary>What the source form shows: the form, the rendered preview, problems, and on a conflict the newer version.</summary>
public sealed record SourceEditPage(SourceForm Form, string? OriginalSlug, string PreviewHtml, IReadOnlyList<string> Problems, SourceForm? Theirs);

/// <summary>What pasting references shows: each entry as a draft, with its duplicate if any, and the problems by line.</summary>
public sealed record ReferencesPage(string Text, ReferenceReadResult? Result);

/// <summary>
/// Adding and editing sources on the site, for editors: a form with the note's fields and its Markdown, previewed on
/// the server (no JavaScript needed), or BibTeX/RIS pasted and saved as drafts. One write transaction per form.
/// </summary>
[RequiresRole(AccountRoles.Editor)]
public sealed class SourceEditController(CatalogDbContext db, SourceWrites writes, NoteRenderer renderer, TimeProvider clock) : Controller
{
    /// <summary>Pasted reference lists are bounded like any form value; a long Zotero export still fits.</summary>
    public const int MaxPastedCharacters = 1_000_000;

    /// <param name="restore">A recorded delete whose source fills the form, to bring it back.</param>
    [HttpGet("/sources/new")]
    public async Task<IActionResult> New([FromQuery] long? restore, CancellationToken ct)
    {
        if (restore is not { } id) return Render(new SourceForm { DateAdded = Today() }, null, [], null, StatusCodes.Status200OK);
        if (await Restores.FindAsync(db, id, EntityKinds.Source, null, ct) is not ({ } change, { } version) || change.Action != ChangeAction.Deleted) return NotFound();
        ViewData["Notice"] = Restores.DeletedNotice(change);
        return Render(SourceForm.FromRecord(change.EntityKey, version), null, [], null, StatusCodes.Status200OK);
    }

    [HttpPost("/sources/new")]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Create(SourceForm form, CancellationToken ct)
    {
        if (form.Command != "save") return Render(form, null, [], null, StatusCodes.Status200OK);
        var (source, problems) = form.Check(null);
        if (source is null) return Render(form, null, problems, null, StatusCodes.Status400BadRequest);
        if (await writes.ExistsAsync(source.Slug, ct))
            return Render(form, null, [$"a source with the slug '{source.Slug}' exists already; choose another"], null, StatusCodes.Status409Conflict);
        await writes.AddAsync([source], Actor.Of(User), ct);
        return Redirect($"/sources/{source.Slug}");
    }

    /// <param name="restore">A recorded change of this source whose version fills the form, for an editor to save back.</param>
    [HttpGet("/sources/{slug}/edit")]
    public async Task<IActionResult> Edit([FromRoute] string slug, [FromQuery] long? restore, CancellationToken ct)
    {
        var source = await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, ct);
        if (source is null) return NotFound();
        if (restore is not { } id) return Render(SourceForm.From(source), slug, [], null, StatusCodes.Status200OK);
        if (await Restores.FindAsync(db, id, EntityKinds.Source, slug, ct) is not ({ } change, { } version)) return NotFound();
        var form = SourceForm.FromRecord(slug, version);
        form.Version = SourceVersion.Of(source);
        ViewData["Notice"] = Restores.AfterNotice(change, "the source");
        return Render(form, slug, [], null, StatusCodes.Status200OK);
    }

    [HttpPost("/sources/{slug}/edit")]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Update([FromRoute] string slug, SourceForm form, CancellationToken ct)
    {
        var stored = await db.Sources.SingleOrDefaultAsync(s => s.Slug == slug, ct);
        if (stored is null) return NotFound();
        form.Slug = slug; // traces and checklists point at the slug: it does not change here
        if (form.Command != "save") return Render(form, slug, [], null, StatusCodes.Status200OK);
        if (form.Version != SourceVersion.Of(stored))
            return Render(form, slug, ["Someone saved this source after you opened it. Their version is beside yours: copy what you need into your form, then save again."],
                SourceForm.From(stored), StatusCodes.Status409Conflict);
        var (source, problems) = form.Check(stored);
        if (source is null) return Render(form, slug, problems, null, StatusCodes.Status400BadRequest);
        await writes.UpdateAsync(stored, source, Actor.Of(User), ct);
        return Redirect($"/sources/{slug}");
    }

    [HttpGet("/sources/{slug}/delete")]
    public async Task<IActionResult> ConfirmDelete([FromRoute] string slug, CancellationToken ct)
    {
        var stored = await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, ct);
        if (stored is null) return NotFound();
        return DeleteView(stored, await writes.UsesAsync(slug, ct), StatusCodes.Status200OK);
    }

    [HttpPost("/sources/{slug}/delete")]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Delete([FromRoute] string slug, CancellationToken ct)
    {
        var stored = await db.Sources.SingleOrDefaultAsync(s => s.Slug == slug, ct);
        if (stored is null) return NotFound();
        var uses = await writes.UsesAsync(slug, ct);
        if (uses.Count > 0) return DeleteView(stored, uses, StatusCodes.Status409Conflict);
        await writes.DeleteAsync(stored, Actor.Of(User), ct);
        return Redirect("/sources");
    }

    [HttpGet("/sources/new/references")]
    public IActionResult References() => ReferencesView(new ReferencesPage("", null), StatusCodes.Status200OK);

    /// <summary>Reads pasted BibTeX or RIS; <c>save</c> stores every entry that has no problem and is no duplicate, as a draft.</summary>
    [HttpPost("/sources/new/references")]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> References(string? text, string? command, CancellationToken ct)
    {
        text ??= "";
        if (text.Length > MaxPastedCharacters)
            return EditPolicy.Refusal(ControllerContext, StatusCodes.Status413PayloadTooLarge, "Too much text",
                $"Paste at most {MaxPastedCharacters:N0} characters at a time; split a large export into parts.");
        var existing = await db.Sources.AsNoTracking().ToListAsync(ct);
        var result = ReferenceReader.Read(text, "pasted", existing);
        var saveable = result.Entries.Where(e => e.Duplicate is null).Select(e => e.Draft).ToList();
        if (command != "save" || saveable.Count == 0)
            return ReferencesView(new ReferencesPage(text, result), text.Length > 0 && result.Entries.Count == 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
        foreach (var draft in saveable) draft.DateAdded ??= Today();
        await writes.AddAsync(saveable, Actor.Of(User), ct);
        return Redirect(saveable.Count == 1 ? $"/sources/{saveable[0].Slug}/edit" : "/sources?sort=added");
    }

    private ViewResult Render(SourceForm form, string? originalSlug, IReadOnlyList<string> problems, SourceForm? theirs, int status)
    {
        var title = originalSlug is null ? "Add a source" : $"Edit {form.Title}";
        ViewData["Title"] = title;
        ViewData["Crumbs"] = originalSlug is null
            ? new[] { new Crumb("Sources", "/sources"), new Crumb("Add a source") }
            : new[] { new Crumb("Sources", "/sources"), new Crumb(form.Title ?? originalSlug, $"/sources/{originalSlug}"), new Crumb("Edit") };
        var note = form.Note ?? "";
        var preview = note.Length <= FieldLimits.NoteBody ? renderer.Render(note) : "";
        var view = View("~/Sources/Edit.cshtml", new SourceEditPage(form, originalSlug, preview, problems, theirs));
        view.StatusCode = status;
        return view;
    }

    private ViewResult DeleteView(Source source, IReadOnlyList<string> uses, int status)
    {
        ViewData["Title"] = $"Delete {source.Title}";
        ViewData["Crumbs"] = new[] { new Crumb("Sources", "/sources"), new Crumb(source.Title, $"/sources/{source.Slug}"), new Crumb("Delete") };
        return View("~/Editing/Delete.cshtml", new DeletePage("source", source.Title, $"/sources/{source.Slug}", " with its note; the next export removes its file", uses))
            .WithStatus(status);
    }

    private ViewResult ReferencesView(ReferencesPage page, int status)
    {
        ViewData["Title"] = "Add sources from BibTeX or RIS";
        ViewData["Crumbs"] = new[] { new Crumb("Sources", "/sources"), new Crumb("From BibTeX or RIS") };
        var view = View("~/Sources/References.cshtml", page);
        view.StatusCode = status;
        return view;
    }

    private string Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
