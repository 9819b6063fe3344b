using System.Net;
using System.Text;

namespace KnowledgeBase.Search;

/// <summary>A stretch of text with the words a query matched marked; rendered as HTML or as plain text.</summary>
public sealed record Snippet(IReadOnlyList<SnippetPart> Parts, bool CutAtStart, bool CutAtEnd)
{
    public static readonly Snippet None = new([], false, false);

    public bool HasMarks => Parts.Any(p => p.Marked);

    /// <summary>Everything HTML-encoded; matched words wrapped in <c>&lt;mark&gt;</c>.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        if (CutAtStart) html.Append('…');
        foreach (var part in Parts)
        {
            var text = WebUtility.HtmlEncode(part.Text);
            html.Append(part.Marked ? "<mark>" + text + "</mark>" : text);
        }
        if (CutAtEnd) html.Append('…');
        return html.ToString();
    }

    public override string ToString() =>
        (CutAtStart ? "…" : "") + string.Concat(Parts.Select(p => p.Text)) + (CutAtEnd ? "…" : "");
}

public sealed record SnippetPart(string Text, bool Marked);
