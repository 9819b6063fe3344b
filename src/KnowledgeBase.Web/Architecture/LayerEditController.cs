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

public sealed record LayerEditPage(LayerForm Form, string? OriginalSlug, EditState State);

/// <summary>Adding, correcting and deleting layers on the site, for editors, by the importer's rules, one transaction per form.</summary>
[RequiresRole(AccountRoles.Editor)]
public sealed class LayerEditController(CatalogDbContext db, LayerWrites writes) : Controller
{
    /// <param name="restore">A recorded delete whose layer fills the form, to bring it back.</param>
    [HttpGet("/layers/new")]
    public async Task<IActionResult> New([FromQuery] long? restore, CancellationToken ct)
    {
        if (restore is not { } id)
        {
            var next = (await db.Layers.MaxAsync(l => (int?)l.Order, ct) ?? 0) + 1;
            return Render(new LayerForm { Order = LayerForm.Number(next) }, null, EditState.Fresh(), StatusCodes.Status200OK);
        }
        if (await Restores.FindAsync(db, id, EntityKinds.Layer, null, ct) is not ({ } change, { } version) || change.Action != ChangeAction.Deleted) return NotFound();
        return Render(LayerForm.FromRecord(change.EntityKey, version), null, EditState.Fresh(Restores.DeletedNotice(change)), StatusCodes.Status200OK);
    }

    [HttpPost("/layers/new")]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Create(LayerForm form, CancellationToken ct)
    {
        var (layer, problems) = form.Check();
        if (layer is null) return Render(form, null, new EditState(problems), StatusCodes.Status400BadRequest);
        if (await db.Layers.AnyAsync(l => l.Slug == layer.Slug, ct))
        {
            problems.Add("slug", $"a layer with the slug '{layer.Slug}' exists already; choose another, or edit that layer");
            return Render(form, null, new EditState(problems), StatusCodes.Status409Conflict);
        }
        await writes.AddAsync(layer, Actor.Of(User), ct);
        return Redirect($"/layers/{layer.Slug}");
    }

    /// <param name="restore">A recorded change of this layer whose version fills the form.</param>
    [HttpGet("/layers/{slug}/edit")]
    public async Task<IActionResult> Edit([FromRoute] string slug, [FromQuery] long? restore, CancellationToken ct)
    {
        var stored = await db.Layers.AsNoTracking().SingleOrDefaultAsync(l => l.Slug == slug, ct);
        if (stored is null) return NotFound();
        if (restore is not { } id) return Render(LayerForm.From(stored), slug, EditState.Fresh(), StatusCodes.Status200OK);
        if (await Restores.FindAsync(db, id, EntityKinds.Layer, slug, ct) is not ({ } change, { } version)) return NotFound();
        var form = LayerForm.FromRecord(slug, version);
        form.Version = LayerVersion.Of(stored);
        return Render(form, slug, EditState.Fresh(Restores.AfterNotice(change, "the layer")), StatusCodes.Status200OK);
    }

    [HttpPost("/layers/{slug}/edit")]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Update([FromRoute] string slug, LayerForm form, CancellationToken ct)
    {
        var stored = await db.Layers.SingleOrDefaultAsync(l => l.Slug == slug, ct);
        if (stored is null) return NotFound();
        form.Slug = slug; // components and requirements point at the slug: it does not change here
        if (form.Version != LayerVersion.Of(stored))
        {
            form.Version = LayerVersion.Of(stored); // saving again overwrites knowingly
            return Render(form, slug, new EditState(EditResults.Conflict("layer"), EntityRecords.Of(stored)), StatusCodes.Status409Conflict);
        }
        var (layer, problems) = form.Check();
        if (layer is null) return Render(form, slug, new EditState(problems), StatusCodes.Status400BadRequest);
        await writes.UpdateAsync(stored, layer, Actor.Of(User), ct);
        return Redirect($"/layers/{slug}");
    }

    [HttpGet("/layers/{slug}/delete")]
    public async Task<IActionResult> ConfirmDelete([FromRoute] string slug, CancellationToken ct)
    {
        var stored = await db.Layers.AsNoTracking().SingleOrDefaultAsync(l => l.Slug == slug, ct);
        if (stored is null) return NotFound();
        return DeleteView(stored, await writes.UsesAsync(slug, ct), StatusCodes.Status200OK);
    }

    [HttpPost("/layers/{slug}/delete")]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Delete([FromRoute] string slug, CancellationToken ct)
    {
        var stored = await db.Layers.SingleOrDefaultAsync(l => l.Slug == slug, ct);
        if (stored is null) return NotFound();
        var uses = await writes.UsesAsync(slug, ct);
        if (uses.Count > 0) return DeleteView(stored, uses, StatusCodes.Status409Conflict);
        await writes.DeleteAsync(stored, Actor.Of(User), ct);
        return Redirect("/layers");
    }

    private ViewResult Render(LayerForm form, string? originalSlug, EditState state, int status)
    {
        ViewData["Title"] = originalSlug is null ? "Add a layer" : $"Edit {form.Name}";
        ViewData["Crumbs"] = originalSlug is null
            ? new[] { new Crumb("Layers", "/layers"), new Crumb("Add a layer") }
            : new[] { new Crumb("Layers", "/layers"), new Crumb(form.Name ?? originalSlug, $"/layers/{originalSlug}"), new Crumb("Edit") };
        return View("~/Architecture/LayerEdit.cshtml", new LayerEditPage(form, originalSlug, state)).WithStatus(status);
    }

    private ViewResult DeleteView(Layer layer, IReadOnlyList<string> uses, int status)
    {
        ViewData["Title"] = $"Delete {layer.Name}";
        ViewData["Crumbs"] = new[] { new Crumb("Layers", "/layers"), new Crumb(layer.Name, $"/layers/{layer.Slug}"), new Crumb("Delete") };
        return View("~/Editing/Delete.cshtml", new DeletePage("layer", layer.Name, $"/layers/{layer.Slug}", "", uses)).WithStatus(status);
    }
}
