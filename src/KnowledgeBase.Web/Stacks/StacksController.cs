using KnowledgeBase.Interchange;
using KnowledgeBase.Stacks;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using KnowledgeBase.Web.Caching;

namespace KnowledgeBase.Web.Stacks;

/// <summary>Reading stacks: the list, a stack with its gap report and checklist, the comparison, the JSON gap report.</summary>
[Reads(CatalogAreas.Tools | CatalogAreas.Requirements | CatalogAreas.Stacks | CatalogAreas.Architecture)]
public sealed class StacksController(CatalogDbContext db) : Controller
{
    [HttpGet("/stacks")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var catalog = await GapCatalogQueries.LoadAsync(db, ct);
        var labels = await StackData.LabelsAsync(db, ct);
        var picks = (await db.StackTools.AsNoTracking().Select(t => new { t.StackSlug, t.ToolSlug, t.ComponentSlug }).ToListAsync(ct))
            .ToLookup(t => t.StackSlug, t => new ToolPick(t.ToolSlug, t.ComponentSlug));
        var checklists = (await db.ChecklistItems.AsNoTracking().Select(c => new { c.StackSlug, c.Status }).ToListAsync(ct)).ToLookup(c => c.StackSlug);
        var items = labels.Select(l => new StackListItem(l, picks[l.Slug].Select(p => p.Tool).Distinct().Count(), GapReport.For(catalog, picks[l.Slug]),
            checklists[l.Slug].Count(c => c.Status == ChecklistStatus.Done), checklists[l.Slug].Count())).ToList();
        ViewData["Crumbs"] = new[] { new Crumb("Stacks") };
        return View("~/Stacks/Index.cshtml", new StacksPage(items, catalog.Components.Count, EditPolicy.Allowed(HttpContext)));
    }

    [HttpGet("/stacks/{slug}")]
    public async Task<IActionResult> Show([FromRoute] string slug, CancellationToken ct)
    {
        var label = await StackData.LabelAsync(db, slug, ct);
        if (label is null) return NotFound();
        var catalog = await GapCatalogQueries.LoadAsync(db, ct);
        var report = GapReport.For(catalog, await GapCatalogQueries.PicksAsync(db, slug, ct));
        var checklist = await StackData.ChecklistAsync(db, slug, catalog, report, ct);
        ViewData["Crumbs"] = new[] { new Crumb("Stacks", "/stacks"), new Crumb(label.Name) };
        return View("~/Stacks/Show.cshtml", new StackPage(label, StackData.View(catalog, report, label.Name), checklist, Checklist.Progress(checklist), EditPolicy.Allowed(HttpContext)));
    }

    [HttpGet("/api/stacks/{slug}/gaps")]
    [Produces("application/json")]
    public async Task<IActionResult> Gaps([FromRoute] string slug, CancellationToken ct)
    {
        var label = await StackData.LabelAsync(db, slug, ct);
        if (label is null) return NotFound(new { error = $"no stack '{StackData.Clip(slug, 60)}'" });
        Response.Headers.Link = $"</api/v1/stacks/{label.Slug}/gaps>; rel=\"successor-version\"";
        var catalog = await GapCatalogQueries.LoadAsync(db, ct);
        var report = GapReport.For(catalog, await GapCatalogQueries.PicksAsync(db, slug, ct));
        return Json(GapJson.From(label, report));
    }

    [HttpGet("/stacks/compare")]
    public async Task<IActionResult> Compare(StackCompareQuery query, CancellationToken ct)
    {
        var all = await StackData.LabelsAsync(db, ct);
        var wanted = query.Stacks.ToList();
        var chosen = wanted.Select(w => all.FirstOrDefault(l => l.Slug == w)).OfType<StackLabel>().ToList();
        var notes = new List<string>();
        if (chosen.Count < wanted.Count)
            notes.Add("Unknown stacks were left out: " + string.Join(", ", wanted.Where(w => chosen.All(c => c.Slug != w)).Select(w => StackData.Clip(w, 40))) + ".");
        if (chosen.Count > 3)
        {
            chosen = chosen.Take(3).ToList();
            notes.Add("Only the first three stacks are compared.");
        }
        if (chosen.Count < 2) notes.Add("Pick two or three stacks to compare.");

        var catalog = await GapCatalogQueries.LoadAsync(db, ct);
        var columns = new List<CompareColumn>();
        foreach (var label in chosen)
            columns.Add(new CompareColumn(label, GapReport.For(catalog, await GapCatalogQueries.PicksAsync(db, label.Slug, ct))));
        ViewData["Crumbs"] = new[] { new Crumb("Stacks", "/stacks"), new Crumb("Compare") };
        return View("~/Stacks/Compare.cshtml", new ComparePage(columns, all, catalog, notes.Count == 0 ? null : string.Join(" ", notes)));
    }
}
