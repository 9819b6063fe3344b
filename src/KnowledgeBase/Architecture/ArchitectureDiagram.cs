using System.Text;
using KnowledgeBase.Tools;

namespace KnowledgeBase.Architecture;

/// <summary>What a diagram shows in each component box besides its name.</summary>
public sealed record DiagramMarks(
    IReadOnlyDictionary<string, CoverageLevel>? Highlight = null,
    IReadOnlyDictionary<string, string>? Labels = null,
    bool ShowToolCounts = true);

/// <summary>
/// Draws the layered reference architecture as SVG: layers as bands (the first layer at the bottom), components as
/// linked boxes. With <see cref="DiagramMarks.Highlight"/> it shows what a tool or stack covers, fully or partly.
/// </summary>
public static class ArchitectureDiagram
{
    private const double Width = 1000, LabelWidth = 170, BoxWidth = 150, BoxHeight = 52, Gap = 8, Pad = 10;
    private static readonly int PerRow = (int)((Width - LabelWidth - Pad) / (BoxWidth + Gap));

    public static string Render(ArchitectureMap map, string title, DiagramMarks? marks = null)
    {
        marks ??= new DiagramMarks();
        var bands = map.Layers.Reverse().ToList();
        var heights = bands.Select(l => Math.Max(1, (l.Components.Count + PerRow - 1) / PerRow) * (BoxHeight + Gap) + Gap).ToList();
        var total = heights.Sum() + Gap * (bands.Count + 1);

        var b = new StringBuilder();
        b.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"architecture\" viewBox=\"0 0 {Svg.N(Width)} {Svg.N(total)}\" role=\"img\" aria-labelledby=\"arch-title\">");
        b.Append($"<title id=\"arch-title\">{Svg.Text(title)}</title>");
        var y = Gap;
        for (var i = 0; i < bands.Count; i++)
        {
            var layer = bands[i];
            b.Append($"<g class=\"layer\"><a href=\"/layers/{layer.Slug}\"><rect class=\"band\" x=\"0\" y=\"{Svg.N(y)}\" width=\"{Svg.N(Width)}\" height=\"{Svg.N(heights[i])}\" rx=\"8\"/>");
            var labelLines = Svg.Wrap(layer.Name, 17, 3);
            var labelY = y + heights[i] / 2 - (labelLines.Count - 1) * 8;
            foreach (var (line, n) in labelLines.Select((l, n) => (l, n)))
                b.Append($"<text class=\"layer-name\" x=\"{Svg.N(Pad)}\" y=\"{Svg.N(labelY + n * 16 + 5)}\">{Svg.Text(line)}</text>");
            b.Append("</a>");
            for (var c = 0; c < layer.Components.Count; c++)
                Box(b, layer.Components[c], LabelWidth + (c % PerRow) * (BoxWidth + Gap), y + Gap + (c / PerRow) * (BoxHeight + Gap), marks);
            b.Append("</g>");
            y += heights[i] + Gap;
        }
        return b.Append("</svg>").ToString();
    }

    private static void Box(StringBuilder b, MapComponent component, double x, double y, DiagramMarks marks)
    {
        var state = marks.Highlight is null ? "plain"
            : marks.Highlight.TryGetValue(component.Slug, out var level) ? (level == CoverageLevel.Full ? "full" : "partial") : "none";
        var caption = marks.Labels is not null && marks.Labels.TryGetValue(component.Slug, out var label) ? label
            : marks.ShowToolCounts ? (component.ToolCount == 1 ? "1 tool" : $"{component.ToolCount} tools") : "";
        var accessible = marks.Highlight is null ? component.Name : $"{component.Name}: {(state == "none" ? "not covered" : state + " coverage")}";
        if (caption.Length > 0) accessible += $" ({caption})";

        b.Append($"<a href=\"/components/{component.Slug}\" class=\"box {state}\" aria-label=\"{Svg.Text(accessible)}\">");
        b.Append($"<rect x=\"{Svg.N(x)}\" y=\"{Svg.N(y)}\" width=\"{Svg.N(BoxWidth)}\" height=\"{Svg.N(BoxHeight)}\" rx=\"6\"/>");
        var lines = Svg.Wrap(component.Name, 20);
        // Centre the name in the space above the caption (or in the whole box when there is none).
        var space = caption.Length > 0 ? BoxHeight - 14 : BoxHeight;
        var textY = y + (space - lines.Count * 14) / 2 + 11;
        foreach (var (line, n) in lines.Select((l, n) => (l, n)))
            b.Append($"<text class=\"name\" x=\"{Svg.N(x + BoxWidth / 2)}\" y=\"{Svg.N(textY + n * 14)}\">{Svg.Text(line)}</text>");
        if (caption.Length > 0)
            b.Append($"<text class=\"count\" x=\"{Svg.N(x + BoxWidth / 2)}\" y=\"{Svg.N(y + BoxHeight - 7)}\">{Svg.Text(Svg.Wrap(caption, 24, 1)[0])}</text>");
        b.Append("</a>");
    }
}
