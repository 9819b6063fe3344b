using System.Collections.Concurrent;
using KnowledgeBase.Architecture.Transit;

namespace KnowledgeBase.Web.Architecture;

/// <summary>
/// Laid-out maps kept by the network they were computed from: the layout is pure but takes seconds for the shipped
/// catalog, and the network only changes with the catalog. A handful of entries (the full map, one per pipeline).
/// </summary>
public static class TransitLayouts
{
    private const int Capacity = 32;
    private static readonly ConcurrentDictionary<string, Lazy<TransitMapLayout>> Cache = new(StringComparer.Ordinal);

    public static TransitMapLayout For(TransitNetwork network)
    {
        var key = string.Join('|', network.Zones.Select(z => $"{z.Slug}:{z.Name}:{z.Order}"))
            + "#" + string.Join('|', network.Stops.Select(s => $"{s.Slug}:{s.Name}:{s.Zone}"))
            + "#" + string.Join('|', network.Lines.Select(l => $"{l.Slug}:{l.Name}:{l.Color}:{string.Join(',', l.Stations)}"));
        if (Cache.Count >= Capacity) Cache.Clear();
        return Cache.GetOrAdd(key, _ => new Lazy<TransitMapLayout>(network.Layout)).Value;
    }
}
