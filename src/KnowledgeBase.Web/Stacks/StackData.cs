using KnowledgeBase.Stacks;
using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Stacks;

/// <summary>Reads shared by the stack pages.</summary>
internal static class StackData
{
    public static async Task<StackLabel?> LabelAsync(CatalogDbContext db, string slug, CancellationToken ct) =>
        await db.Stacks.AsNoTracking().Where(s => s.Slug == slug)
            .Select(s => new StackLabel(s.Slug, s.Name, s.Author, s.Contact, s.Summary, s.Date)).SingleOrDefaultAsync(ct);

    public static async Task<List<StackLabel>> LabelsAsync(CatalogDbContext db, CancellationToken ct) =>
        (await db.Stacks.AsNoTracking().Select(s => new StackLabel(s.Slug, s.Name, s.Author, s.Contact, s.Summary, s.Date)).ToListAsync(ct))
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList();

    public static GapView View(GapCatalog catalog, GapReport report, string stackName) =>
        new(catalog, report, StackDiagram.Render(catalog, report, $"{stackName} drawn on the reference architecture: filled boxes are covered, labelled with the stack's tools"));

    /// <summary>The stack's checklist lines, with the gap report's hint on each.</summary>
    public static async Task<List<ChecklistLine>> ChecklistAsync(CatalogDbContext db, string slug, GapCatalog catalog, GapReport report, CancellationToken ct)
    {
        var items = await db.ChecklistItems.AsNoTracking().Where(c => c.StackSlug == slug).ToListAsync(ct);
        return Checklist.Lines(catalog, report, items);
    }

    /// <summary>Text from the request, cut short for a message.</summary>
    public static string Clip(string text, int max = 40) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…");

    public static string Percent(double? share) => share is null ? "–" : $"{Math.Round(share.Value * 100):0}%";

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
