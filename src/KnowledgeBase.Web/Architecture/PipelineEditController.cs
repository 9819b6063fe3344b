using KnowledgeBase.Accounts;
using KnowledgeBase.Architecture;
using KnowledgeBase.History;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Accounts;
using KnowledgeBase.Web.Editing;
using KnowledgeBase.Web.Shared;
using KnowledgeBase.Web.ToolCatalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Architecture;

public sealed record PipelineEditPage(PipelineForm Form, string? OriginalSlug, IReadOnlyList<ComponentChoice> Components, EditState State);

/// <summary>
/// Adding, correcting and deleting pipelines on the site, for editors: the line's fields and its ordered stages with
/// the components each touches, checked by the importer's rules, in one transaction per form.
/// </summary>
[RequiresRole(AccountRoles.Editor)]
public sealed class PipelineEditController(CatalogDbContext db, PipelineWrites writes) : Controller
{
    /// <param name="restore">A recorded delete whose pipeline fills the form, to bring it back.</param>
    [HttpGet("/pipelines/new")]
    public async Task<IActionResult> New([FromQuery] long? restore, CancellationToken ct)
    {
        if (restore is { } id)
        {
            if (await Restores.FindAsync(db, id, EntityKinds.Pipeline, null, ct) is not ({ } change, { } version) || change.Action != ChangeAction.Deleted) return NotFound();
            return await RenderAsync(PipelineForm.FromRecord(change.EntityKey, version), null, EditState.Fresh(Restores.DeletedNotice(change)), StatusCodes.Status200OK, ct);
        }
        var next = (await db.Pipelines.MaxAsync(p => (int?)p.Order, ct) ?? 0) + 1;
        return await RenderAsync(new PipelineForm { Order = LayerForm.Number(next), Color = "#555555" }, null, EditState.Fresh(), StatusCodes.Status200OK, ct);
    }

    [HttpPost("/pipelines/new")]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Create(PipelineForm form, CancellationToken ct)
    {
        var (pipeline, problems) = form.Check(await db.Components.AsNoTracking().ToListAsync(ct));
        if (pipeline is null) return await RenderAsync(form, null, new EditState(problems), StatusCodes.Status400BadRequest, ct);
        if (await db.Pipelines.AnyAsync(p => p.Slug == pipeline.Slug, ct))
        {
            problems.Add("slug", $"a pipeline with the slug '{pipeline.Slug}' exists already; choose another, or edit that pipeline");
            return await RenderAsync(form, null, new EditState(problems), StatusCodes.Status409Conflict, ct);
        }
        await writes.AddAsync(pipeline, Actor.Of(User), ct);
        return Redirect($"/pipelines/{pipeline.Slug}");
    }

    /// <param name="restore">A recorded change of this pipeline whose version fills the form.</param>
    [HttpGet("/pipelines/{slug}/edit")]
    public async Task<IActionResult> Edit([FromRoute] string slug, [FromQuery] long? restore, CancellationToken ct)
    {
        var stored = await LoadAsync(slug, tracked: false, ct);
        if (stored is null) return NotFound();
        if (restore is not { } id) return await RenderAsync(PipelineForm.From(stored), slug, EditState.Fresh(), StatusCodes.Status200OK, ct);
        if (await Restores.FindAsync(db, id, EntityKinds.Pipeline, slug, ct) is not ({ } change, { } version)) return NotFound();
        var form = PipelineForm.FromRecord(slug, version);
        form.Version = PipelineVersion.Of(stored);
        return await RenderAsync(form, slug, EditState.Fresh(Restores.AfterNotice(change, "the pipeline")), StatusCodes.Status200OK, ct);
    }

    [HttpPost("/pipelines/{slug}/edit")]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Update([FromRoute] string slug, PipelineForm form, CancellationToken ct)
    {
        var stored = await LoadAsync(slug, tracked: true, ct);
        if (stored is null) return NotFound();
        form.Slug = slug; // links and the map's line point at the slug: it does not change here
        if (form.Version != PipelineVersion.Of(stored))
        {
            form.Version = PipelineVersion.Of(stored);
            return await RenderAsync(form, slug, new EditState(EditResults.Conflict("pipeline"), PipelineVersion.Record(stored)), StatusCodes.Status409Conflict, ct);
        }
        var (pipeline, problems) = form.Check(await db.Components.AsNoTracking().ToListAsync(ct));
        if (pipeline is null) return await RenderAsync(form, slug, new EditState(problems), StatusCodes.Status400BadRequest, ct);
        await writes.UpdateAsync(stored, pipeline, Actor.Of(User), ct);
        return Redirect($"/pipelines/{slug}");
    }

    [HttpGet("/pipelines/{slug}/delete")]
    public async Task<IActionResult> ConfirmDelete([FromRoute] string slug, CancellationToken ct)
    {
        var stored = await db.Pipelines.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, ct);
        return stored is null ? NotFound() : DeleteView(stored);
    }

    /// <summary>Nothing else in the catalog points at a pipeline: it goes with its stages.</summary>
    [HttpPost("/pipelines/{slug}/delete")]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Delete([FromRoute] string slug, CancellationToken ct)
    {
        var stored = await LoadAsync(slug, tracked: true, ct);
        if (stored is null) return NotFound();
        await writes.DeleteAsync(stored, Actor.Of(User), ct);
        return Redirect("/pipelines");
    }

    private Task<Pipeline?> LoadAsync(string slug, bool tracked, CancellationToken ct)
    {
        var pipelines = tracked ? db.Pipelines : db.Pipelines.AsNoTracking();
        return pipelines.Include(p => p.Stages).ThenInclude(s => s.Components).SingleOrDefaultAsync(p => p.Slug == slug, ct);
    }

    private async Task<ViewResult> RenderAsync(PipelineForm form, string? originalSlug, EditState state, int status, CancellationToken ct)
    {
        var components = await db.Components.AsNoTracking().OrderBy(c => c.Layer!.Order).ThenBy(c => c.Order)
            .Select(c => new ComponentChoice(c.Slug, c.Name, c.Layer!.Name)).ToListAsync(ct);
        ViewData["Title"] = originalSlug is null ? "Add a pipeline" : $"Edit {form.Name}";
        ViewData["Crumbs"] = originalSlug is null
            ? new[] { new Crumb("Pipelines", "/pipelines"), new Crumb("Add a pipeline") }
            : new[] { new Crumb("Pipelines", "/pipelines"), new Crumb(form.Name ?? originalSlug, $"/pipelines/{originalSlug}"), new Crumb("Edit") };
        return View("~/Architecture/PipelineEdit.cshtml", new PipelineEditPage(form, originalSlug, components, state)).WithStatus(status);
    }

    private ViewResult DeleteView(Pipeline pipeline)
    {
        ViewData["Title"] = $"Delete {pipeline.Name}";
        ViewData["Crumbs"] = new[] { new Crumb("Pipelines", "/pipelines"), new Crumb(pipeline.Name, $"/pipelines/{pipeline.Slug}"), new Crumb("Delete") };
        return View("~/Editing/Delete.cshtml", new DeletePage("pipeline", pipeline.Name, $"/pipelines/{pipeline.Slug}", " and its stages", [])).WithStatus(StatusCodes.Status200OK);
    }
}
