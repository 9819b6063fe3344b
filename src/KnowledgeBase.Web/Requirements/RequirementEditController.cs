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
    [HttpGet("/requirements/new")]
    public async Task<IActionResult> New(CancellationToken ct) =>
        await RenderAsync(new RequirementForm { Kind = "functional", Priority = "should" }, null, new FormProblems(), null, StatusCodes.Status200OK, ct);

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
            var change = await db.Changes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.EntityKind == EntityKinds.Requirement && c.EntityKey == stored.Code, ct);
            if (change is null || ChangeText.Version(change) is not { } version) return NotFound();
            form = RequirementForm.FromRecord(stored.Code, version);
            form.Version = RequirementVersion.Of(stored);
            notice = $"The form holds the requirement as it was after change {id} ({change.At:yyyy-MM-dd HH:mm} UTC, by {change.Actor}). Save to restore it.";
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
