namespace KnowledgeBase.Architecture.Transit;

public readonly record struct Point(double X, double Y)
{
    public static Point operator +(Point a, Point b) => new(a.X + b.X, a.Y + b.Y);
    public static Point operator -(Point a, Point b) => new(a.X - b.X, a.Y - b.Y);
    public static Point operator *(double k, Point a) => new(k * a.X, k * a.Y);
}

/// <summary>An axis-aligned rectangle: label boxes, station bounds, zone bands.</summary>
public readonly record struct Box(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;

    public Box Inflate(double d) => new(X - d, Y - d, Width + 2 * d, Height + 2 * d);

    public bool Overlaps(Box o) => X < o.Right && o.X < Right && Y < o.Bottom && o.Y < Bottom;

    public bool Contains(Point p) => p.X >= X && p.X <= Right && p.Y >= Y && p.Y <= Bottom;

    /// <summary>Whether the segment touches the box (Liang–Barsky clipping).</summary>
    public bool Crosses(Point a, Point b)
    {
        if (Math.Max(a.X, b.X) < X || Math.Min(a.X, b.X) > Right || Math.Max(a.Y, b.Y) < Y || Math.Min(a.Y, b.Y) > Bottom) return false;
        double t0 = 0, t1 = 1, dx = b.X - a.X, dy = b.Y - a.Y;
        return Clip(-dx, a.X - X, ref t0, ref t1) && Clip(dx, Right - a.X, ref t0, ref t1)
            && Clip(-dy, a.Y - Y, ref t0, ref t1) && Clip(dy, Bottom - a.Y, ref t0, ref t1);
    }

    private static bool Clip(double p, double q, ref double t0, ref double t1)
    {
        if (p == 0) return q >= 0;
        var r = q / p;
        if (p < 0) { if (r > t1) return false; if (r > t0) t0 = r; }
        else { if (r < t0) return false; if (r < t1) t1 = r; }
        return true;
    }
}

internal static class Octilinear
{
    /// <summary>Whether the segment runs at a multiple of 45°.</summary>
    public static bool Is(Point a, Point b)
    {
        double dx = Math.Abs(b.X - a.X), dy = Math.Abs(b.Y - a.Y);
        return dx < 1e-6 || dy < 1e-6 || Math.Abs(dx - dy) < 1e-6;
    }

    /// <summary>Distance from a point to a segment.</summary>
    public static double Distance(Point p, Point a, Point b)
    {
        var d = b - a;
        var length = d.X * d.X + d.Y * d.Y;
        var t = length == 0 ? 0 : Math.Clamp(((p.X - a.X) * d.X + (p.Y - a.Y) * d.Y) / length, 0, 1);
        var q = a + t * d;
        return Math.Sqrt((p.X - q.X) * (p.X - q.X) + (p.Y - q.Y) * (p.Y - q.Y));
    }
}
