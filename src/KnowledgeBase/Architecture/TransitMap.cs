using System.Text;

namespace KnowledgeBase.Architecture;

/// <summary>A pipeline as the transit map needs it: its colour and the components it visits, in stage order.</summary>
public sealed record TransitLine(string Slug, string Name, string Color, IReadOnlyList<string> Stations);

/// <summary>
/// Draws pipelines as a transit map: each pipeline a straight coloured line with its components as stations in
/// stage order. A component served by several lines is an interchange: drawn as a white ring on every line, with
/// thin connectors joining its appearances, the way a map joins platforms of one station.
/// </summary>
public static class TransitMap
{
    private const double StationGap = 112, RowHeight = 104, Left = 150, Top = 48;

    public static string Render(ArchitectureMap map, IReadOnlyList<TransitLine> lines, string title)
    {
        var names = map.Components.ToDictionary(c => c.Slug, c => c.Name);
        var rows = lines.Select(l => l.Stations.Where(names.ContainsKey).Distinct().ToList()).ToList();
        var linesAt = rows.SelectMany((stations, i) => stations.Select(s => (Station: s, Line: i))).ToLookup(x => x.Station, x => x.Line);
        var longest = rows.Select(r => r.Count).DefaultIfEmpty(1).Max();
        var width = Left + Math.Max(1, longest) * StationGap + 20;
        var height = Top + Math.Max(1, lines.Count) * RowHeight;
        (double X, double Y) At(int line, int index) => (Left + index * StationGap, Top + line * RowHeight);

        var b = new StringBuilder();
        b.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"transit\" viewBox=\"0 0 {Svg.N(width)} {Svg.N(height)}\" role=\"img\" aria-labelledby=\"transit-title\">");
        b.Append($"<title id=\"transit-title\">{Svg.Text(title)}</title>");

        // Connectors first, so the lines and stations are drawn over them.
        foreach (var group in linesAt.Where(g => g.Count() > 1))
        {
            var points = group.Select(line => At(line, rows[line].IndexOf(group.Key))).ToList();
            for (var i = 1; i < points.Count; i++)
                b.Append($"<line class=\"transfer\" x1=\"{Svg.N(points[i - 1].X)}\" y1=\"{Svg.N(points[i - 1].Y)}\" x2=\"{Svg.N(points[i].X)}\" y2=\"{Svg.N(points[i].Y)}\"/>");
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var (_, y) = At(i, 0);
            var nameLines = Svg.Wrap(line.Name, 17);
            b.Append($"<a href=\"/pipelines/{line.Slug}\">");
            foreach (var (text, n) in nameLines.Select((t, n) => (t, n)))
                b.Append($"<text class=\"line-name\" x=\"8\" y=\"{Svg.N(y + 4 + (n - (nameLines.Count - 1) / 2.0) * 15)}\" fill=\"{Svg.Text(line.Color)}\">{Svg.Text(text)}</text>");
            b.Append("</a>");
            if (rows[i].Count > 1)
                b.Append($"<line class=\"line\" x1=\"{Svg.N(Left)}\" y1=\"{Svg.N(y)}\" x2=\"{Svg.N(At(i, rows[i].Count - 1).X)}\" y2=\"{Svg.N(y)}\" stroke=\"{Svg.Text(line.Color)}\"><title>{Svg.Text(line.Name)}</title></line>");
            for (var s = 0; s < rows[i].Count; s++)
            {
                var slug = rows[i][s];
                var (x, sy) = At(i, s);
                var others = linesAt[slug].Where(l => l != i).Select(l => lines[l].Name).ToList();
                var interchange = others.Count > 0;
                var label = interchange ? $"{names[slug]}, interchange with {string.Join(", ", others)}" : names[slug];
                b.Append($"<a href=\"/components/{slug}\" class=\"station{(interchange ? " interchange" : "")}\" aria-label=\"{Svg.Text(label)}\">");
                b.Append(interchange
                    ? $"<circle cx=\"{Svg.N(x)}\" cy=\"{Svg.N(sy)}\" r=\"9\"/>"
                    : $"<circle cx=\"{Svg.N(x)}\" cy=\"{Svg.N(sy)}\" r=\"6\" stroke=\"{Svg.Text(line.Color)}\"/>");
                // Labels alternate above and below the line so neighbours do not collide.
                var wrapped = Svg.Wrap(names[slug], 17);
                var labelY = s % 2 == 0 ? sy + 24 : sy - 16 - (wrapped.Count - 1) * 12;
                foreach (var (text, n) in wrapped.Select((t, n) => (t, n)))
                    b.Append($"<text x=\"{Svg.N(x)}\" y=\"{Svg.N(labelY + n * 12)}\">{Svg.Text(text)}</text>");
                b.Append("</a>");
            }
        }
        return b.Append("</svg>").ToString();
    }
}
