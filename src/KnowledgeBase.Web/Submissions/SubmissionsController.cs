using KnowledgeBase.Accounts;
using KnowledgeBase.History;
using KnowledgeBase.Stacks;
using KnowledgeBase.Storage;
using KnowledgeBase.Submissions;
using KnowledgeBase.Web.Accounts;
using KnowledgeBase.Web.Editing;
using KnowledgeBase.Web.Shared;
using KnowledgeBase.Web.Stacks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Submissions;

public sealed record SubmissionsPage(IReadOnlyList<Submission> Pending, IReadOnlyList<Submission> Decided, bool Reviewer);

public sealed record SubmissionPage(Submission Submission, GapView? Preview, IReadOnlyList<DraftProblem> Problems, bool Reviewer);

/// <summary>
/// The review queue. A contributor sees their own submissions and what became of them; an editor sees every pending
/// one and approves it (which saves it through the same checks as the editor's own form), rejects it with a reason,
/// or removes it as spam or abuse. A submission is visible only to its author and to editors.
/// </summary>
[RequiresRole(AccountRoles.Contributor)]
public sealed class SubmissionsController(CatalogDbContext db, TimeProvider clock) : Controller
{
    private const int Shown = 100;

    [HttpGet("/submissions")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var reviewer = await IsReviewerAsync();
        var me = Actor.Of(User);
        var visible = reviewer ? db.Submissions.AsNoTracking() : db.Submissions.AsNoTracking().Where(s => s.Author == me && s.Status != SubmissionStatus.Removed);
        var pending = await visible.Where(s => s.Status == SubmissionStatus.Pending).OrderBy(s => s.Id).Take(Shown).ToListAsync(ct);
        var decided = await visible.Where(s => s.Status != SubmissionStatus.Pending).OrderByDescending(s => s.Id).Take(Shown).ToListAsync(ct);
        ViewData["Title"] = reviewer ? "Submissions to review" : "Your submissions";
        ViewData["Crumbs"] = new[] { new Crumb("Submissions") };
        return View("~/Submissions/Index.cshtml", new SubmissionsPage(pending, decided, reviewer));
    }

    [HttpGet("/submissions/{id:long}")]
    public async Task<IActionResult> Show(long id, CancellationToken ct)
    {
        var (submission, reviewer) = await VisibleAsync(id, ct);
        if (submission is null) return NotFound();
        return await RenderAsync(submission, reviewer, [], StatusCodes.Status200OK, ct);
    }

    [HttpPost("/submissions/{id:long}/approve")]
    [RequiresRole(AccountRoles.Editor)]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Approve(long id, CancellationToken ct)
    {
        var submission = await db.Submissions.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (submission is null) return NotFound();
        if (submission.Status != SubmissionStatus.Pending) return await RenderAsync(submission, true, [], StatusCodes.Status409Conflict, ct);
        var form = StackForm.FromRecord(submission.Fields);
        var catalog = await GapCatalogQueries.LoadAsync(db, ct);
        var others = (await db.Stacks.AsNoTracking().Select(s => s.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        // The catalog may have moved since it was submitted (a tool gone, the slug taken): checked again, now.
        var problems = StackDraftRules.Check(form.Draft(), catalog, others);
        if (problems.Count > 0) return await RenderAsync(submission, true, problems, StatusCodes.Status409Conflict, ct);
        var now = clock.GetUtcNow();
        var author = new ChangeAuthor(Actor.Of(User), ChangeOrigin.Site, now, $"approved submission {id} from {submission.Author}");
        var slug = await StackWrites.SaveAsync(db, form.Draft(), null, author, ct);
        await StackRequests.AnswerAsync(db, form.Answers, slug, ct);
        await SubmissionWrites.DecideAsync(db, submission, SubmissionStatus.Approved, Actor.Of(User), null, slug, now, ct);
        return Redirect($"/stacks/{slug}");
    }

    [HttpPost("/submissions/{id:long}/reject")]
    [RequiresRole(AccountRoles.Editor)]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public Task<IActionResult> Reject(long id, string? reason, CancellationToken ct) => CloseAsync(id, SubmissionStatus.Rejected, reason, ct);

    [HttpPost("/submissions/{id:long}/remove")]
    [RequiresRole(AccountRoles.Editor)]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public Task<IActionResult> Remove(long id, string? reason, CancellationToken ct) => CloseAsync(id, SubmissionStatus.Removed, reason, ct);

    private async Task<IActionResult> CloseAsync(long id, SubmissionStatus status, string? reason, CancellationToken ct)
    {
        var submission = await db.Submissions.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (submission is null) return NotFound();
        if (submission.Status != SubmissionStatus.Pending) return await RenderAsync(submission, true, [], StatusCodes.Status409Conflict, ct);
        if (string.IsNullOrWhiteSpace(reason) || FieldLimits.Problem("reason", reason, FieldLimits.Summary) is not null)
            return await RenderAsync(submission, true, [new DraftProblem("reason", $"say why, in at most {FieldLimits.Summary:N0} characters of plain text: the author reads it")],
                StatusCodes.Status400BadRequest, ct);
        await SubmissionWrites.DecideAsync(db, submission, status, Actor.Of(User), reason, null, clock.GetUtcNow(), ct);
        return Redirect("/submissions");
    }

    /// <summary>The submission if this visitor may see it: its author (unless removed as abuse), or an editor.</summary>
    private async Task<(Submission? Submission, bool Reviewer)> VisibleAsync(long id, CancellationToken ct)
    {
        var submission = await db.Submissions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        var reviewer = await IsReviewerAsync();
        var mine = submission is not null && submission.Author == Actor.Of(User) && submission.Status != SubmissionStatus.Removed;
        return (reviewer || mine ? submission : null, reviewer);
    }

    private async Task<bool> IsReviewerAsync() => await WritePermission.RefusalAsync(ControllerContext, AccountRoles.Editor) is null;

    private async Task<ViewResult> RenderAsync(Submission submission, bool reviewer, IReadOnlyList<DraftProblem> problems, int status, CancellationToken ct)
    {
        var form = StackForm.FromRecord(submission.Fields);
        var catalog = await GapCatalogQueries.LoadAsync(db, ct);
        var preview = StackData.View(catalog, GapReport.For(catalog, form.Picks()), submission.Title);
        ViewData["Title"] = $"Submission {submission.Id}: {submission.Title}";
        ViewData["Crumbs"] = new[] { new Crumb("Submissions", "/submissions"), new Crumb($"Submission {submission.Id}") };
        var view = View("~/Submissions/Show.cshtml", new SubmissionPage(submission, preview, problems, reviewer));
        view.StatusCode = status;
        return view;
    }
}
