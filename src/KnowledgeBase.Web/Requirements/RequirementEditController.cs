using KnowledgeBase.Accounts;
using KnowledgeBase.History;
using KnowledgeBase.Requirements;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Accounts;
using KnowledgeBase.Web.Editing;
using KnowledgeBase.Web.History;
using KnowledgeBase.Web.Shared;
using KnowledgeBase.Web.ToolCatalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Requirements;

public sealed record RequirementEditPage(RequirementForm Form, string? OriginalCode, IReadOnlyList<(string Slug, string Name)> Layers,
    IReadOnlyList<ComponentChoice> Components, FormProblems Problems, EntityRecord? Theirs, string? Notice = null);

/// <summary>
/// Adding and correcting requirements on the site, for editors: statement, priority, traces to sources with the
/// locator that supports them, and the components concerned, checked by the importer's rules in one transaction.
/// </summary>
[RequiresRole(AccountRoles.Editor)]
public sealed class RequirementEditController(CatalogDbContext db, RequirementWrites writes) : Controller
{
    /// <param name="restore">A recorded delete whose requirement fills the form, to bring it back under its code.</param>
    [HttpGet("/requirements/new")]
    public async Task<IActionResult> New([FromQuery] long? restore, CancellationToken ct)
    {
        if (restore is not { } id)
            return await RenderAsync(new RequirementForm { Kind = "functional", Priority = "should" }, null, new FormProblems(), null, StatusCodes.Status200OK, ct);
        if (await Restores.FindAsync(db, id, EntityKinds.Requirement, null, ct) is not ({ } change, { } version) || change.Action != ChangeAction.Deleted) return NotFound();
        return await RenderAsync(RequirementForm.FromRecord(change.EntityKey, version), null, new FormProblems(), null, StatusCodes.Status200OK, ct,
            Restores.DeletedNotice(change));
    }

    [HttpPost("/requirements/new")]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Create(RequirementForm form, CancellationToken ct)
    {
        var (requirement, problems) = await CheckAsync(form, ct);
        if (requirement is null) return await RenderAsync(form, null, problems, null, StatusCodes.Status400BadRequest, ct);
        if (await db.Requirements.AnyAsync(r => r.Code == requirement.Code, ct))
        {
            problems.Add("code", $"{requirement.Code} exists already; choose the next free number, or edit that requirement");
            return await RenderAsync(form, null, problems, null, StatusCodes.Status409Conflict, ct);
        }
        await writes.AddAsync(requirement, Actor.Of(User), ct);
        return Redirect($"/requirements/{requirement.Code}");
    }

    [HttpGet("/requirements/{code}/edit")]
    public async Task<IActionResult> Edit([FromRoute] string code, [FromQuery] long? restore, CancellationToken ct)
    {
        var stored = await LoadAsync(code, tracked: false, ct);
        if (stored is null) return NotFound();
        var form = RequirementForm.From(stored);
        string? notice = null;
        if (restore is { } id)
        {
            if (await Restores.FindAsync(db, id, EntityKinds.Requirement, stored.Code, ct) is not ({ } change, { } version)) return NotFound();
            form = RequirementForm.FromRecord(stored.Code, version);
            form.Version = RequirementVersion.Of(stored);
            notice = Restores.AfterNotice(change, "the requirement");
        }
        return await RenderAsync(form, stored.Code, new FormProblems(), null, StatusCodes.Status200OK, ct, notice);
    }

    [HttpPost("/requirements/{code}/edit")]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Update([FromRoute] string code, RequirementForm form, CancellationToken ct)
    {
        var stored = await LoadAsync(code, tracked: true, ct);
        if (stored is null) return NotFound();
        form.Code = stored.Code; // checklists point at the code: it does not change here
        if (form.Version != RequirementVersion.Of(stored))
        {
            var conflict = new FormProblems();
            conflict.Add("form", "Someone saved this requirement after you opened it. Their version is beside yours: copy what you need into your form, then save again.");
            form.Version = RequirementVersion.Of(stored);
            return await RenderAsync(form, stored.Code, conflict, EntityRecords.Of(stored, stored.Sources, stored.Components), StatusCodes.Status409Conflict, ct);
        }
        var (requirement, problems) = await CheckAsync(form, ct);
        if (requirement is null) return await RenderAsync(form, stored.Code, problems, null, StatusCodes.Status400BadRequest, ct);
        await writes.UpdateAsync(stored, requirement, Actor.Of(User), ct);
        return Redirect($"/requirements/{stored.Code}");
    }

    [HttpGet("/requirements/{code}/delete")]
    public async Task<IActionResult> ConfirmDelete([FromRoute] string code, CancellationToken ct)
    {
        var stored = await LoadAsync(code, tracked: false, ct);
        if (stored is null) return NotFound();
        return await DeleteViewAsync(stored, await writes.UsesAsync(stored.Code, ct), StatusCodes.Status200OK, ct);
    }

    [HttpPost("/requirements/{code}/delete")]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Delete([FromRoute] string code, CancellationToken ct)
    {
        var stored = await LoadAsync(code, tracked: true, ct);
        if (stored is null) return NotFound();
        var uses = await writes.UsesAsync(stored.Code, ct);
        if (uses.Count > 0) return await DeleteViewAsync(stored, uses, StatusCodes.Status409Conflict, ct);
        await writes.DeleteAsync(stored, Actor.Of(User), ct);
        return Redirect("/requirements");
    }

    private async Task<ViewResult> DeleteViewAsync(Requirement requirement, IReadOnlyList<string> uses, int status, CancellationToken ct)
    {
        var items = await writes.UntouchedItemsAsync(requirement.Code, ct);
        var removes = $" with its {Plural(requirement.Sources.Count, "trace")} to sources" + (items == 0 ? "" : $" and its untouched items in {Plural(items, "stack checklist")}");
        ViewData["Title"] = $"Delete {requirement.Code}";
        ViewData["Crumbs"] = new[] { new Crumb("Requirements", "/requirements"), new Crumb(requirement.Code, $"/requirements/{requirement.Code}"), new Crumb("Delete") };
        return View("~/Editing/Delete.cshtml", new DeletePage("requirement", $"{requirement.Code} {requirement.Title}", $"/requirements/{requirement.Code}", removes, uses))
            .WithStatus(status);
    }

    private static string Plural(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";

    private Task<Requirement?> LoadAsync(string code, bool tracked, CancellationToken ct)
    {
        var wanted = code.ToUpperInvariant();
        var requirements = tracked ? db.Requirements : db.Requirements.AsNoTracking();
        return requirements.Include(r => r.Sources).Include(r => r.Components).SingleOrDefaultAsync(r => r.Code == wanted, ct);
    }

    private async Task<(Requirement?, FormProblems)> CheckAsync(RequirementForm form, CancellationToken ct)
    {
        var layers = await db.Layers.AsNoTracking().ToListAsync(ct);
        var components = await db.Components.AsNoTracking().ToListAsync(ct);
        var sources = (await db.Sources.AsNoTracking().Select(s => s.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return form.Check(layers, components, sources);
    }

    private async Task<ViewResult> RenderAsync(RequirementForm form, string? originalCode, FormProblems problems, EntityRecord? theirs, int status,
        CancellationToken ct, string? notice = null)
    {
        var layers = (await db.Layers.AsNoTracking().OrderBy(l => l.Order).Select(l => new { l.Slug, l.Name }).ToListAsync(ct)).Select(l => (l.Slug, l.Name)).ToList();
        var components = await db.Components.AsNoTracking().OrderBy(c => c.Layer!.Order).ThenBy(c => c.Order)
            .Select(c => new ComponentChoice(c.Slug, c.Name, c.Layer!.Name)).ToListAsync(ct);
        ViewData["Title"] = originalCode is null ? "Add a requirement" : $"Edit {originalCode}";
        ViewData["Crumbs"] = originalCode is null
            ? new[] { new Crumb("Requirements", "/requirements"), new Crumb("Add a requirement") }
            : new[] { new Crumb("Requirements", "/requirements"), new Crumb(originalCode, $"/requirements/{originalCode}"), new Crumb("Edit") };
        var view = View("~/Requirements/Edit.cshtml", new RequirementEditPage(form, originalCode, layers, components, problems, theirs, notice));
        view.StatusCode = status;
        return view;
    }
}
