using KnowledgeBase.Storage;
using KnowledgeBase.Tools;
using KnowledgeBase.Web.Architecture;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.ToolCatalog;

/// <summary>
/// One tool with what its page and its API resource show: the components it covers (bottom layer first), the
/// pipelines through them, the requirements it helps meet, sources that mention it and the tools most often found
/// beside it. The page draws its map from <see cref="Covers"/>.
/// </summary>
public sealed record ToolDetails(
    Tool Tool, IReadOnlyList<CoveredComponent> Covers, IReadOnlyList<NamedLink> Pipelines, IReadOnlyList<RequirementLine> Requirements,
    IReadOnlyList<SourceLine> Sources, IReadOnlyList<NamedLink> Alternatives)
{
    public static async Task<ToolDetails?> LoadAsync(CatalogDbContext db, string slug, CancellationToken ct)
    {
        var tool = await db.Tools.AsNoTracking().Include(t => t.Maintenance).SingleOrDefaultAsync(t => t.Slug == slug, ct);
        if (tool is null) return null;

        var covers = await db.ToolCoverage.AsNoTracking().Where(c => c.ToolSlug == slug)
            .Join(db.Components, c => c.ComponentSlug, c => c.Slug, (c, component) => new
            {
                component.Slug, component.Name, component.LayerSlug, LayerName = component.Layer!.Name, LayerOrder = component.Layer.Order, component.Order, c.Level, c.Evidence,
            }).ToListAsync(ct);
        var componentSlugs = covers.Select(c => c.Slug).ToList();
        var pipelines = await db.Pipelines.AsNoTracking().OrderBy(p => p.Order)
            .Where(p => p.Stages.Any(s => s.Components.Any(c => componentSlugs.Contains(c.ComponentSlug))))
            .Select(p => new NamedLink(p.Slug, p.Name)).ToListAsync(ct);
        var requirements = await ArchitectureQueries.RequirementsAsync(db, componentSlugs, null, ct);
        var alternatives = (await db.ToolCoverage.AsNoTracking()
                .Where(c => componentSlugs.Contains(c.ComponentSlug) && c.ToolSlug != slug)
                .Select(c => new { c.ToolSlug, c.Level }).ToListAsync(ct))
            .GroupBy(c => c.ToolSlug).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(12).Select(g => g.Key).ToList();
        var alternativeNames = await db.Tools.AsNoTracking().Where(t => alternatives.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, t => t.Name, ct);
        var sources = await MentioningSourcesAsync(db, tool, covers.Select(c => c.Evidence).OfType<string>().ToList(), ct);
        return new ToolDetails(tool,
            covers.OrderBy(c => c.LayerOrder).ThenBy(c => c.Order).Select(c => new CoveredComponent(c.Slug, c.Name, c.LayerName, c.Level, c.Evidence) { LayerSlug = c.LayerSlug }).ToList(),
            pipelines, requirements, sources, alternatives.Select(a => new NamedLink(a, alternativeNames[a])).ToList());
    }

    /// <summary>
    /// Sources whose title, tags or note name the tool, or that coverage evidence points to (the coverage rows are in
    /// hand already: reading them again would cost the page a query).
    /// </summary>
    private static async Task<List<SourceLine>> MentioningSourcesAsync(CatalogDbContext db, Tool tool, List<string> evidence, CancellationToken ct)
    {
        var pattern = "%" + tool.Name.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%";
        return await db.Sources.AsNoTracking()
            .Where(s => evidence.Contains(s.Slug) || EF.Functions.Like(s.Title, pattern) || EF.Functions.Like(s.Note, pattern))
            .OrderByDescending(s => s.Year).ThenBy(s => s.Title).Take(10)
            .Select(s => new SourceLine(s.Slug, s.Title, s.Year)).ToListAsync(ct);
    }
}
