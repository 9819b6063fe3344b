using KnowledgeBase.Accounts;
using KnowledgeBase.Architecture;
using KnowledgeBase.History;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Accounts;
using KnowledgeBase.Web.Editing;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Architecture;

public sealed record ComponentEditPage(ComponentForm Form, string? OriginalSlug, IReadOnlyList<Layer> Layers, EditState State);

/// <summary>Adding, correcting, moving and deleting components on the site, for editors, by the importer's rules.</summary>
[RequiresRole(AccountRoles.Editor)]
public sealed class ComponentEditController(CatalogDbContext db, ComponentWrites writes) : Controller
{
    /// <param name="layer">The layer to add the component to, preselected.</param>
    /// <param name="restore">A recorded delete whose component fills the form, to bring it back.</param>
    [HttpGet("/components/new")]
    public async Task<IActionResult> New([FromQuery] string? layer, [FromQuery] long? restore, CancellationToken ct)
    {
        if (restore is { } id)
        {
            if (await Restores.FindAsync(db, id, EntityKinds.Component, null, ct) is not ({ } change, { } version) || change.Action != ChangeAction.Deleted) return NotFound();
            return await RenderAsync(ComponentForm.FromRecord(change.EntityKey, version), null, EditState.Fresh(Restores.DeletedNotice(change)), StatusCodes.Status200OK, ct);
        }
        var layers = await LayersAsync(ct);
        var chosen = layers.FirstOrDefault(l => l.Slug == QueryValues.One(layer)) ?? layers.FirstOrDefault();
        var next = chosen is null ? 1 : (await db.Components.Where(c => c.LayerSlug == chosen.Slug).MaxAsync(c => (int?)c.Order, ct) ?? 0) + 1;
        return await RenderAsync(new ComponentForm { Layer = chosen?.Slug, Order = LayerForm.Number(next) }, null, EditState.Fresh(), StatusCodes.Status200OK, ct);
    }

    [HttpPost("/components/new")]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Create(ComponentForm form, CancellationToken ct)
    {
        var (component, problems) = form.Check(await LayersAsync(ct));
        if (component is null) return await RenderAsync(form, null, new EditState(problems), StatusCodes.Status400BadRequest, ct);
        if (await db.Components.AnyAsync(c => c.Slug == component.Slug, ct))
        {
            problems.Add("slug", $"a component with the slug '{component.Slug}' exists already; choose another, or edit that component");
            return await RenderAsync(form, null, new EditState(problems), StatusCodes.Status409Conflict, ct);
        }
        await writes.AddAsync(component, Actor.Of(User), ct);
        return Redirect($"/components/{component.Slug}");
    }

    /// <param name="restore">A recorded change of this component whose version fills the form.</param>
    [HttpGet("/components/{slug}/edit")]
    public async Task<IActionResult> Edit([FromRoute] string slug, [FromQuery] long? restore, CancellationToken ct)
    {
        var stored = await db.Components.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug, ct);
        if (stored is null) return NotFound();
        if (restore is not { } id) return await RenderAsync(ComponentForm.From(stored), slug, EditState.Fresh(), StatusCodes.Status200OK, ct);
        if (await Restores.FindAsync(db, id, EntityKinds.Component, slug, ct) is not ({ } change, { } version)) return NotFound();
        var form = ComponentForm.FromRecord(slug, version);
        form.Version = ComponentVersion.Of(stored);
        return await RenderAsync(form, slug, EditState.Fresh(Restores.AfterNotice(change, "the component")), StatusCodes.Status200OK, ct);
    }

    [HttpPost("/components/{slug}/edit")]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Update([FromRoute] string slug, ComponentForm form, CancellationToken ct)
    {
        var stored = await db.Components.SingleOrDefaultAsync(c => c.Slug == slug, ct);
        if (stored is null) return NotFound();
        form.Slug = slug; // coverage, traces, stages and stacks point at the slug: it does not change here
        if (form.Version != ComponentVersion.Of(stored))
        {
            form.Version = ComponentVersion.Of(stored);
            return await RenderAsync(form, slug, new EditState(EditResults.Conflict("component"), EntityRecords.Of(stored)), StatusCodes.Status409Conflict, ct);
        }
        var (component, problems) = form.Check(await LayersAsync(ct));
        if (component is null) return await RenderAsync(form, slug, new EditState(problems), StatusCodes.Status400BadRequest, ct);
        await writes.UpdateAsync(stored, component, Actor.Of(User), ct);
        return Redirect($"/components/{slug}");
    }

    [HttpGet("/components/{slug}/delete")]
    public async Task<IActionResult> ConfirmDelete([FromRoute] string slug, CancellationToken ct)
    {
        var stored = await db.Components.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug, ct);
        if (stored is null) return NotFound();
        return DeleteView(stored, await writes.UsesAsync(slug, ct), StatusCodes.Status200OK);
    }

    [HttpPost("/components/{slug}/delete")]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Delete([FromRoute] string slug, CancellationToken ct)
    {
        var stored = await db.Components.SingleOrDefaultAsync(c => c.Slug == slug, ct);
        if (stored is null) return NotFound();
        var uses = await writes.UsesAsync(slug, ct);
        if (uses.Count > 0) return DeleteView(stored, uses, StatusCodes.Status409Conflict);
        await writes.DeleteAsync(stored, Actor.Of(User), ct);
        return Redirect($"/layers/{stored.LayerSlug}");
    }

    private Task<List<Layer>> LayersAsync(CancellationToken ct) => db.Layers.AsNoTracking().OrderBy(l => l.Order).ToListAsync(ct);

    private async Task<ViewResult> RenderAsync(ComponentForm form, string? originalSlug, EditState state, int status, CancellationToken ct)
    {
        ViewData["Title"] = originalSlug is null ? "Add a component" : $"Edit {form.Name}";
        ViewData["Crumbs"] = originalSlug is null
            ? new[] { new Crumb("Layers", "/layers"), new Crumb("Add a component") }
            : new[] { new Crumb("Layers", "/layers"), new Crumb(form.Name ?? originalSlug, $"/components/{originalSlug}"), new Crumb("Edit") };
        return View("~/Architecture/ComponentEdit.cshtml", new ComponentEditPage(form, originalSlug, await LayersAsync(ct), state)).WithStatus(status);
    }

    private ViewResult DeleteView(Component component, IReadOnlyList<string> uses, int status)
    {
        ViewData["Title"] = $"Delete {component.Name}";
        ViewData["Crumbs"] = new[] { new Crumb("Layers", "/layers"), new Crumb(component.Name, $"/components/{component.Slug}"), new Crumb("Delete") };
        return View("~/Editing/Delete.cshtml", new DeletePage("component", component.Name, $"/components/{component.Slug}", "", uses)).WithStatus(status);
    }
}
