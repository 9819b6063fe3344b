using KnowledgeBase.Architecture;
using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using KnowledgeBase.Tools;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Architecture;

/// <summary>Reads shared by the architecture pages: each is one query, projected straight into view models.</summary>
internal static class ArchitectureQueries
{
    /// <summary>Tools per component for the given components, full coverage first, then by name.</summary>
    public static async Task<ILookup<string, ToolOnComponent>> ToolsByComponentAsync(CatalogDbContext db, IReadOnlyCollection<string> components, CancellationToken ct)
    {
        var rows = await db.ToolCoverage.AsNoTracking().Where(c => components.Contains(c.ComponentSlug))
            .Join(db.Tools, c => c.ToolSlug, t => t.Slug, (c, t) => new { c.ComponentSlug, t.Slug, t.Name, c.Level, t.Kind, t.License, c.Evidence })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Level).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .ToLookup(r => r.ComponentSlug, r => new ToolOnComponent(r.Slug, r.Name, r.Level, r.Kind, r.License, r.Evidence));
    }

    /// <summary>Requirements that concern any of the components or belong to the layer.</summary>
    public static async Task<List<RequirementLine>> RequirementsAsync(CatalogDbContext db, IReadOnlyCollection<string> components, string? layer, CancellationToken ct)
    {
        var rows = await db.Requirements.AsNoTracking()
            .Where(r => r.LayerSlug == layer || r.Components.Any(c => components.Contains(c.ComponentSlug)))
            .OrderBy(r => r.Code).Select(r => new { r.Code, r.Title, r.Priority }).ToListAsync(ct);
        return rows.Select(r => new RequirementLine(r.Code, r.Title, EnumText.Format(r.Priority))).ToList();
    }
}
