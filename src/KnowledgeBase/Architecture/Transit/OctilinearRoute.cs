namespace KnowledgeBase.Architecture.Transit;

/// <summary>
/// The bends of a link between two stations using only 0°, 45° and 90°: a straight run, one diagonal, a straight run;
/// or, to get round stations in the way, a detour along a lane beside the direct path: slant out, run straight,
/// slant back. The route's shape says which; the layout picks the first shape that passes no other station.
/// </summary>
internal static class OctilinearRoute
{
    public enum Kind { Middle, DiagonalFirst, DiagonalLast, Lane }

    /// <summary>A shape; for a lane, <see cref="Side"/> says how many lane widths out, and on which side (sign).</summary>
    public readonly record struct Shape(Kind Kind, int Side = 0);

    public const double LaneWidth = 20;

    public static readonly Shape[] Preference =
    [
        new(Kind.Middle), new(Kind.DiagonalFirst), new(Kind.DiagonalLast),
        new(Kind.Lane, -1), new(Kind.Lane, 1), new(Kind.Lane, -2), new(Kind.Lane, 2), new(Kind.Lane, -3), new(Kind.Lane, 3),
    ];

    /// <summary>The points from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static List<Point> Between(Point from, Point to, Shape shape)
    {
        var d = to - from;
        double ax = Math.Abs(d.X), ay = Math.Abs(d.Y), sx = Math.Sign(d.X), sy = Math.Sign(d.Y);
        var diagonal = Math.Min(ax, ay);
        var rest = Math.Max(ax, ay) - diagonal;
        // The straight part runs along the longer axis.
        Point Straight(double length) => ax >= ay ? new Point(sx * length, 0) : new Point(0, sy * length);
        var slant = new Point(sx * diagonal, sy * diagonal);

        var points = new List<Point> { from };
        if (shape.Kind == Kind.Lane) return Lane(from, to, shape.Side) ?? Between(from, to, new Shape(Kind.Middle));
        switch (shape.Kind)
        {
            case Kind.Middle:
                points.Add(from + Straight(rest / 2));
                points.Add(from + Straight(rest / 2) + slant);
                break;
            case Kind.DiagonalFirst:
                points.Add(from + slant);
                break;
            case Kind.DiagonalLast:
                points.Add(from + Straight(rest));
                break;
        }
        points.Add(to);
        return Simplify(points);
    }

    /// <summary>
    /// A detour on a lane parallel to the link's main axis, beyond the farther end by <paramref name="side"/> lane
    /// widths; null when the link is too short for the slants.
    /// </summary>
    private static List<Point>? Lane(Point from, Point to, int side)
    {
        var flat = Math.Abs(to.X - from.X) >= Math.Abs(to.Y - from.Y);
        // Work in "along, across" coordinates so one piece of code serves flat and steep links.
        Point Swap(Point p) => flat ? p : new Point(p.Y, p.X);
        Point a = Swap(from), b = Swap(to);
        var lane = (side < 0 ? Math.Min(a.Y, b.Y) : Math.Max(a.Y, b.Y)) + side * LaneWidth;
        double d1 = Math.Abs(lane - a.Y), d2 = Math.Abs(lane - b.Y), sx = Math.Sign(b.X - a.X);
        if (sx == 0 || d1 + d2 > Math.Abs(b.X - a.X)) return null;
        var points = new List<Point> { a, new(a.X + sx * d1, lane), new(b.X - sx * d2, lane), b };
        return Simplify(points.Select(Swap).ToList());
    }

    /// <summary>Drops repeated points and points in the middle of a straight run.</summary>
    public static List<Point> Simplify(List<Point> points)
    {
        var result = new List<Point>();
        foreach (var p in points)
        {
            if (result.Count > 0 && Near(result[^1], p)) continue;
            if (result.Count >= 2 && Collinear(result[^2], result[^1], p)) result[^1] = p;
            else result.Add(p);
        }
        return result;
    }

    private static bool Near(Point a, Point b) => Math.Abs(a.X - b.X) < 1e-6 && Math.Abs(a.Y - b.Y) < 1e-6;

    private static bool Collinear(Point a, Point b, Point c)
    {
        var u = b - a;
        var v = c - b;
        return Math.Abs(u.X * v.Y - u.Y * v.X) < 1e-6 && u.X * v.X + u.Y * v.Y > 0;
    }
}
