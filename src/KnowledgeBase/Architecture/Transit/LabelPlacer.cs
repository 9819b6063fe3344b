namespace KnowledgeBase.Architecture.Transit;

/// <summary>
/// Places station names one by one at the first of a fixed list of spots around the station (right, left, below,
/// above, the corners, then the same farther out) where the box touches no line segment, no station and no name
/// placed before. Text width is estimated from the character count, generously, since the server cannot measure it.
/// </summary>
internal sealed class LabelPlacer(IReadOnlyList<(Point From, Point To)> segments, IReadOnlyList<Box> stations, double left)
{
    public const double FontSize = 11, LineHeight = 13, CharWidth = 6.3, WrapAt = 20;
    private const double LineClearance = 3, Gap = 3;

    private readonly List<Box> _placed = [];

    public static IEnumerable<List<string>> Wordings(string name) =>
        new[] { Svg.Wrap(name, (int)WrapAt, 3), Svg.Wrap(name, 60, 1), Svg.Wrap(name, 12, 4) }.DistinctBy(w => string.Join('\n', w));

    public static (double Width, double Height) Measure(IReadOnlyList<string> lines) =>
        (lines.Max(l => l.Length) * CharWidth + 4, lines.Count * LineHeight + 2);

    /// <summary>
    /// The label box, or null when every spot is taken. Spots are tried nearest first: the four sides of the station,
    /// then any position on a small grid up to <see cref="Reach"/> away, so a crowded station still gets a name close by.
    /// </summary>
    public Box? Place(Box station, IReadOnlyList<string> lines)
    {
        var near = Near(station, lines);
        foreach (var spot in Spots(station, lines))
            if (near.IsFree(spot))
            {
                _placed.Add(spot);
                return spot;
            }
        return null;
    }

    /// <summary>How many spots are free for the name before other names are placed, up to a cap.</summary>
    public int Room(Box station, IReadOnlyList<string> lines)
    {
        var near = Near(station, lines);
        return Spots(station, lines).Where(near.IsFree).Take(RoomCap).Count();
    }

    /// <summary>Only what lies within reach of the station can be in a spot's way; checking just that keeps placement quick.</summary>
    private Obstacles Near(Box station, IReadOnlyList<string> lines)
    {
        var (w, h) = Measure(lines);
        var area = station.Inflate(Reach + Math.Max(w, h) + LineClearance + Gap);
        return new Obstacles(left,
            _placed.Where(area.Overlaps).ToList(),
            stations.Where(area.Overlaps).ToList(),
            segments.Where(s => area.Crosses(s.From, s.To)).ToList());
    }

    private sealed record Obstacles(double Left, List<Box> Labels, List<Box> Stations, List<(Point From, Point To)> Segments)
    {
        public bool IsFree(Box spot)
        {
            if (spot.X < Left || spot.Y < 0) return false;
            foreach (var p in Labels) if (p.Overlaps(spot)) return false;
            foreach (var s in Stations) if (s.Overlaps(spot)) return false;
            var clear = spot.Inflate(LineClearance);
            foreach (var (a, b) in Segments) if (clear.Crosses(a, b)) return false;
            return true;
        }
    }

    private const int RoomCap = 30;

    private static IEnumerable<Box> Spots(Box station, IReadOnlyList<string> lines)
    {
        var (w, h) = Measure(lines);
        double cx = station.X + station.Width / 2, cy = station.Y + station.Height / 2;
        var b = station.Inflate(Gap);
        Box[] sides = [new(b.Right, cy - h / 2, w, h), new(b.X - w, cy - h / 2, w, h), new(cx - w / 2, b.Bottom, w, h), new(cx - w / 2, b.Y - h, w, h)];
        return sides.Concat(Grid(b, w, h).OrderBy(g => Math.Round(DistanceTo(g, b) / Step)).ThenBy(g => Math.Abs(g.Y + h / 2 - cy)));
    }

    private const double Step = 6, Reach = 66;

    private static IEnumerable<Box> Grid(Box around, double w, double h)
    {
        for (var y = around.Y - h - Reach; y <= around.Bottom + Reach; y += Step)
            for (var x = around.X - w - Reach; x <= around.Right + Reach; x += Step)
            {
                var box = new Box(x, y, w, h);
                if (!box.Overlaps(around)) yield return box;
            }
    }

    private static double DistanceTo(Box box, Box station)
    {
        var dx = Math.Max(0, Math.Max(box.X - station.Right, station.X - box.Right));
        var dy = Math.Max(0, Math.Max(box.Y - station.Bottom, station.Y - box.Bottom));
        return Math.Sqrt(dx * dx + dy * dy);
    }
}
