using KnowledgeBase.Architecture;
using KnowledgeBase.Tools;

namespace KnowledgeBase.Stacks;

/// <summary>A stack drawn on the reference architecture: covered boxes filled and labelled with the stack's tools.</summary>
public static class StackDiagram
{
    public static string Render(GapCatalog catalog, GapReport report, string title)
    {
        var covered = report.Components.Where(c => c.Level is not null).ToList();
        var marks = new DiagramMarks(
            Highlight: covered.ToDictionary(c => c.Slug, c => c.Level!.Value),
            Labels: covered.ToDictionary(c => c.Slug, c => string.Join(", ", c.Tools.Select(t => t.Name))),
            ShowToolCounts: false);
        return ArchitectureDiagram.Render(Map(catalog), title, marks);
    }

    /// <summary>The architecture map the diagram needs, built from the catalog already in hand.</summary>
    public static ArchitectureMap Map(GapCatalog catalog)
    {
        var counts = catalog.Coverage.GroupBy(c => c.Component)
            .ToDictionary(g => g.Key, g => (All: g.Count(), Full: g.Count(c => c.Level == CoverageLevel.Full)));
        var byLayer = catalog.Components.ToLookup(c => c.LayerSlug);
        return new ArchitectureMap(catalog.Layers.OrderBy(l => l.Order).Select(l => new MapLayer(l.Slug, l.Name, l.Order,
            byLayer[l.Slug].Select(c => counts.TryGetValue(c.Slug, out var n)
                ? new MapComponent(c.Slug, c.Name, l.Slug, n.All, n.Full)
                : new MapComponent(c.Slug, c.Name, l.Slug, 0, 0)).ToList())).ToList());
    }
}
