using KnowledgeBase.Accounts;
using KnowledgeBase.History;
using KnowledgeBase.Storage;
using KnowledgeBase.Tools;
using KnowledgeBase.Web.Accounts;
using KnowledgeBase.Web.Editing;
using KnowledgeBase.Web.History;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.ToolCatalog;

/// <summary>What the tool form shows: the form, the components to choose from, problems by field, and on a conflict the newer version.</summary>
public sealed record ToolEditPage(ToolForm Form, string? OriginalSlug, IReadOnlyList<ComponentChoice> Components, FormProblems Problems,
    EntityRecord? Theirs, string? Notice = null);

public sealed record ComponentChoice(string Slug, string Name, string Layer);

/// <summary>
/// Adding, correcting and deleting tools on the site, for editors: the tool's columns and its coverage rows with
/// their evidence, checked by the importer's rules, in one write transaction per form.
/// </summary>
[RequiresRole(AccountRoles.Editor)]
public sealed class ToolEditController(CatalogDbContext db, ToolWrites writes) : Controller
{
    /// <param name="restore">A recorded delete whose tool fills the form, to bring it back.</param>
    [HttpGet("/tools/new")]
    public async Task<IActionResult> New([FromQuery] long? restore, CancellationToken ct)
    {
        if (restore is not { } id)
            return await RenderAsync(new ToolForm { Kind = "open-source" }, null, new FormProblems(), null, StatusCodes.Status200OK, ct);
        var change = await db.Changes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.EntityKind == EntityKinds.Tool, ct);
        if (change is null || ChangeText.Version(change) is not { } version) return NotFound();
        return await RenderAsync(ToolForm.FromRecord(change.EntityKey, version), null, new FormProblems(), null, StatusCodes.Status200OK, ct,
            $"The form holds {change.EntityName} as it was before change {id} deleted it. Save to restore it.");
    }

    [HttpPost("/tools/new")]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Create(ToolForm form, CancellationToken ct)
    {
        var (tool, problems) = await CheckAsync(form, ct);
        if (tool is null) return await RenderAsync(form, null, problems, null, StatusCodes.Status400BadRequest, ct);
        if (await db.Tools.AnyAsync(t => t.Slug == tool.Slug, ct))
        {
            problems.Add("slug", $"a tool with the slug '{tool.Slug}' exists already; choose another, or edit that tool");
            return await RenderAsync(form, null, problems, null, StatusCodes.Status409Conflict, ct);
        }
        await writes.AddAsync(tool, Actor.Of(User), ct);
        return Redirect($"/tools/{tool.Slug}");
    }

    /// <param name="restore">A recorded change of this tool whose version fills the form, for an editor to save back.</param>
    [HttpGet("/tools/{slug}/edit")]
    public async Task<IActionResult> Edit([FromRoute] string slug, [FromQuery] long? restore, CancellationToken ct)
    {
        var stored = await LoadAsync(slug, tracked: false, ct);
        if (stored is null) return NotFound();
        var form = ToolForm.From(stored, stored.Coverage);
        string? notice = null;
        if (restore is { } id)
        {
            var change = await db.Changes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.EntityKind == EntityKinds.Tool && c.EntityKey == slug, ct);
            if (change is null || ChangeText.Version(change) is not { } version) return NotFound();
            form = ToolForm.FromRecord(slug, version);
            form.Version = ToolVersion.Of(stored, stored.Coverage);
            notice = $"The form holds the tool as it was after change {id} ({change.At:yyyy-MM-dd HH:mm} UTC, by {change.Actor}). Save to restore it.";
        }
        return await RenderAsync(form, slug, new FormProblems(), null, StatusCodes.Status200OK, ct, notice);
    }

    [HttpPost("/tools/{slug}/edit")]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Update([FromRoute] string slug, ToolForm form, CancellationToken ct)
    {
        var stored = await LoadAsync(slug, tracked: true, ct);
        if (stored is null) return NotFound();
        form.Slug = slug; // stacks and relations point at the slug: it does not change here
        if (form.Version != ToolVersion.Of(stored, stored.Coverage))
        {
            var conflict = new FormProblems();
            conflict.Add("form", "Someone saved this tool after you opened it. Their version is beside yours: copy what you need into your form, then save again.");
            form.Version = ToolVersion.Of(stored, stored.Coverage); // saving again overwrites knowingly
            return await RenderAsync(form, slug, conflict, EntityRecords.Of(stored, stored.Coverage), StatusCodes.Status409Conflict, ct);
        }
        var (tool, problems) = await CheckAsync(form, ct);
        var kept = tool?.Coverage.Select(c => c.ComponentSlug).ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var use in await writes.UsesAsync(slug, ct))
            if (tool is not null && !kept.Contains(use.Component))
                problems.Add("coverage", $"the stack '{use.Stack}' uses this tool for '{use.Component}': take it out of the stack before removing that coverage");
        if (tool is null || !problems.IsEmpty) return await RenderAsync(form, slug, problems, null, StatusCodes.Status400BadRequest, ct);
        await writes.UpdateAsync(stored, tool, Actor.Of(User), ct);
        return Redirect($"/tools/{slug}");
    }

    [HttpGet("/tools/{slug}/delete")]
    public async Task<IActionResult> ConfirmDelete([FromRoute] string slug, CancellationToken ct)
    {
        var stored = await db.Tools.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == slug, ct);
        if (stored is null) return NotFound();
        return DeleteView(stored, await writes.UsesAsync(slug, ct), StatusCodes.Status200OK);
    }

    [HttpPost("/tools/{slug}/delete")]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Delete([FromRoute] string slug, CancellationToken ct)
    {
        var stored = await LoadAsync(slug, tracked: true, ct);
        if (stored is null) return NotFound();
        var uses = await writes.UsesAsync(slug, ct);
        if (uses.Count > 0) return DeleteView(stored, uses, StatusCodes.Status409Conflict);
        await writes.DeleteAsync(stored, Actor.Of(User), ct);
        return Redirect("/tools");
    }

    private Task<Tool?> LoadAsync(string slug, bool tracked, CancellationToken ct)
    {
        var tools = tracked ? db.Tools : db.Tools.AsNoTracking();
        return tools.Include(t => t.Coverage).SingleOrDefaultAsync(t => t.Slug == slug, ct);
    }

    private async Task<(Tool? Tool, FormProblems Problems)> CheckAsync(ToolForm form, CancellationToken ct)
    {
        var components = await db.Components.AsNoTracking().ToListAsync(ct);
        var sources = await db.Sources.AsNoTracking().Select(s => s.Slug).ToListAsync(ct);
        return form.Check(components, sources.ToHashSet(StringComparer.Ordinal));
    }

    private async Task<ViewResult> RenderAsync(ToolForm form, string? originalSlug, FormProblems problems, EntityRecord? theirs, int status,
        CancellationToken ct, string? notice = null)
    {
        var components = await db.Components.AsNoTracking().OrderBy(c => c.Layer!.Order).ThenBy(c => c.Order)
            .Select(c => new ComponentChoice(c.Slug, c.Name, c.Layer!.Name)).ToListAsync(ct);
        ViewData["Title"] = originalSlug is null ? "Add a tool" : $"Edit {form.Name}";
        ViewData["Crumbs"] = originalSlug is null
            ? new[] { new Crumb("Tools", "/tools"), new Crumb("Add a tool") }
            : new[] { new Crumb("Tools", "/tools"), new Crumb(form.Name ?? originalSlug, $"/tools/{originalSlug}"), new Crumb("Edit") };
        var view = View("~/ToolCatalog/Edit.cshtml", new ToolEditPage(form, originalSlug, components, problems, theirs, notice));
        view.StatusCode = status;
        return view;
    }

    private ViewResult DeleteView(Tool tool, IReadOnlyList<StackUse> uses, int status)
    {
        ViewData["Title"] = $"Delete {tool.Name}";
        ViewData["Crumbs"] = new[] { new Crumb("Tools", "/tools"), new Crumb(tool.Name, $"/tools/{tool.Slug}"), new Crumb("Delete") };
        var view = View("~/ToolCatalog/Delete.cshtml", (tool, uses));
        view.StatusCode = status;
        return view;
    }
}
