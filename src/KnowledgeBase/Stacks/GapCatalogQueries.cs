using KnowledgeBase.Storage;
using KnowledgeBase.Tools;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Stacks;

/// <summary>Reads the inputs of gap reports from the working copy: a handful of flat queries, no tracking.</summary>
public static class GapCatalogQueries
{
    public static async Task<GapCatalog> LoadAsync(CatalogDbContext db, CancellationToken ct = default)
    {
        var layers = await db.Layers.AsNoTracking().OrderBy(l => l.Order).Select(l => new GapLayer(l.Slug, l.Name, l.Order)).ToListAsync(ct);
        var components = (await db.Components.AsNoTracking().Select(c => new { c.Slug, c.Name, c.LayerSlug, LayerOrder = c.Layer!.Order, c.Order }).ToListAsync(ct))
            .OrderBy(c => c.LayerOrder).ThenBy(c => c.Order).Select(c => new GapComponent(c.Slug, c.Name, c.LayerSlug)).ToList();
        var coverage = await db.ToolCoverage.AsNoTracking().Select(c => new GapCoverage(c.ToolSlug, c.ComponentSlug, c.Level)).ToListAsync(ct);
        var tools = await db.Tools.AsNoTracking().ToDictionaryAsync(t => t.Slug, t => t.Name, ct);
        var integrations = await db.ToolRelations.AsNoTracking().Where(r => r.Kind == ToolRelationKind.IntegratesWith)
            .Select(r => new GapIntegration(r.ToolSlug, r.OtherSlug)).ToListAsync(ct);

        var pipelines = await db.Pipelines.AsNoTracking().OrderBy(p => p.Order).Select(p => new { p.Slug, p.Name }).ToListAsync(ct);
        var stages = await db.PipelineStages.AsNoTracking().Select(s => new { s.PipelineSlug, s.Order, s.Name }).ToListAsync(ct);
        var stations = (await db.StageComponents.AsNoTracking().Select(s => new { s.PipelineSlug, s.StageOrder, s.Position, s.ComponentSlug }).ToListAsync(ct))
            .OrderBy(s => s.Position).ToLookup(s => (s.PipelineSlug, s.StageOrder), s => s.ComponentSlug);
        var stagesByPipeline = stages.OrderBy(s => s.Order).ToLookup(s => s.PipelineSlug);

        var requirements = await db.Requirements.AsNoTracking().OrderBy(r => r.Code)
            .Select(r => new { r.Code, r.Title, r.Statement, r.LayerSlug, r.Priority, r.Tags }).ToListAsync(ct);
        var concerns = (await db.RequirementComponents.AsNoTracking().Select(c => new { c.RequirementCode, c.ComponentSlug }).ToListAsync(ct))
            .ToLookup(c => c.RequirementCode, c => c.ComponentSlug);

        return new GapCatalog(
            layers,
            components,
            coverage,
            tools,
            pipelines.Select(p => new GapPipeline(p.Slug, p.Name,
                stagesByPipeline[p.Slug].Select(s => new GapStage(s.Order, s.Name, stations[(p.Slug, s.Order)].ToList())).ToList())).ToList(),
            requirements.Select(r => new GapRequirement(r.Code, r.Title, r.LayerSlug, r.Priority, concerns[r.Code].OrderBy(c => c, StringComparer.Ordinal).ToList())
            {
                Statement = r.Statement,
                Tags = r.Tags,
            }).ToList())
        {
            Integrations = integrations,
        };
    }

    public static async Task<List<ToolPick>> PicksAsync(CatalogDbContext db, string stackSlug, CancellationToken ct = default) =>
        await db.StackTools.AsNoTracking().Where(t => t.StackSlug == stackSlug).Select(t => new ToolPick(t.ToolSlug, t.ComponentSlug)).ToListAsync(ct);
}
