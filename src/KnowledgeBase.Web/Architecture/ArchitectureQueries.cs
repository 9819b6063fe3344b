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

    /// <summary>Every layer with its counts, top band first (the order of the /layers page).</summary>
    public static async Task<List<LayerSummary>> LayerSummariesAsync(CatalogDbContext db, CancellationToken ct)
    {
        var toolsPerLayer = (await db.ToolCoverage.AsNoTracking()
                .Join(db.Components, c => c.ComponentSlug, c => c.Slug, (c, component) => new { component.LayerSlug, c.ToolSlug })
                .Distinct().ToListAsync(ct))
            .GroupBy(x => x.LayerSlug).ToDictionary(g => g.Key, g => g.Count());
        var rows = await db.Layers.AsNoTracking().OrderByDescending(l => l.Order)
            .Select(l => new { l.Slug, l.Order, l.Name, l.Summary, Components = l.Components.Count, Requirements = db.Requirements.Count(r => r.LayerSlug == l.Slug) })
            .ToListAsync(ct);
        return rows.Select(l => new LayerSummary(l.Slug, l.Order, l.Name, l.Summary, l.Components,
            toolsPerLayer.GetValueOrDefault(l.Slug), l.Requirements)).ToList();
    }

    /// <summary>A layer with its components, the tools filling each and its requirements; null for an unknown slug.</summary>
    public static async Task<LayerPage?> LayerAsync(CatalogDbContext db, string slug, CancellationToken ct)
    {
        var layer = await db.Layers.AsNoTracking().Where(l => l.Slug == slug)
            .Select(l => new { l.Slug, l.Name, l.Summary, Components = l.Components.OrderBy(c => c.Order).Select(c => new { c.Slug, c.Name, c.Summary }).ToList() })
            .SingleOrDefaultAsync(ct);
        if (layer is null) return null;

        var slugs = layer.Components.Select(c => c.Slug).ToList();
        var tools = await ToolsByComponentAsync(db, slugs, ct);
        var requirements = await RequirementsAsync(db, slugs, layer.Slug, ct);
        return new LayerPage(layer.Slug, layer.Name, layer.Summary,
            layer.Components.Select(c => new ComponentWithTools(c.Slug, c.Name, c.Summary, tools[c.Slug].ToList())).ToList(), requirements);
    }

    /// <summary>A component with the tools covering it, the pipeline stages passing through it and its requirements.</summary>
    public static async Task<ComponentPage?> ComponentAsync(CatalogDbContext db, string slug, CancellationToken ct)
    {
        var component = await db.Components.AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new { c.Slug, c.Name, c.Summary, c.LayerSlug, LayerName = c.Layer!.Name })
            .SingleOrDefaultAsync(ct);
        if (component is null) return null;

        var tools = await ToolsByComponentAsync(db, [slug], ct);
        var stages = await db.StageComponents.AsNoTracking().Where(s => s.ComponentSlug == slug)
            .Join(db.PipelineStages, s => new { s.PipelineSlug, Order = s.StageOrder }, st => new { st.PipelineSlug, st.Order }, (s, st) => new { s.PipelineSlug, st.Order, st.Name })
            .Join(db.Pipelines, s => s.PipelineSlug, p => p.Slug, (s, p) => new StageVisit(p.Slug, p.Name, p.Color, s.Order, s.Name))
            .ToListAsync(ct);
        var requirements = await RequirementsAsync(db, [slug], null, ct);
        return new ComponentPage(component.Slug, component.Name, component.Summary, component.LayerSlug, component.LayerName,
            tools[slug].ToList(), stages.OrderBy(s => s.PipelineName).ThenBy(s => s.StageOrder).ToList(), requirements);
    }

    public static Task<List<PipelineSummary>> PipelineSummariesAsync(CatalogDbContext db, CancellationToken ct) =>
        db.Pipelines.AsNoTracking().OrderBy(p => p.Order)
            .Select(p => new PipelineSummary(p.Slug, p.Name, p.Color, p.Summary, p.Stages.Count)).ToListAsync(ct);

    /// <summary>A pipeline with its ordered stages and the tools on each stage's components; the page adds its map.</summary>
    public static async Task<PipelineStages?> PipelineAsync(CatalogDbContext db, string slug, CancellationToken ct)
    {
        var pipeline = await db.Pipelines.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new { p.Slug, p.Name, p.Color, p.Summary }).SingleOrDefaultAsync(ct);
        if (pipeline is null) return null;

        var stages = await db.PipelineStages.AsNoTracking().Where(s => s.PipelineSlug == slug).OrderBy(s => s.Order)
            .Select(s => new
            {
                s.Order, s.Name,
                Components = s.Components.OrderBy(c => c.Position).Select(c => new { c.ComponentSlug, c.Component!.Name }).ToList(),
            }).ToListAsync(ct);
        var slugs = stages.SelectMany(s => s.Components.Select(c => c.ComponentSlug)).Distinct().ToList();
        var tools = await ToolsByComponentAsync(db, slugs, ct);
        return new PipelineStages(pipeline.Slug, pipeline.Name, pipeline.Color, pipeline.Summary,
            stages.Select(s => new StagePage(s.Order, s.Name,
                s.Components.Select(c => new StageComponentTools(c.ComponentSlug, c.Name, tools[c.ComponentSlug].ToList())).ToList())).ToList());
    }
}
