using System.Globalization;
using System.Net;
using System.Text;

namespace KnowledgeBase.Web.Stats;

/// <summary>One bar; several segments make a stacked bar.</summary>
public sealed record Bar(string Label, IReadOnlyList<int> Segments, string? Url = null);

/// <summary>Horizontal bar charts as inline SVG, with the numbers written out so the chart reads without colour.</summary>
public static class BarChart
{
    private static readonly string[] Palette = ["#0b5cad", "#e07b00", "#2e8540", "#8e44ad"];

    public static string Render(string title, IReadOnlyList<Bar> bars, IReadOnlyList<string>? legend = null)
    {
        const double labelWidth = 230, barArea = 420, rowHeight = 26, width = labelWidth + barArea + 60;
        var max = Math.Max(1, bars.Select(b => b.Segments.Sum()).DefaultIfEmpty(0).Max());
        var legendHeight = legend is { Count: > 1 } ? 26 : 0;
        var height = bars.Count * rowHeight + 10 + legendHeight;
        var b = new StringBuilder();
        var id = "chart-" + Math.Abs(title.GetHashCode(StringComparison.Ordinal)).ToString(CultureInfo.InvariantCulture);
        b.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{id}\"><title id=\"{id}\">{WebUtility.HtmlEncode(title)}</title>");
        if (legend is { Count: > 1 })
        {
            for (var i = 0; i < legend.Count; i++)
                b.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth + i * 110}\" y=\"4\" width=\"12\" height=\"12\" fill=\"{Palette[i % Palette.Length]}\"/><text x=\"{labelWidth + i * 110 + 16}\" y=\"15\">{WebUtility.HtmlEncode(legend[i])}</text>");
        }
        for (var row = 0; row < bars.Count; row++)
        {
            var bar = bars[row];
            var y = legendHeight + 5 + row * rowHeight;
            var label = $"<text class=\"label\" x=\"{labelWidth - 8}\" y=\"{y + 16}\">{WebUtility.HtmlEncode(bar.Label)}</text>";
            b.Append(bar.Url is null ? label : $"<a href=\"{WebUtility.HtmlEncode(bar.Url)}\">{label}</a>");
            var x = labelWidth;
            for (var s = 0; s < bar.Segments.Count; s++)
            {
                var w = bar.Segments[s] / (double)max * barArea;
                if (w > 0)
                    b.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y + 3}\" width=\"{w:0.#}\" height=\"18\" fill=\"{Palette[s % Palette.Length]}\"><title>{WebUtility.HtmlEncode(bar.Label)}{(legend is { Count: > 1 } ? ", " + legend[s] : "")}: {bar.Segments[s]}</title></rect>");
                x += w;
            }
            b.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{x + 6:0.#}\" y=\"{y + 16}\">{bar.Segments.Sum()}</text>");
        }
        return b.Append("</svg>").ToString();
    }
}
