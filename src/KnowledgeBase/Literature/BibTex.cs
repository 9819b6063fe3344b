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
        if (source.Authors.Count > 0) Field(b, "author", string.Join(" and ", source.Authors));
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

    private static void Field(StringBuilder b, string name, string value) =>
        b.Append("  ").Append(name).Append(" = {").Append(Escape(value)).Append("},\n");

    /// <summary>Braces are balanced by escaping; LaTeX specials that break a .bib file are escaped.</summary>
    private static string Escape(string value)
    {
        var b = new StringBuilder(value.Length);
        foreach (var c in value)
            b.Append(c switch
            {
                '{' => "\\{", '}' => "\\}", '%' => "\\%", '&' => "\\&", '#' => "\\#", '_' => "\\_", '$' => "\\$",
                '\\' => "\\textbackslash{}", '\n' or '\r' => " ", _ => c.ToString(),
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
