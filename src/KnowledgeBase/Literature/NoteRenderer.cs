using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Literature;

/// <summary>
/// Renders literature notes as HTML. Raw HTML is disabled (Markdig is not a sanitiser), links other than http(s),
/// mailto and site-relative ones lose their target, and images whose file is not served become their alt text.
/// One pipeline for the application: it is immutable and thread-safe.
/// </summary>
public sealed class NoteRenderer(Func<string, bool> localFileExists)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public string Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage)
            {
                if (!ImageAvailable(link.Url))
                    ReplaceWithText(link, string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString())));
            }
            else if (!SafeLink(link.Url))
            {
                link.Url = "";
            }
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().Where(a => !SafeLink(a.Url)).ToList())
            autolink.Url = "";

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>
    /// True for links without a scheme (relative, anchors) and for http(s) and mailto. Whitespace and control
    /// characters are ignored when finding the scheme, as browsers ignore them ("java\tscript:").
    /// </summary>
    internal static bool SafeLink(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var delimiter = compact.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (delimiter < 0 || colon < delimiter);
        return !hasScheme || compact[..colon].ToLowerInvariant() is "http" or "https" or "mailto";
    }

    private bool ImageAvailable(string? url) =>
        url is not null && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && localFileExists(url)));

    private static void ReplaceWithText(LinkInline inline, string alt)
    {
        var text = new EmphasisInline { DelimiterChar = '*', DelimiterCount = 1 };
        text.AppendChild(new LiteralInline(alt.Length > 0 ? $"[image: {alt}]" : "[image]"));
        inline.ReplaceBy(text, copyChildren: false);
    }
}
