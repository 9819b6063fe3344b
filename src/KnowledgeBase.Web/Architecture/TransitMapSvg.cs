using System.Text;
using KnowledgeBase.Architecture;
using KnowledgeBase.Architecture.Transit;
using KnowledgeBase.Tools;

namespace KnowledgeBase.Web.Architecture;

/// <summary>What the map shows on its stations: nothing, one tool's or stack's coverage, or two of them compared.</summary>
public sealed record TransitMarks(CoverageSubject? First = null, CoverageSubject? Second = null)
{
    public const string FirstColor = "#0b5cad", SecondColor = "#b4460b";
}

/// <summary>The file version of the map: a legend and a caption naming the catalog and its date under the picture.</summary>
public sealed record TransitDownload(string Caption);

/// <summary>
/// Draws a <see cref="TransitMapLayout"/> as SVG. Colours are presentation attributes, so a downloaded file looks
/// like the page; the site's stylesheet only adds hover and focus. Stations, lines and zones are links, in an order a
/// keyboard user can follow: zones, then lines, then stations from left to right.
/// </summary>
public static class TransitMapSvg
{
    private const string Ink = "#1b1f24", Muted = "#6b7682";
    private static readonly string[] ZoneFills = ["#f3f6f9", "#e9eef3"];

    public static string Render(TransitMapLayout map, string title, TransitMarks? marks = null, TransitDownload? download = null)
    {
        marks ??= new TransitMarks();
        var legend = download is null ? [] : LegendRows(map, marks);
        var height = map.Height + (download is null ? 0 : 20 + legend.Count * 22 + 30);

        var b = new StringBuilder();
        b.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"transit\" viewBox=\"0 0 {Svg.N(map.Width)} {Svg.N(height)}\"");
        b.Append($" width=\"{Svg.N(map.Width)}\" height=\"{Svg.N(height)}\"");
        b.Append(" role=\"img\" aria-labelledby=\"transit-title\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\">");
        b.Append($"<title id=\"transit-title\">{Svg.Text(title)}</title>");
        if (download is not null) b.Append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");

        foreach (var (zone, i) in map.Zones.Select((z, i) => (z, i)))
        {
            b.Append($"<a href=\"/layers/{zone.Slug}\" class=\"zone\" aria-label=\"Zone {Svg.Text(zone.Name)}\">");
            b.Append($"<rect x=\"0\" y=\"{Svg.N(zone.Band.Y)}\" width=\"{Svg.N(zone.Band.Width)}\" height=\"{Svg.N(zone.Band.Height)}\" rx=\"6\" fill=\"{ZoneFills[i % 2]}\"/>");
            foreach (var (line, n) in zone.NameLines.Select((l, n) => (l, n)))
                b.Append($"<text x=\"{Svg.N(zone.NameAt.X)}\" y=\"{Svg.N(zone.NameAt.Y + n * 14)}\" font-size=\"12\" font-weight=\"700\" fill=\"{Muted}\">{Svg.Text(line)}</text>");
            b.Append("</a>");
        }

        // With an overlay the lines step back so the stations' coverage is what the eye finds first.
        var lineOpacity = marks.First is null ? "" : " stroke-opacity=\"0.45\"";
        foreach (var line in map.Lines.Where(l => l.Points.Count > 1))
        {
            b.Append($"<a href=\"/pipelines/{line.Slug}\" class=\"line\" aria-label=\"{Svg.Text(line.Name)} line\"><title>{Svg.Text(line.Name)}</title>");
            b.Append($"<polyline points=\"{string.Join(' ', line.Points.Select(p => Svg.N(p.X) + "," + Svg.N(p.Y)))}\" fill=\"none\" stroke=\"{Svg.Text(line.Color)}\" stroke-width=\"{Svg.N(TransitLayout.LineWidth)}\" stroke-linejoin=\"round\" stroke-linecap=\"round\"{lineOpacity}/>");
            b.Append("</a>");
        }

        var lineNames = map.Lines.ToDictionary(l => l.Slug, l => l.Name, StringComparer.Ordinal);
        foreach (var station in map.Stations.OrderBy(s => s.Center.X).ThenBy(s => s.Center.Y))
            Station(b, station, marks, lineNames, map.Lines);

        if (download is not null) Legend(b, map, marks, legend, download);
        return b.Append("</svg>").ToString();
    }

    private static void Station(StringBuilder b, PlacedStation station, TransitMarks marks, Dictionary<string, string> lineNames, IReadOnlyList<PlacedLine> lines)
    {
        var (state, fill, stroke, dash, textColor, weight) = Look(station, marks, lines);
        var label = station.Name;
        if (station.IsInterchange) label += ", interchange of " + string.Join(", ", station.Platforms.Select(p => lineNames[p.Line]));
        else label += ", on the " + lineNames[station.Platforms[0].Line];
        if (state.Length > 0) label += ": " + state;

        b.Append($"<a href=\"/components/{station.Slug}\" class=\"station{(station.IsInterchange ? " interchange" : "")}\" aria-label=\"{Svg.Text(label)}\">");
        var r = TransitLayout.StationRadius;
        if (station.IsInterchange)
        {
            var ends = $"x1=\"{Svg.N(station.First.X)}\" y1=\"{Svg.N(station.First.Y)}\" x2=\"{Svg.N(station.Last.X)}\" y2=\"{Svg.N(station.Last.Y)}\"";
            b.Append($"<line class=\"outline\" {ends} stroke=\"{stroke}\" stroke-width=\"{Svg.N(2 * r + 3)}\" stroke-linecap=\"round\"{dash}/>");
            b.Append($"<line {ends} stroke=\"{fill}\" stroke-width=\"{Svg.N(2 * r - 1)}\" stroke-linecap=\"round\"/>");
        }
        else
            b.Append($"<circle cx=\"{Svg.N(station.Center.X)}\" cy=\"{Svg.N(station.Center.Y)}\" r=\"{Svg.N(r)}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"3\"{dash}/>");
        b.Append($"<text font-size=\"11\" fill=\"{textColor}\"{weight}>");
        foreach (var (text, n) in station.LabelLines.Select((t, n) => (t, n)))
            b.Append($"<tspan x=\"{Svg.N(station.Label.X + 2)}\" y=\"{Svg.N(station.Label.Y + 11 + n * 13)}\">{Svg.Text(text)}</tspan>");
        b.Append("</text></a>");
    }

    /// <summary>A station's colours and the words a screen reader hears for them.</summary>
    private static (string State, string Fill, string Stroke, string Dash, string Text, string Weight) Look(PlacedStation station, TransitMarks marks, IReadOnlyList<PlacedLine> lines)
    {
        var plainStroke = station.IsInterchange ? Ink : lines.First(l => l.Slug == station.Platforms[0].Line).Color;
        const string bold = " font-weight=\"700\"";
        if (marks.First is null) return ("", "#fff", Svg.Text(plainStroke), "", Ink, "");
        if (marks.Second is null)
            return marks.First.LevelAt(station.Slug) switch
            {
                CoverageLevel.Full => ("fully covered", TransitMarks.FirstColor, TransitMarks.FirstColor, "", Ink, bold),
                CoverageLevel.Partial => ("partly covered", "#cfe2f7", TransitMarks.FirstColor, " stroke-dasharray=\"3 2\"", Ink, ""),
                _ => ("not covered", "#fff", "#b8c2cc", "", Muted, ""),
            };
        return MapOverlay.Compare(marks.First, marks.Second, station.Slug) switch
        {
            SharedCover.Both => ($"covered by both {marks.First.Name} and {marks.Second.Name}", "#59636e", Ink, "", Ink, ""),
            SharedCover.OnlyFirst => ($"covered only by {marks.First.Name}", TransitMarks.FirstColor, TransitMarks.FirstColor, "", TransitMarks.FirstColor, bold),
            SharedCover.OnlySecond => ($"covered only by {marks.Second.Name}", TransitMarks.SecondColor, TransitMarks.SecondColor, "", TransitMarks.SecondColor, bold),
            _ => ("covered by neither", "#fff", "#b8c2cc", "", Muted, ""),
        };
    }

    private static List<List<(string Color, string Text, string? Dash)>> LegendRows(TransitMapLayout map, TransitMarks marks)
    {
        var items = map.Lines.Select(l => (l.Color, l.Name, (string?)null)).ToList();
        if (marks.First is not null && marks.Second is null)
            items.AddRange([(TransitMarks.FirstColor, $"fully covered by {marks.First.Name}", null), ("#cfe2f7", "partly covered", "3 2"), ("#ffffff", "not covered", null)]);
        if (marks is { First: not null, Second: not null })
            items.AddRange([(TransitMarks.FirstColor, $"only {marks.First.Name}", null), (TransitMarks.SecondColor, $"only {marks.Second.Name}", null), ("#59636e", "both", null), ("#ffffff", "neither", null)]);
        var perRow = Math.Max(1, (int)((map.Width - 20) / 260));
        return items.Chunk(perRow).Select(c => c.ToList()).ToList();
    }

    private static void Legend(StringBuilder b, TransitMapLayout map, TransitMarks marks, List<List<(string Color, string Text, string? Dash)>> rows, TransitDownload download)
    {
        var y = map.Height + 20;
        b.Append("<g class=\"legend\">");
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Count; i++)
            {
                var x = 12 + i * 260;
                var (color, text, dash) = row[i];
                b.Append($"<rect x=\"{Svg.N(x)}\" y=\"{Svg.N(y - 9)}\" width=\"22\" height=\"10\" rx=\"3\" fill=\"{Svg.Text(color)}\" stroke=\"{Ink}\" stroke-width=\"0.5\"{(dash is null ? "" : $" stroke-dasharray=\"{dash}\"")}/>");
                b.Append($"<text x=\"{Svg.N(x + 30)}\" y=\"{Svg.N(y)}\" font-size=\"12\" fill=\"{Ink}\">{Svg.Text(Svg.Wrap(text, 34, 1)[0])}</text>");
            }
            y += 22;
        }
        b.Append($"<text x=\"12\" y=\"{Svg.N(y + 12)}\" font-size=\"12\" fill=\"{Muted}\">{Svg.Text(download.Caption)}</text></g>");
    }
}
