using KnowledgeBase.Stacks;
using KnowledgeBase.Tools;

namespace KnowledgeBase.Architecture.Transit;

/// <summary>A tool or a stack placed on the map: how well it covers each component (absent: not covered).</summary>
public sealed record CoverageSubject(string Kind, string Slug, string Name, IReadOnlyDictionary<string, CoverageLevel> Levels)
{
    public CoverageLevel? LevelAt(string station) => Levels.TryGetValue(station, out var level) ? level : null;
}

/// <summary>How much of one line a subject covers: stations covered at any level, of which fully, of all.</summary>
public sealed record LineShare(string Line, string LineName, int Covered, int Full, int Stations)
{
    public string Sentence(string subject) =>
        $"{subject} covers {Covered} of {Stations} station{(Stations == 1 ? "" : "s")} of the {LineName} line" + (Covered > 0 ? $" ({Full} fully)" : "");
}

/// <summary>What the two subjects of a comparison cover at one station.</summary>
public enum SharedCover { Neither, OnlyFirst, OnlySecond, Both }

/// <summary>
/// The overlay rules of the transit map. They are the gap report's rules (<see cref="GapReport"/>), not a second
/// copy: a station's level is the level <see cref="GapReport.For"/> gives its component, and a tool is judged as a
/// stack holding just that tool on every component the catalog says it covers, which is how the architecture
/// diagram on the tool page reads too. A line's share counts its stations covered at any level.
/// </summary>
public static class MapOverlay
{
    public static CoverageSubject ForTool(GapCatalog catalog, string tool) =>
        ForPicks(catalog, "tool", tool, catalog.ToolName(tool),
            catalog.Coverage.Where(c => c.Tool == tool).Select(c => new ToolPick(tool, c.Component)));

    public static CoverageSubject ForStack(GapCatalog catalog, string slug, string name, IEnumerable<ToolPick> picks) =>
        ForPicks(catalog, "stack", slug, name, picks);

    private static CoverageSubject ForPicks(GapCatalog catalog, string kind, string slug, string name, IEnumerable<ToolPick> picks)
    {
        var report = GapReport.For(catalog, picks);
        return new CoverageSubject(kind, slug, name,
            report.Components.Where(c => c.Level is not null).ToDictionary(c => c.Slug, c => c.Level!.Value, StringComparer.Ordinal));
    }

    /// <summary>Each line's share, counting every station of the line once.</summary>
    public static IReadOnlyList<LineShare> Shares(IEnumerable<TransitLine> lines, CoverageSubject subject) =>
        lines.Select(l =>
        {
            var stations = l.Stations.Distinct(StringComparer.Ordinal).ToList();
            return new LineShare(l.Slug, l.Name, stations.Count(s => subject.LevelAt(s) is not null),
                stations.Count(s => subject.LevelAt(s) == CoverageLevel.Full), stations.Count);
        }).ToList();

    public static SharedCover Compare(CoverageSubject first, CoverageSubject second, string station) =>
        (first.LevelAt(station) is not null, second.LevelAt(station) is not null) switch
        {
            (true, true) => SharedCover.Both,
            (true, false) => SharedCover.OnlyFirst,
            (false, true) => SharedCover.OnlySecond,
            _ => SharedCover.Neither,
        };
}
