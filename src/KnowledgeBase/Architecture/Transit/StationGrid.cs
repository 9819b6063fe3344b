namespace KnowledgeBase.Architecture.Transit;

/// <summary>
/// Puts every station on a grid: its column from the order in which the lines visit it, its row inside its zone's
/// band. Pure and deterministic: the same lines always give the same grid, and ties break by the order in which the
/// lines first reach a station.
/// </summary>
internal sealed class StationGrid
{
    public required IReadOnlyList<string> Stations { get; init; }
    public required IReadOnlyDictionary<string, int> Column { get; init; }
    public required IReadOnlyDictionary<string, int> Row { get; init; }
    /// <summary>How many rows each zone needs: the most stations of the zone that share a column.</summary>
    public required IReadOnlyDictionary<string, int> Rows { get; init; }

    private const int Sweeps = 24;

    public static StationGrid For(IReadOnlyList<IReadOnlyList<string>> lines, IReadOnlyDictionary<string, TransitStop> stops)
    {
        var stations = lines.SelectMany(l => l).Distinct(StringComparer.Ordinal).ToList();
        var seen = stations.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i, StringComparer.Ordinal);

        // Zones are the layers of a layered drawing; inside each, stations are ordered by the barycentre of their
        // neighbours along the lines (the classic crossing-reduction sweep), starting from first-seen order. A fixed
        // number of sweeps and stable sorting keep it deterministic.
        var neighbours = stations.ToDictionary(s => s, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var line in lines)
            for (var i = 1; i < line.Count; i++)
            {
                neighbours[line[i - 1]].Add(line[i]);
                neighbours[line[i]].Add(line[i - 1]);
            }
        var zones = stations.GroupBy(s => stops[s].Zone).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var widest = zones.Values.Max(z => z.Count);
        var x = new Dictionary<string, double>(StringComparer.Ordinal);
        void Place()
        {
            foreach (var zone in zones.Values)
            {
                var offset = Math.Floor((widest - zone.Count) / 2.0);
                for (var i = 0; i < zone.Count; i++) x[zone[i]] = offset + i;
            }
        }
        Place();
        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            foreach (var key in zones.Keys.ToList())
            {
                var zone = zones[key];
                var centre = zone.ToDictionary(s => s, s => neighbours[s].Count == 0 ? x[s] : neighbours[s].Average(n => x[n]), StringComparer.Ordinal);
                zones[key] = zone.Select((s, i) => (s, i)).OrderBy(p => centre[p.s]).ThenBy(p => p.i).Select(p => p.s).ToList();
            }
            Place();
        }
        // Stations of a zone alternate between two staggered rows: neighbours in the order meet at a slant, and a link
        // that skips one station runs past it on the other row instead of through it.
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        var row = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var zone in zones.Values)
        {
            var offset = (int)Math.Floor((widest - zone.Count) / 2.0);
            for (var i = 0; i < zone.Count; i++)
            {
                column[zone[i]] = offset + i;
                row[zone[i]] = zone.Count == 1 ? 0 : (offset + i) % 2;
            }
        }
        var rows = zones.ToDictionary(z => z.Key, z => z.Value.Select(s => row[s]).Distinct().Count(), StringComparer.Ordinal);
        return new StationGrid { Stations = stations, Column = column, Row = row, Rows = rows };
    }
}
