namespace KnowledgeBase.Architecture.Transit;

/// <summary>
/// Where everything of a transit map goes, in SVG user units (y grows downwards). Produced by
/// <see cref="TransitLayout.Compute"/>; drawing it is the renderer's job.
/// </summary>
public sealed record TransitMapLayout(
    double Width,
    double Height,
    IReadOnlyList<PlacedZone> Zones,
    IReadOnlyList<PlacedStation> Stations,
    IReadOnlyList<PlacedLine> Lines)
{
    /// <summary>Every segment of every line, for the checks that labels keep clear of them.</summary>
    public IEnumerable<(Point From, Point To)> Segments =>
        Lines.SelectMany(l => l.Points.Zip(l.Points.Skip(1)));
}

/// <summary>A fare zone's band and where its name is written, left of every station.</summary>
public sealed record PlacedZone(string Slug, string Name, Box Band, Point NameAt, IReadOnlyList<string> NameLines);

/// <summary>
/// A station: its centre, and one platform per line through it, in the map's line order along the station's axis.
/// An interchange is drawn as the capsule from the first platform to the last.
/// </summary>
public sealed record PlacedStation(
    string Slug, string Name, string Zone, Point Center,
    IReadOnlyList<Platform> Platforms, Box Label, IReadOnlyList<string> LabelLines)
{
    public bool IsInterchange => Platforms.Count > 1;

    public Point First => Platforms[0].At;

    public Point Last => Platforms[^1].At;
}

public sealed record Platform(string Line, Point At);

/// <summary>A line as a polyline through its platforms, every segment at 0°, 45° or 90°.</summary>
public sealed record PlacedLine(string Slug, string Name, string Color, IReadOnlyList<string> Stations, IReadOnlyList<Point> Points);
