using KnowledgeBase.Interchange;
using KnowledgeBase.Tools;

namespace KnowledgeBase.Web.ToolCatalog;

/// <summary>Counts per filter value over the tools currently shown (our own faceting).</summary>
internal static class Facets
{
    public static IReadOnlyList<Facet> For(ToolData data, IReadOnlyList<ToolRowData> shown, ToolFilter filter)
    {
        var covered = data.Coverage.ToLookup(c => c.Tool, c => c.Component);
        var layerOf = data.Components.ToDictionary(c => c.Slug, c => c.LayerSlug);
        int Count(Func<ToolRowData, bool> predicate) => shown.Count(predicate);

        var layers = data.Components.GroupBy(c => (c.LayerSlug, c.LayerName, c.LayerOrder)).OrderBy(g => g.Key.LayerOrder)
            .Select(g => new FacetValue(g.Key.LayerSlug, g.Key.LayerName, Count(t => covered[t.Slug].Any(c => layerOf[c] == g.Key.LayerSlug)), filter.Has("layer", g.Key.LayerSlug)));
        var components = data.Components
            .Select(c => new FacetValue(c.Slug, c.Name, Count(t => covered[t.Slug].Contains(c.Slug)), filter.Has("component", c.Slug)));
        var pipelines = data.Pipelines
            .Select(p => new FacetValue(p.Key, p.Value, Count(t => data.PipelineComponents[p.Key].Intersect(covered[t.Slug]).Any()), filter.Has("pipeline", p.Key)));
        var kinds = Enum.GetValues<ToolKind>()
            .Select(k => new FacetValue(EnumText.Format(k), Shared.Badges.Kind(k), Count(t => t.Kind == k), filter.Has("kind", EnumText.Format(k))));
        var licenses = data.Tools.Select(t => t.License ?? "unknown").Distinct().Order(StringComparer.OrdinalIgnoreCase)
            .Select(l => new FacetValue(l, l, Count(t => (t.License ?? "unknown") == l), filter.Has("license", l)));
        var tags = data.Tools.SelectMany(t => t.Tags).GroupBy(t => t, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase).Take(40)
            .Select(g => new FacetValue(g.Key, g.Key, Count(t => t.Tags.Contains(g.Key, StringComparer.OrdinalIgnoreCase)), filter.Has("tag", g.Key)));
        var maintenance = Enum.GetValues<MaintenanceStatus>()
            .Select(s => new FacetValue(EnumText.Format(s), MaintenanceLabel(s), Count(t => t.Maintenance?.Status == s), filter.Has("maintenance", EnumText.Format(s))));

        // A value keeps its place when selected, even at zero, so it can be switched off again.
        static IReadOnlyList<FacetValue> Visible(IEnumerable<FacetValue> values) => values.Where(v => v.Count > 0 || v.Selected).ToList();
        return
        [
            new Facet("layer", "Layer", Visible(layers)),
            new Facet("pipeline", "Pipeline", Visible(pipelines)),
            new Facet("kind", "Kind", Visible(kinds)),
            new Facet("license", "Licence", Visible(licenses)),
            new Facet("maintenance", "Maintenance", Visible(maintenance)),
            new Facet("tag", "Tag", Visible(tags)),
            new Facet("component", "Component", Visible(components)),
        ];
    }

    private static string MaintenanceLabel(MaintenanceStatus status) => status switch
    {
        MaintenanceStatus.Active => "maintained",
        MaintenanceStatus.Slow => "no release in 18 months",
        MaintenanceStatus.Unknown => "not known",
        _ => EnumText.Format(status),
    };
}
