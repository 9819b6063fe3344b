using KnowledgeBase.Accounts;
using KnowledgeBase.Storage;
using KnowledgeBase.Submissions;
using KnowledgeBase.Web.Accounts;
using KnowledgeBase.Web.Editing;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using KnowledgeBase.Web.Caching;

namespace KnowledgeBase.Web.Submissions;

public sealed record WantedPage(IReadOnlyList<StackRequest> Open, IReadOnlyList<StackRequest> Answered, string? Title, string? Details, string? Problem);

/// <summary>
/// Wanted stacks: anyone reads the open requests; anyone with an account (an editor, or a tool maker) posts one.
/// A stack proposed or saved "in answer" closes its request once it is published.
/// </summary>
[Reads(CatalogAreas.Stacks)]
public sealed class WantedStacksController(CatalogDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("/stacks/wanted")]
    public async Task<IActionResult> Index(CancellationToken ct) => await RenderAsync(null, null, null, StatusCodes.Status200OK, ct);

    [HttpPost("/stacks/wanted")]
    [RequiresRole(AccountRoles.Contributor)]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Post(string? title, string? details, CancellationToken ct)
    {
        title = title?.Trim();
        details = details?.Trim().ReplaceLineEndings("\n") ?? "";
        var problem = string.IsNullOrEmpty(title) ? "say what stack is wanted, such as \"DVC with Airflow on Kubernetes\""
            : FieldLimits.Problem("title", title, FieldLimits.Name) ?? FieldLimits.Problem("details", details, FieldLimits.Summary);
        if (problem is not null) return await RenderAsync(title, details, problem, StatusCodes.Status400BadRequest, ct);
        db.StackRequests.Add(new StackRequest { Title = title!, Details = details, PostedBy = Actor.Of(User), PostedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        return Redirect("/stacks/wanted");
    }

    private async Task<ViewResult> RenderAsync(string? title, string? details, string? problem, int status, CancellationToken ct)
    {
        var all = await db.StackRequests.AsNoTracking().OrderByDescending(r => r.Id).Take(200).ToListAsync(ct);
        ViewData["Title"] = "Wanted stacks";
        ViewData["Crumbs"] = new[] { new Crumb("Stacks", "/stacks"), new Crumb("Wanted") };
        var view = View("~/Submissions/Wanted.cshtml", new WantedPage(
            [.. all.Where(r => r.AnsweredBy is null).OrderBy(r => r.Id)], [.. all.Where(r => r.AnsweredBy is not null)], title, details, problem));
        view.StatusCode = status;
        return view;
    }
}
