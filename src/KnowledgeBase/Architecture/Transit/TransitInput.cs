namespace KnowledgeBase.Architecture.Transit;

/// <summary>A pipeline as the transit map needs it: its colour and the components it visits, in stage order.</summary>
public sealed record TransitLine(string Slug, string Name, string Color, IReadOnlyList<string> Stations);

/// <summary>A fare zone of the map: a layer; <see cref="Order"/> 1 is the bottom band.</summary>
public sealed record TransitZone(string Slug, string Name, int Order);

/// <summary>A component that may become a station, with the zone (layer) it sits in.</summary>
public sealed record TransitStop(string Slug, string Name, string Zone);

/// <summary>Everything the layout needs, taken from the catalog slice the gap reports use.</summary>
public sealed record TransitNetwork(IReadOnlyList<TransitZone> Zones, IReadOnlyList<TransitStop> Stops, IReadOnlyList<TransitLine> Lines)
{
    /// <summary>The network of all pipelines, or of the one named; a stage's components follow one another in file order.</summary>
    public static TransitNetwork From(Stacks.GapCatalog catalog, IReadOnlyDictionary<string, string> colors, string? onlyPipeline = null) =>
        new(catalog.Layers.Select(l => new TransitZone(l.Slug, l.Name, l.Order)).ToList(),
            catalog.Components.Select(c => new TransitStop(c.Slug, c.Name, c.LayerSlug)).ToList(),
            catalog.Pipelines.Where(p => onlyPipeline is null || p.Slug == onlyPipeline)
                .Select(p => new TransitLine(p.Slug, p.Name, colors.TryGetValue(p.Slug, out var c) ? c : "#555555",
                    p.Stages.OrderBy(s => s.Order).SelectMany(s => s.Components).ToList())).ToList());

    public TransitMapLayout Layout() => TransitLayout.Compute(Zones, Stops, Lines);
}
