using System.Text.RegularExpressions;

namespace KnowledgeBase.Literature;

/// <summary>
/// The schemes of source identifiers, and the rules that turn what link-logs really contain into them: schemes
/// written with capitals or spaces (<c>DOI</c>, <c>Open Library</c>), bare values with no scheme at all
/// (<c>- https://…</c>, <c>- 10.1234/abc</c>) and template placeholders nobody filled in (<c>- isbn/doi</c>).
/// </summary>
public static partial class IdentifierSchemes
{
    /// <summary>Schemes the site knows how to show or link; others are kept, with a warning.</summary>
    public static readonly string[] Known =
        ["url", "doi", "arxiv", "isbn", "issn", "open-library", "pmid", "pmcid", "handle", "urn", "ssrn", "dblp", "hal", "zenodo", "pdf", "slides", "video", "code"];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["link"] = "url", ["uri"] = "url", ["href"] = "url", ["web"] = "url", ["website"] = "url",
        ["openlibrary"] = "open-library", ["ol"] = "open-library", ["arxiv-id"] = "arxiv", ["isbn-13"] = "isbn", ["isbn-10"] = "isbn",
        ["pubmed"] = "pmid", ["hdl"] = "handle", ["github"] = "code", ["repository"] = "code", ["youtube"] = "video",
    };

    /// <summary>
    /// A scheme as written, made canonical: lower-cased, runs of spaces, underscores and other punctuation as one
    /// <c>-</c>, a trailing colon dropped, aliases mapped (<c>Open Library</c> → <c>open-library</c>). Null when
    /// nothing usable is left.
    /// </summary>
    public static string? Normalise(string written)
    {
        var scheme = NotSchemeCharacters().Replace(written.Trim().TrimEnd(':').ToLowerInvariant(), "-").Trim('-');
        if (scheme.Length == 0 || !char.IsAsciiLetterLower(scheme[0])) return null;
        return Aliases.GetValueOrDefault(scheme, scheme);
    }

    public static bool IsKnown(string scheme) => Known.Contains(scheme);

    /// <summary>The scheme a bare value has by its shape (a URL, a DOI, an arXiv id, an ISBN), or null.</summary>
    public static (string Scheme, string Value)? Recognise(string value)
    {
        var v = value.Trim();
        if (Interchange.HttpUrl.IsValid(v)) return ("url", v);
        if (DoiPrefix().Match(v) is { Success: true } doi) return ("doi", doi.Groups["doi"].Value);
        if (ArxivId().Match(v) is { Success: true } arxiv) return ("arxiv", arxiv.Groups["id"].Value);
        if (IsIsbn(v)) return ("isbn", v);
        return null;
    }

    /// <summary>
    /// A value left from a note template: a scheme name or a pair of them (<c>url</c>, <c>isbn/doi</c>), or an
    /// obvious filler (<c>TODO</c>, <c>xxx</c>, <c>&lt;doi&gt;</c>, <c>...</c>).
    /// </summary>
    public static bool IsPlaceholder(string value)
    {
        var v = value.Trim().Trim('<', '>', '[', ']', '{', '}').Trim();
        if (v.Length == 0 || Filler().IsMatch(v)) return true;
        return v.Split(['/', '|', ',', ' '], StringSplitOptions.RemoveEmptyEntries)
            .All(part => Normalise(part) is { } s && (IsKnown(s) || s is "id" or "identifier"));
    }

    private static bool IsIsbn(string value)
    {
        var digits = value.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (digits.StartsWith("isbn", StringComparison.OrdinalIgnoreCase)) digits = digits[4..].TrimStart(':');
        if (digits.Length == 13 && digits.All(char.IsAsciiDigit))
            return digits.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum() % 10 == 0;
        if (digits.Length == 10 && digits[..9].All(char.IsAsciiDigit) && (char.IsAsciiDigit(digits[9]) || digits[9] is 'X' or 'x'))
            return digits.Select((c, i) => (c is 'X' or 'x' ? 10 : c - '0') * (10 - i)).Sum() % 11 == 0;
        return false;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSchemeCharacters();

    [GeneratedRegex(@"^(?:doi:\s*)?(?<doi>10\.[0-9]{4,9}/\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DoiPrefix();

    [GeneratedRegex(@"^(?:arxiv:\s*)?(?<id>[0-9]{4}\.[0-9]{4,5}(?:v[0-9]+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivId();

    [GeneratedRegex(@"^(todo|tbd|xxx+|n/?a|none|\.\.\.|…|-+|\?+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();
}
