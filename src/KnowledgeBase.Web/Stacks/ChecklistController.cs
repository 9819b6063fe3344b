using System.Text;
using KnowledgeBase.Interchange;
using KnowledgeBase.Requirements;
using KnowledgeBase.Accounts;
using KnowledgeBase.Stacks;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Accounts;
using KnowledgeBase.Web.Editing;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using KnowledgeBase.Web.Caching;

namespace KnowledgeBase.Web.Stacks;

/// <summary>A stack's requirement checklist: creating it, editing it in a form, exporting it and importing the spreadsheet.</summary>
[Reads(CatalogAreas.Tools | CatalogAreas.Requirements | CatalogAreas.Stacks | CatalogAreas.Architecture)]
public sealed class ChecklistController(CatalogDbContext db) : Controller
{
    public const long UploadBytes = 2 * 1024 * 1024;

    [HttpGet("/stacks/{slug}/checklist.csv")]
    public async Task<IActionResult> Csv([FromRoute] string slug, CancellationToken ct)
    {
        var (label, lines, _) = await LoadAsync(slug, ct);
        if (label is null) return NotFound();
        return File(Encoding.UTF8.GetBytes(ChecklistSheet.Csv(lines)), "text/csv; charset=utf-8", $"{slug}-checklist.csv");
    }

    [HttpGet("/stacks/{slug}/checklist.md")]
    public async Task<IActionResult> Markdown([FromRoute] string slug, CancellationToken ct)
    {
        var (label, lines, _) = await LoadAsync(slug, ct);
        if (label is null) return NotFound();
        return File(Encoding.UTF8.GetBytes(ChecklistSheet.Markdown(label.Name, lines)), "text/markdown; charset=utf-8", $"{slug}-checklist.md");
    }

    [HttpGet("/stacks/{slug}/checklist")]
    [RequiresRole(AccountRoles.Editor)]
    public async Task<IActionResult> Edit([FromRoute] string slug, string? notice, CancellationToken ct) =>
        await RenderAsync(slug, [], notice is "saved" or "created" or "imported" ? Notices[notice] : null, StatusCodes.Status200OK, ct);

    private static readonly Dictionary<string, string> Notices = new()
    {
        ["saved"] = "The checklist was saved.",
        ["created"] = "The checklist now has an item for every requirement in scope.",
        ["imported"] = "The spreadsheet was imported.",
    };

    [HttpPost("/stacks/{slug}/checklist/create")]
    [RequiresRole(AccountRoles.Editor)]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Create([FromRoute] string slug, ChecklistScopeForm form, CancellationToken ct)
    {
        if (!await db.Stacks.AnyAsync(s => s.Slug == slug, ct)) return NotFound();
        var catalog = await GapCatalogQueries.LoadAsync(db, ct);
        var (scope, problems) = form.Check(catalog);
        if (scope is null) return await RenderAsync(slug, problems, null, StatusCodes.Status400BadRequest, ct);

        var existing = await db.ChecklistItems.Where(c => c.StackSlug == slug).Select(c => c.RequirementCode).ToListAsync(ct);
        db.ChecklistItems.AddRange(Checklist.NewItems(slug, catalog.Requirements, existing, scope));
        await db.SaveChangesAsync(ct);
        return Redirect($"/stacks/{slug}/checklist?notice=created");
    }

    [HttpPost("/stacks/{slug}/checklist")]
    [RequiresRole(AccountRoles.Editor)]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Save([FromRoute] string slug, [FromForm(Name = "item")] List<ChecklistEntry> entries, CancellationToken ct)
    {
        if (!await db.Stacks.AnyAsync(s => s.Slug == slug, ct)) return NotFound();
        var items = await db.ChecklistItems.Where(c => c.StackSlug == slug).ToDictionaryAsync(c => c.RequirementCode, StringComparer.Ordinal, ct);
        var problems = new List<string>();
        var updates = new List<ChecklistUpdate>();
        var codes = items.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var entry in entries.OfType<ChecklistEntry>())
        {
            var (update, problem) = entry.Check(codes);
            if (update is not null) updates.Add(update);
            if (problem is not null) problems.Add(problem);
        }
        if (problems.Count > 0) return await RenderAsync(slug, problems, null, StatusCodes.Status400BadRequest, ct);
        ChecklistSheetImport.Apply(updates, items);
        await db.SaveChangesAsync(ct);
        return Redirect($"/stacks/{slug}/checklist?notice=saved");
    }

    [HttpPost("/stacks/{slug}/checklist/import")]
    [RequiresRole(AccountRoles.Editor)]
    [UploadLimit(UploadBytes)]
    [ValidateAntiForgeryToken]
    [WriteTransaction]
    public async Task<IActionResult> Import([FromRoute] string slug, IFormFile? file, CancellationToken ct)
    {
        if (!await db.Stacks.AnyAsync(s => s.Slug == slug, ct)) return NotFound();
        if (file is null || file.Length == 0)
            return await RenderAsync(slug, ["Choose the CSV file to import (the checklist exported from this page, edited in a spreadsheet)."], null, StatusCodes.Status400BadRequest, ct);
        if (file.Length > UploadBytes)
            return EditPolicy.Refusal(ControllerContext, StatusCodes.Status413PayloadTooLarge, "The file is too large", "Uploads are limited to 2 MB.");

        byte[] content;
        await using (var stream = file.OpenReadStream())
        using (var buffer = new MemoryStream())
        {
            await stream.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }
        var items = await db.ChecklistItems.Where(c => c.StackSlug == slug).ToDictionaryAsync(c => c.RequirementCode, StringComparer.Ordinal, ct);
        var name = Path.GetFileName(file.FileName);
        var (updates, errors) = ChecklistSheetImport.Read(content, string.IsNullOrWhiteSpace(name) ? "upload.csv" : StackData.Clip(name, 60), items.Keys.ToHashSet(StringComparer.Ordinal));
        if (errors.Count > 0)
            return await RenderAsync(slug, errors.Take(50).Select(e => e.ToString()).Append(errors.Count > 50 ? $"… and {errors.Count - 50} more." : "").Where(s => s.Length > 0).Prepend("Nothing was changed. Fix these and upload again:").ToList(), null, StatusCodes.Status400BadRequest, ct);
        ChecklistSheetImport.Apply(updates, items);
        await db.SaveChangesAsync(ct);
        return Redirect($"/stacks/{slug}/checklist?notice=imported");
    }

    private async Task<(StackLabel? Label, List<ChecklistLine> Lines, GapCatalog? Catalog)> LoadAsync(string slug, CancellationToken ct)
    {
        var label = await StackData.LabelAsync(db, slug, ct);
        if (label is null) return (null, [], null);
        var catalog = await GapCatalogQueries.LoadAsync(db, ct);
        var report = GapReport.For(catalog, await GapCatalogQueries.PicksAsync(db, slug, ct));
        return (label, await StackData.ChecklistAsync(db, slug, catalog, report, ct), catalog);
    }

    private async Task<IActionResult> RenderAsync(string slug, IReadOnlyList<string> problems, string? notice, int status, CancellationToken ct)
    {
        var (label, lines, catalog) = await LoadAsync(slug, ct);
        if (label is null) return NotFound();
        var tags = catalog!.Requirements.SelectMany(r => r.Tags).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        ViewData["Crumbs"] = new[] { new Crumb("Stacks", "/stacks"), new Crumb(label.Name, $"/stacks/{slug}"), new Crumb("Checklist") };
        var view = View("~/Stacks/Checklist.cshtml", new ChecklistPage(label, lines, Checklist.Progress(lines), catalog, tags, problems, notice));
        view.StatusCode = status;
        return view;
    }
}
