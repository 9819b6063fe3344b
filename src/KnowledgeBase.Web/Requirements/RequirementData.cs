using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Architecture;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Requirements;

/// <summary>Reads shared by the requirement pages and their API resources.</summary>
internal static class RequirementData
{
    /// <summary>Every requirement in code order, one query.</summary>
    public static Task<List<RequirementListRow>> RowsAsync(CatalogDbContext db, CancellationToken ct) =>
        db.Requirements.AsNoTracking().OrderBy(r => r.Code).Select(r => new RequirementListRow(
            r.Code, r.Title, r.Statement, r.LayerSlug, db.Layers.Where(l => l.Slug == r.LayerSlug).Select(l => l.Name).First(),
            r.Kind, r.Priority, r.Tags, r.Sources.Count, r.Components.Select(c => c.ComponentSlug).ToList())).ToListAsync(ct);

    /// <summary>
    /// A requirement with its trace: sources → requirement → components → tools. Codes are matched in capitals, so
    /// the answer's <see cref="RequirementPage.Code"/> may differ from the one asked for (the page then redirects).
    /// </summary>
    public static async Task<RequirementPage?> TraceAsync(CatalogDbContext db, string code, CancellationToken ct)
    {
        var wanted = code.ToUpperInvariant();
        var r = await db.Requirements.AsNoTracking().Where(x => x.Code == wanted).Select(x => new
        {
            x.Code, x.Title, x.Statement, x.LayerSlug, LayerName = db.Layers.Where(l => l.Slug == x.LayerSlug).Select(l => l.Name).First(),
            x.Kind, x.Priority, x.Tags,
            Sources = x.Sources.Join(db.Sources, t => t.SourceSlug, s => s.Slug, (t, s) => new TraceSource(s.Slug, s.Title, s.Year, t.Note)).ToList(),
            Components = x.Components.Join(db.Components, t => t.ComponentSlug, c => c.Slug, (t, c) => new { c.Slug, c.Name, c.Order, LayerOrder = c.Layer!.Order }).ToList(),
        }).SingleOrDefaultAsync(ct);
        if (r is null) return null;

        var slugs = r.Components.Select(c => c.Slug).ToList();
        var tools = await ArchitectureQueries.ToolsByComponentAsync(db, slugs, ct);
        return new RequirementPage(r.Code, r.Title, r.Statement, r.LayerSlug, r.LayerName, EnumText.Format(r.Kind), EnumText.Format(r.Priority), r.Tags,
            r.Sources.OrderByDescending(s => s.Year).ToList(),
            r.Components.OrderBy(c => c.LayerOrder).ThenBy(c => c.Order).Select(c => new TraceComponent(c.Slug, c.Name, tools[c.Slug].ToList())).ToList());
    }
}
