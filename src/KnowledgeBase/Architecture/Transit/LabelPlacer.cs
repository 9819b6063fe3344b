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
        var spot = Spots(station, lines).Cast<Box?>().FirstOrDefault(IsFree);
        if (spot is not null) _placed.Add(spot.Value);
        return spot;
    }

    /// <summary>How many spots are free for the name before other names are placed, up to a cap.</summary>
    public int Room(Box station, IReadOnlyList<string> lines) => Spots(station, lines).Where(s => IsFree(s)).Take(RoomCap).Count();

    private const int RoomCap = 30;

    private static IEnumerable<Box> Spots(Box station, IReadOnlyList<string> lines)
    {
        var (w, h) = Measure(lines);
        double cx = station.X + station.Width / 2, cy = station.Y + station.Height / 2;
        var b = station.Inflate(Gap);
        Box[] sides = [new(b.Right, cy - h / 2, w, h), new(b.X - w, cy - h / 2, w, h), new(cx - w / 2, b.Bottom, w, h), new(cx - w / 2, b.Y - h, w, h)];
        return sides.Concat(Grid(b, w, h).OrderBy(g => Math.Round(DistanceTo(g, b) / Step)).ThenBy(g => Math.Abs(g.Y + h / 2 - cy)));
    }

    private const double Step = 5, Reach = 70;

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

    private bool IsFree(Box? candidate)
    {
        if (candidate is not { } spot) return false;
        return IsFreeBox(spot);
    }

    private bool IsFreeBox(Box spot)
    {
        if (spot.X < left || spot.Y < 0) return false;
        if (_placed.Any(p => p.Overlaps(spot)) || stations.Any(s => s.Overlaps(spot))) return false;
        var clear = spot.Inflate(LineClearance);
        return !segments.Any(s => clear.Crosses(s.From, s.To));
    }
}
