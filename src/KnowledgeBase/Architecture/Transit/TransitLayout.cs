namespace KnowledgeBase.Architecture.Transit;

/// <summary>
/// Lays out a transit map from the catalog alone, the same way every time: zones (layers) as horizontal bands, the
/// first at the bottom; each station in its zone's band, in a column given by the order the lines visit it
/// (<see cref="StationGrid"/>); the lines through a station side by side on platforms in the order the lines were
/// given, so lines that share a run stay parallel instead of crossing; links between stations octilinear
/// (<see cref="OctilinearRoute"/>); names where they touch nothing (<see cref="LabelPlacer"/>). When a name finds no
/// free spot the whole map is spread out a little and laid out again.
/// </summary>
public static class TransitLayout
{
    public const double Gutter = 150, LineWidth = 4, StationRadius = 6;
    private const double Pad = 16, LeftRoom = 60, BandPad = 34, MinBand = 40, BandGap = 4;

    // Platforms of an interchange are spread along a slant that is parallel to no 0°/45°/90° direction, so lines
    // leaving side by side in any of those directions stay apart (12 units apart when running across, 5 or more
    // otherwise).
    private static readonly Point PlatformStep = new(5, 12);

    public static TransitMapLayout Compute(IReadOnlyList<TransitZone> zones, IReadOnlyList<TransitStop> stops, IReadOnlyList<TransitLine> lines)
    {
        var known = stops.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        var zoneSlugs = zones.Select(z => z.Slug).ToHashSet(StringComparer.Ordinal);
        var routes = lines.Select(l => (IReadOnlyList<string>)l.Stations
            .Where(s => known.TryGetValue(s, out var stop) && zoneSlugs.Contains(stop.Zone)).Distinct(StringComparer.Ordinal).ToList()).ToList();
        var grid = StationGrid.For(routes, known);

        // A map where some name found no spot is kept only if no spread-out one does better.
        (TransitMapLayout Map, int Unplaced)? best = null;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var layout = Attempt(zones, known, lines, routes, grid, Math.Pow(1.06, attempt), out var unplaced);
            if (best is null || unplaced < best.Value.Unplaced) best = (layout, unplaced);
            if (unplaced == 0) break;
        }
        return best!.Value.Map;
    }

    private const int Attempts = 30;
    private static TransitMapLayout Attempt(IReadOnlyList<TransitZone> zones, Dictionary<string, TransitStop> stops,
        IReadOnlyList<TransitLine> lines, List<IReadOnlyList<string>> routes, StationGrid grid, double spread, out int unplaced)
    {
        double columnGap = 52 * spread, rowGap = 40;

        // Bands from the top: the last zone first.
        var bands = new List<(TransitZone Zone, Box Band)>();
        var y = Pad;
        foreach (var zone in zones.OrderByDescending(z => z.Order).ThenBy(z => z.Slug, StringComparer.Ordinal))
        {
            var rows = grid.Rows.GetValueOrDefault(zone.Slug);
            var bandHeight = rows == 0 ? MinBand : 2 * BandPad + (rows - 1) * rowGap;
            bands.Add((zone, new Box(0, y, 0, bandHeight)));
            y += bandHeight + BandGap;
        }
        var zoneOrder = zones.ToDictionary(z => z.Slug, z => z.Order, StringComparer.Ordinal);
        var bandOf = bands.ToDictionary(b => b.Zone.Slug, b => b.Band, StringComparer.Ordinal);

        var centre = grid.Stations.ToDictionary(s => s, s => new Point(
            // Every other zone sits a quarter column over, so a link between zones is never a plain vertical that runs
            // through the stations of the zones in between.
            Gutter + LeftRoom + (grid.Column[s] + (zoneOrder[stops[s].Zone] % 2) / 4.0) * columnGap,
            bandOf[stops[s].Zone].Y + BandPad + grid.Row[s] * rowGap), StringComparer.Ordinal);

        var through = grid.Stations.ToDictionary(s => s,
            s => Enumerable.Range(0, lines.Count).Where(i => routes[i].Contains(s)).ToList(), StringComparer.Ordinal);
        Point PlatformOf(string station, int line)
        {
            var at = through[station];
            return centre[station] + (at.IndexOf(line) - (at.Count - 1) / 2.0) * PlatformStep;
        }

        // A link's shape is chosen once from the station centres, so parallel lines between two stations bend alike.
        var shapes = new Dictionary<(string, string), OctilinearRoute.Shape>();
        var drawn = new List<(Point, Point)>();
        OctilinearRoute.Shape ShapeOf(string a, string b)
        {
            if (shapes.TryGetValue((a, b), out var known)) return known;
            // Best: passes no station and runs along no link drawn before; then at least passes no station.
            var candidates = OctilinearRoute.Preference.Select(s => (Shape: s, Route: OctilinearRoute.Between(centre[a], centre[b], s))).ToList();
            var pick = candidates.FirstOrDefault(c => PassesNoStation(c.Route, a, b, centre) && !RunsAlong(c.Route, drawn));
            if (pick.Route is null) pick = candidates.FirstOrDefault(c => PassesNoStation(c.Route, a, b, centre));
            if (pick.Route is null) pick = candidates.FirstOrDefault(c => !RunsAlong(c.Route, drawn));
            if (pick.Route is null) pick = candidates[0];
            drawn.AddRange(pick.Route.Zip(pick.Route.Skip(1)));
            return shapes[(a, b)] = pick.Shape;
        }

        var placedLines = new List<PlacedLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            var route = routes[i];
            var points = new List<Point>();
            for (var s = 0; s < route.Count; s++)
            {
                if (s == 0) { points.Add(PlatformOf(route[0], i)); continue; }
                points.AddRange(OctilinearRoute.Between(PlatformOf(route[s - 1], i), PlatformOf(route[s], i), ShapeOf(route[s - 1], route[s])).Skip(1));
            }
            placedLines.Add(new PlacedLine(lines[i].Slug, lines[i].Name, lines[i].Color, route, points));
        }

        var segments = placedLines.SelectMany(l => l.Points.Zip(l.Points.Skip(1))).ToList();
        var stationBoxes = grid.Stations.ToDictionary(s => s, s => Bounds(through[s].Select(l => PlatformOf(s, l))), StringComparer.Ordinal);
        var placer = new LabelPlacer(segments, stationBoxes.Values.ToList(), Gutter);
        unplaced = 0;
        var stations = new List<PlacedStation>();
        // The most hemmed-in stations choose first (fewest free spots before any name is placed), then left to right.
        var room = grid.Stations.ToDictionary(s => s, s => placer.Room(stationBoxes[s], LabelPlacer.Wordings(stops[s].Name).First()), StringComparer.Ordinal);
        foreach (var s in grid.Stations.OrderBy(s => room[s]).ThenBy(s => centre[s].X).ThenBy(s => centre[s].Y).ThenBy(s => s, StringComparer.Ordinal))
        {
            // The name in two lines of about 20 characters if that fits anywhere near, else in one line, else narrower.
            IReadOnlyList<string> text = [];
            Box? label = null;
            foreach (var wrapped in LabelPlacer.Wordings(stops[s].Name))
            {
                text = wrapped;
                if ((label = placer.Place(stationBoxes[s], wrapped)) is not null) break;
            }
            if (label is null)
            {
                unplaced++;
                var (w, h) = LabelPlacer.Measure(text);
                label = new Box(stationBoxes[s].Right + 3, centre[s].Y - h / 2, w, h);
            }
            stations.Add(new PlacedStation(s, stops[s].Name, stops[s].Zone, centre[s],
                through[s].Select(l => new Platform(lines[l].Slug, PlatformOf(s, l))).ToList(), label.Value, text));
        }

        var width = Math.Max(Gutter + 200, stations.Select(s => Math.Max(s.Label.Right, stationBoxes[s.Slug].Right)).DefaultIfEmpty(0).Max() + Pad);
        var height = y - BandGap + Pad;
        var placedZones = bands.Select(b =>
        {
            var nameLines = Svg.Wrap(b.Zone.Name, 18, 3);
            var band = b.Band with { Width = width };
            return new PlacedZone(b.Zone.Slug, b.Zone.Name, band,
                new Point(10, band.Y + band.Height / 2 - (nameLines.Count - 1) * 7 + 4), nameLines);
        }).ToList();
        return new TransitMapLayout(width, height, placedZones, stations, placedLines);
    }

    /// <summary>The station's outline: the capsule around its platforms.</summary>
    private static Box Bounds(IEnumerable<Point> platforms)
    {
        var p = platforms.ToList();
        double x0 = p.Min(q => q.X), x1 = p.Max(q => q.X), y0 = p.Min(q => q.Y), y1 = p.Max(q => q.Y);
        return new Box(x0, y0, x1 - x0, y1 - y0).Inflate(StationRadius + 1);
    }

    /// <summary>Whether a segment of the route lies on top of a segment already drawn (same direction, same track, overlapping).</summary>
    private static bool RunsAlong(List<Point> route, List<(Point A, Point B)> drawn) =>
        route.Zip(route.Skip(1)).Any(seg => drawn.Any(d => Overlap(seg.First, seg.Second, d.A, d.B)));

    private static bool Overlap(Point a, Point b, Point c, Point d)
    {
        var u = b - a;
        var v = d - c;
        var length = Math.Sqrt(u.X * u.X + u.Y * u.Y);
        if (length < 1e-6 || Math.Abs(u.X * v.Y - u.Y * v.X) > 1e-6) return false; // not parallel
        if (Octilinear.Distance(c, a, b) > 6 && Octilinear.Distance(d, a, b) > 6 && Octilinear.Distance(a, c, d) > 6) return false;
        // Parallel and on one track: project c and d onto ab and see whether the spans share more than a point.
        double t0 = ((c.X - a.X) * u.X + (c.Y - a.Y) * u.Y) / length, t1 = ((d.X - a.X) * u.X + (d.Y - a.Y) * u.Y) / length;
        var offTrack = Math.Abs((c.X - a.X) * u.Y - (c.Y - a.Y) * u.X) / length;
        return offTrack < 6 && Math.Min(Math.Max(t0, t1), length) - Math.Max(Math.Min(t0, t1), 0) > 2;
    }

    private static bool PassesNoStation(List<Point> route, string from, string to, IReadOnlyDictionary<string, Point> centre) =>
        centre.Where(c => c.Key != from && c.Key != to)
            .All(c => route.Zip(route.Skip(1)).All(seg => Octilinear.Distance(c.Value, seg.First, seg.Second) > 16));
}
