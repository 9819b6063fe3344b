using KnowledgeBase.Accounts;
using KnowledgeBase.History;
using KnowledgeBase.Submissions;
using KnowledgeBase.Stacks;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Accounts;
using KnowledgeBase.Web.Editing;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Stacks;

/// <summary>
/// Building a stack without JavaScript: the form posts back to itself, the server re-renders the gap report of
/// what is ticked, and "Save" writes the stack in one go. Deleting asks first.
/// </summary>
public sealed class StackBuilderController(CatalogDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("/stacks/new")]
    public async Task<IActionResult> New(CancellationToken ct) =>
        await RenderAsync(new StackForm { Date = StackData.Date(DateOnly.FromDateTime(DateTime.UtcNow)) }, null, [], ct);

    [HttpGet("/stacks/{slug}/edit")]
    public async Task<IActionResult> Edit([FromRoute] string slug, CancellationToken ct)
    {
        var label = await StackData.LabelAsync(db, slug, ct);
        if (label is null) return NotFound();
        var picks = await GapCatalogQueries.PicksAsync(db, slug, ct);
        var form = new StackForm
        {
            Name = label.Name, Slug = label.Slug, Author = label.Author, Contact = label.Contact, Summary = label.Summary, Date = StackData.Date(label.Date),
            Pick = picks.Select(p => StackForm.PickValue(p.Tool, p.Component)).ToArray(),
        };
        return await RenderAsync(form, slug, [], ct);
    }

    [HttpPost("/stacks/new")]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public Task<IActionResult> Create(StackForm form, CancellationToken ct) => SubmitAsync(form, null, ct);

    [HttpPost("/stacks/{slug}/edit")]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Update([FromRoute] string slug, StackForm form, CancellationToken ct)
    {
        if (!await db.Stacks.AnyAsync(s => s.Slug == slug, ct)) return NotFound();
        return await SubmitAsync(form, slug, ct);
    }

    [HttpGet("/stacks/{slug}/delete")]
    [RequiresRole(AccountRoles.Editor)]
    public async Task<IActionResult> ConfirmDelete([FromRoute] string slug, CancellationToken ct)
    {
        var label = await StackData.LabelAsync(db, slug, ct);
        if (label is null) return NotFound();
        var checklist = await db.ChecklistItems.CountAsync(c => c.StackSlug == slug, ct);
        ViewData["Crumbs"] = new[] { new Crumb("Stacks", "/stacks"), new Crumb(label.Name, $"/stacks/{slug}"), new Crumb("Delete") };
        return View("~/Stacks/Delete.cshtml", (label, checklist));
    }

    [HttpPost("/stacks/{slug}/delete")]
    [RequiresRole(AccountRoles.Editor)]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Delete([FromRoute] string slug, CancellationToken ct)
    {
        if (!await StackWrites.DeleteAsync(db, slug, Author(), ct)) return NotFound();
        return RedirectToAction(nameof(StacksController.Index), "Stacks", new { deleted = slug });
    }

    private async Task<IActionResult> SubmitAsync(StackForm form, string? originalSlug, CancellationToken ct)
    {
        if (form.Command != "save")
            return await RenderAsync(form, originalSlug, [], ct);
        // The preview is for everyone; saving needs an editor. A contributor's new stack goes to the review queue.
        if (await WritePermission.RefusalAsync(ControllerContext, AccountRoles.Editor) is { } refusal)
        {
            if (originalSlug is not null || await WritePermission.RefusalAsync(ControllerContext, AccountRoles.Contributor) is not null)
                return refusal;
            return await SubmitForReviewAsync(form, ct);
        }

        var catalog = await GapCatalogQueries.LoadAsync(db, ct);
        var others = (await db.Stacks.AsNoTracking().Where(s => s.Slug != originalSlug).Select(s => s.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var draft = form.Draft();
        var problems = StackDraftRules.Check(draft, catalog, others);
        if (problems.Count > 0)
        {
            var result = await RenderAsync(form, originalSlug, problems, ct, catalog);
            result.StatusCode = problems.All(p => p.Conflict) ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return result;
        }
        var slug = await StackWrites.SaveAsync(db, draft, originalSlug, Author(), ct);
        return RedirectToAction(nameof(StacksController.Show), "Stacks", new { slug });
    }

    /// <summary>
    /// Checked as a save would be, so the contributor fixes what an editor would refuse, then kept as a submission:
    /// nothing enters the catalog until an editor approves it.
    /// </summary>
    private async Task<IActionResult> SubmitForReviewAsync(StackForm form, CancellationToken ct)
    {
        var catalog = await GapCatalogQueries.LoadAsync(db, ct);
        var others = (await db.Stacks.AsNoTracking().Select(s => s.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var problems = StackDraftRules.Check(form.Draft(), catalog, others);
        if (problems.Count > 0)
        {
            var result = await RenderAsync(form, null, problems, ct, catalog);
            result.StatusCode = problems.All(p => p.Conflict) ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return result;
        }
        var id = await SubmissionWrites.SubmitAsync(db, SubmissionKind.Stack, Actor.Of(User), form.Name!.Trim(), form.ToRecord(), clock.GetUtcNow(), ct);
        return Redirect($"/submissions/{id}");
    }

    private ChangeAuthor Author() => new(Actor.Of(User), ChangeOrigin.Site, clock.GetUtcNow());

    private async Task<ViewResult> RenderAsync(StackForm form, string? originalSlug, IReadOnlyList<DraftProblem> problems, CancellationToken ct, GapCatalog? catalog = null)
    {
        catalog ??= await GapCatalogQueries.LoadAsync(db, ct);
        var report = GapReport.For(catalog, form.Picks());
        var name = string.IsNullOrWhiteSpace(form.Name) ? "This stack" : form.Name.Trim();
        ViewData["Crumbs"] = originalSlug is null
            ? new[] { new Crumb("Stacks", "/stacks"), new Crumb("New stack") }
            : new[] { new Crumb("Stacks", "/stacks"), new Crumb(name, $"/stacks/{originalSlug}"), new Crumb("Edit") };
        return View("~/Stacks/Builder.cshtml", new BuilderPage(form, originalSlug, catalog, StackData.View(catalog, report, name), problems, EditPolicy.Allowed(HttpContext)));
    }
}
