using System.Globalization;
using System.Net;

namespace KnowledgeBase.Architecture;

/// <summary>Small helpers for writing SVG by hand: encoded text, invariant numbers, wrapped labels.</summary>
public static class Svg
{
    public static string Text(string value) => WebUtility.HtmlEncode(value);

    public static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Breaks a label into at most <paramref name="maxLines"/> lines of about <paramref name="width"/> characters.</summary>
    public static List<string> Wrap(string text, int width, int maxLines = 2)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length == 0) current = word;
            else if (current.Length + 1 + word.Length <= width) current += " " + word;
            else { lines.Add(current); current = word; }
        }
        if (current.Length > 0) lines.Add(current);
        if (lines.Count > maxLines)
        {
            lines = lines.Take(maxLines).ToList();
            lines[^1] = lines[^1].Length >= width ? lines[^1][..(width - 1)] + "…" : lines[^1] + "…";
        }
        return lines.Select(l => l.Length > width ? l[..(width - 1)] + "…" : l).ToList();
    }
}
