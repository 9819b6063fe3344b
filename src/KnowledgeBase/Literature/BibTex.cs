using System.Globalization;
using System.Text;

namespace KnowledgeBase.Literature;

/// <summary>BibTeX entries for sources: the entry type follows the kind, the key the slug.</summary>
public static class BibTex
{
    public static string Entry(Source source)
    {
        var type = source.Kind switch
        {
            "paper" => "article",
            "book" or "bookseries" => "book",
            "bookchapter" => "incollection",
            _ => "misc",
        };
        var b = new StringBuilder().Append('@').Append(type).Append('{').Append(source.Slug).Append(",\n");
        Field(b, "title", source.FullTitle ?? source.Title);
        if (source.Authors.Count > 0) RawField(b, "author", string.Join(" and ", source.Authors.Select(Author)));
        if (source.Year is { } year) Field(b, "year", year.ToString(CultureInfo.InvariantCulture));
        foreach (var id in source.Identifiers)
        {
            switch (id.Scheme)
            {
                case "doi": Field(b, "doi", id.Value); break;
                case "isbn": Field(b, "isbn", id.Value); break;
                case "url": Field(b, "url", id.Value); break;
                case "arxiv": Field(b, "eprint", id.Value); Field(b, "archiveprefix", "arXiv"); break;
            }
        }
        if (source.Tags.Count > 0) Field(b, "keywords", string.Join(", ", source.Tags));
        return b.Append("}\n").ToString();
    }

    private static void Field(StringBuilder b, string name, string value) => RawField(b, name, Escape(value));

    private static void RawField(StringBuilder b, string name, string escaped) =>
        b.Append("  ").Append(name).Append(" = {").Append(escaped).Append("},\n");

    /// <summary>
    /// An organisation's name holds the word "and" ("National Institute of Standards and Technology"): braced, so
    /// that BibTeX reads one author, not two.
    /// </summary>
    private static string Author(string name)
    {
        var escaped = Escape(name);
        return name.Split(' ').Contains("and", StringComparer.OrdinalIgnoreCase) ? "{" + escaped + "}" : escaped;
    }

    /// <summary>
    /// Braces are balanced by escaping; LaTeX specials that break a .bib file are escaped, and a run of hyphens is
    /// split with <c>{}</c> so that "--" stays two hyphens instead of becoming an en dash.
    /// </summary>
    private static string Escape(string value)
    {
        var b = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
            b.Append(value[i] switch
            {
                '-' when i + 1 < value.Length && value[i + 1] == '-' => "-{}",
                '{' => "\\{", '}' => "\\}", '%' => "\\%", '&' => "\\&", '#' => "\\#", '_' => "\\_", '$' => "\\$",
                '\\' => "\\textbackslash{}", '\n' or '\r' => " ", var c => c.ToString(),
            });
        return b.ToString();
    }

    /// <summary>A link for an identifier: DOIs through the resolver, arXiv ids to their abstract page.</summary>
    public static string? Link(SourceIdentifier id) => id.Scheme switch
    {
        "doi" => "https://doi.org/" + Uri.EscapeDataString(id.Value).Replace("%2F", "/", StringComparison.Ordinal),
        "arxiv" => "https://arxiv.org/abs/" + Uri.EscapeDataString(id.Value).Replace("%2F", "/", StringComparison.Ordinal),
        "isbn" => null,
        _ => Uri.TryCreate(id.Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? id.Value : null,
    };
}
