using System.Text.RegularExpressions;

namespace KnowledgeBase.Literature.References;

/// <summary>
/// DOIs and arXiv ids as exports really write them: a DOI as a resolver link (<c>https://doi.org/10.…</c>,
/// <c>http://dx.doi.org/…</c>) or with a <c>doi:</c> prefix; an arXiv id in <c>eprint</c>, in Google Scholar's
/// <c>journal = {arXiv preprint arXiv:2205.02302}</c>, in DBLP's <c>volume = {abs/2205.02302}</c>, in an arxiv.org
/// link or in arXiv's own DOI (<c>10.48550/arXiv.2205.02302</c>). The catalog keeps both bare.
/// </summary>
internal static partial class ReferenceIdentifiers
{
    /// <summary>The bare DOI, or null when the text is no DOI.</summary>
    public static string? Doi(string written)
    {
        var text = written.Trim();
        if (DoiLink().Match(text) is { Success: true } link) text = Uri.UnescapeDataString(link.Groups["doi"].Value);
        text = DoiPrefix().Replace(text, "");
        return BareDoi().IsMatch(text) ? text : null;
    }

    /// <summary>
    /// The arXiv id anywhere in the text (new style <c>2205.02302</c> or old style <c>cs/0112017</c>), without its
    /// version: the catalog cites the work, and duplicates are found whatever version was exported.
    /// </summary>
    public static string? Arxiv(string text) =>
        ArxivId().Match(text) is { Success: true } m ? m.Groups["id"].Value : null;

    /// <summary>An arXiv id in an arxiv.org link (abs, pdf or html page), or null.</summary>
    public static string? ArxivFromUrl(string url) =>
        ArxivLink().Match(url) is { Success: true } m ? m.Groups["id"].Value : null;

    /// <summary>An arXiv id named as such in a journal or note: "arXiv preprint arXiv:2205.02302", "CoRR abs/2205.02302".</summary>
    public static string? ArxivMention(string text) =>
        ArxivMentioned().Match(text) is { Success: true } m ? m.Groups["id"].Value : null;

    /// <summary>The arXiv id of arXiv's own DOI (10.48550/arXiv.2205.02302), or null.</summary>
    public static string? ArxivFromDoi(string doi) =>
        doi.StartsWith("10.48550/arxiv.", StringComparison.OrdinalIgnoreCase) ? Arxiv(doi["10.48550/arxiv.".Length..]) : null;

    /// <summary>An arXiv id without its version, for comparing.</summary>
    public static string WithoutVersion(string id) => Version().Replace(id, "");

    [GeneratedRegex(@"^https?://(?:dx\.)?doi\.org/(?<doi>\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DoiLink();

    [GeneratedRegex(@"^doi:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex DoiPrefix();

    [GeneratedRegex(@"^10\.[0-9]{4,9}/\S+$")]
    private static partial Regex BareDoi();

    [GeneratedRegex(@"(?<![\w.])(?<id>[0-9]{4}\.[0-9]{4,5}|[a-z-]+(?:\.[A-Z]{2})?/[0-9]{7})(?:v[0-9]+)?(?![\w.])", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivId();

    [GeneratedRegex(@"^https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf|html)/(?<id>[0-9]{4}\.[0-9]{4,5}|[a-z-]+(?:\.[A-Z]{2})?/[0-9]{7})(?:v[0-9]+)?(?:\.pdf)?/?(?:[?#].*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivLink();

    [GeneratedRegex(@"(?:arxiv\s*:?\s*|abs/)(?<id>[0-9]{4}\.[0-9]{4,5}|[a-z-]+(?:\.[A-Z]{2})?/[0-9]{7})(?:v[0-9]+)?", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivMentioned();

    [GeneratedRegex(@"v[0-9]+$")]
    private static partial Regex Version();
}
