using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using KnowledgeBase.Tools;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.ToolCatalog;

public sealed record ToolRowData(string Slug, string Name, ToolKind Kind, string? License, string? Vendor, string Summary, IReadOnlyList<string> Tags)
{
    /// <summary>Null for a tool nobody recorded (one without a repository).</summary>
    public ToolMaintenance? Maintenance { get; init; }

    public string? MaintenanceValue => Maintenance is { } m ? EnumText.Format(m.Status) : null;
}

public sealed record CoverageCell(string Tool, string Component, CoverageLevel Level);

public sealed record ComponentRef(string Slug, string Name, string LayerSlug, string LayerName, int LayerOrder, int Order);

/// <summary>
/// Tools with their coverage, and the architecture they map onto, read in four small queries. The catalog,
/// matrix and compare pages filter this in memory: a thousand tools is a few hundred kilobytes.
/// </summary>
public sealed class ToolData
{
    public required IReadOnlyList<ToolRowData> Tools { get; init; }
    public required IReadOnlyList<CoverageCell> Coverage { get; init; }
    public required IReadOnlyList<ComponentRef> Components { get; init; }
    public required IReadOnlyDictionary<string, string> Pipelines { get; init; }
    /// <summary>Pipeline slug → the components its stages touch.</summary>
    public required ILookup<string, string> PipelineComponents { get; init; }

    public static async Task<ToolData> LoadAsync(CatalogDbContext db, CancellationToken ct)
    {
        var tools = await db.Tools.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new ToolRowData(t.Slug, t.Name, t.Kind, t.License, t.Vendor, t.Summary, t.Tags) { Maintenance = t.Maintenance }).ToListAsync(ct);
        var coverage = await db.ToolCoverage.AsNoTracking().Select(c => new CoverageCell(c.ToolSlug, c.ComponentSlug, c.Level)).ToListAsync(ct);
        var components = await db.Components.AsNoTracking()
            .Select(c => new ComponentRef(c.Slug, c.Name, c.LayerSlug, c.Layer!.Name, c.Layer.Order, c.Order)).ToListAsync(ct);
        var pipelines = await db.Pipelines.AsNoTracking().OrderBy(p => p.Order).Select(p => new { p.Slug, p.Name }).ToListAsync(ct);
        var stations = await db.StageComponents.AsNoTracking().Select(s => new { s.PipelineSlug, s.ComponentSlug }).Distinct().ToListAsync(ct);
        return new ToolData
        {
            Tools = tools,
            Coverage = coverage,
            Components = components.OrderBy(c => c.LayerOrder).ThenBy(c => c.Order).ToList(),
            Pipelines = pipelines.ToDictionary(p => p.Slug, p => p.Name),
            PipelineComponents = stations.ToLookup(s => s.PipelineSlug, s => s.ComponentSlug),
        };
    }

    /// <summary>The tools that pass every filter, sorted by name or by the number of components they cover.</summary>
    public IReadOnlyList<ToolRowData> Apply(ToolFilter filter)
    {
        var byTool = Coverage.ToLookup(c => c.Tool, c => c.Component);
        var layerOf = Components.ToDictionary(c => c.Slug, c => c.LayerSlug);
        var result = Tools.Where(t =>
        {
            var covered = byTool[t.Slug].ToList();
            return (filter.Layers.Length == 0 || covered.Any(c => filter.Layers.Contains(layerOf[c])))
                && (filter.Components.Length == 0 || covered.Any(filter.Components.Contains))
                && (filter.Pipelines.Length == 0 || filter.Pipelines.Any(p => PipelineComponents[p].Intersect(covered).Any()))
                && (filter.Licenses.Length == 0 || filter.Licenses.Contains(t.License ?? "unknown", StringComparer.OrdinalIgnoreCase))
                && (filter.Kinds.Length == 0 || filter.Kinds.Contains(EnumText.Format(t.Kind), StringComparer.OrdinalIgnoreCase))
                && (filter.Tags.Length == 0 || t.Tags.Any(tag => filter.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)))
                && (filter.Maintenance.Length == 0 || filter.Maintenance.Contains(t.MaintenanceValue, StringComparer.OrdinalIgnoreCase));
        });
        return filter.Sort == "breadth"
            ? result.OrderByDescending(t => byTool[t.Slug].Count()).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList()
            : result.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
