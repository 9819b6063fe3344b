using KnowledgeBase.Storage;
using KnowledgeBase.Tools;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Architecture;

/// <summary>The layered architecture as drawn: layers bottom-up, their components in order, and tool counts.</summary>
public sealed record ArchitectureMap(IReadOnlyList<MapLayer> Layers)
{
    public IEnumerable<MapComponent> Components => Layers.SelectMany(l => l.Components);

    public static async Task<ArchitectureMap> LoadAsync(CatalogDbContext db, CancellationToken cancellationToken = default)
    {
        var layers = await db.Layers.AsNoTracking().OrderBy(l => l.Order)
            .Select(l => new { l.Slug, l.Name, l.Order }).ToListAsync(cancellationToken);
        var components = await db.Components.AsNoTracking().OrderBy(c => c.Order)
            .Select(c => new { c.Slug, c.Name, c.LayerSlug }).ToListAsync(cancellationToken);
        var counts = await db.ToolCoverage.AsNoTracking().GroupBy(c => c.ComponentSlug)
            .Select(g => new { g.Key, Full = g.Count(c => c.Level == CoverageLevel.Full), All = g.Count() })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        return new ArchitectureMap(layers.Select(l => new MapLayer(l.Slug, l.Name, l.Order,
            components.Where(c => c.LayerSlug == l.Slug)
                .Select(c => new MapComponent(c.Slug, c.Name, l.Slug,
                    counts.TryGetValue(c.Slug, out var n) ? n.All : 0, counts.TryGetValue(c.Slug, out var m) ? m.Full : 0))
                .ToList())).ToList());
    }
}

public sealed record MapLayer(string Slug, string Name, int Order, IReadOnlyList<MapComponent> Components);

public sealed record MapComponent(string Slug, string Name, string LayerSlug, int ToolCount, int FullCount);
