using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeBase.Interchange;

namespace KnowledgeBase.Literature.References;

/// <summary>
/// BibTeX and biblatex entries as Zotero, Google Scholar, JabRef, DBLP and publishers export them, read into the
/// fields of a draft source. Fields the catalog has no place for (journal, pages, abstract, ...) are read only for
/// what they reveal: an arXiv id in Google Scholar's journal, a preprint among <c>@misc</c> entries.
/// </summary>
internal static partial class BibTexReader
{
    public static List<ReferenceFields> Read(string text, string path, List<ImportError> errors)
    {
        var result = new List<ReferenceFields>();
        foreach (var entry in BibTexParser.Parse(text, path, errors))
            result.Add(Fields(entry, path));
        return result;
    }

    private static ReferenceFields Fields(BibTexEntry entry, string path)
    {
        var fields = new ReferenceFields(path, entry.Line, entry.Key.Length > 0 ? entry.Key : null);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var links = entry.Fields.Where(f => f.Name == "url" && f.Value.Trim().Length > 0).ToList();
        foreach (var field in entry.Fields)
        {
            // A work with several links has several url fields, as the site's own export writes it.
            if (field.Name == "url") { fields.Saw("url:" + field.Line, field.Line); continue; }
            if (!values.TryAdd(field.Name, field.Value))
            {
                fields.Saw("duplicate:" + field.Name, field.Line);
                fields.Warning("duplicate:" + field.Name, $"'{field.Name}' is given twice; the first value is kept");
                continue;
            }
            fields.Saw(field.Name, field.Line);
        }
        string? Value(string name) => values.GetValueOrDefault(name) is { } v && v.Trim().Length > 0 ? v : null;

        if (Value("title") is { } title) fields.Title = LatexText.ToUnicode(title);
        // A book of collected chapters may name only its editors; they are the people to cite.
        var namesField = Value("author") is not null ? "author" : "editor";
        if (Value(namesField) is { } names)
        {
            var people = PersonNames.FromBibTex(names);
            fields.Authors.AddRange(people.Select(p => p.Display));
            fields.FirstFamilyName = people.FirstOrDefault()?.Family;
            fields.Saw("author", fields.LineOf(namesField));
        }
        Year(fields, Value("year"), Value("date"));
        Identifiers(fields, entry.Type, Value, links);
        foreach (var keyword in (Value("keywords") ?? "").Split([',', ';']))
            fields.AddTag(LatexText.ToUnicode(keyword));

        // Zotero writes a blog's name in 'journal' of a @misc, so only an eprint makes a @misc a paper (a preprint).
        var isPaper = fields.Identifiers.Any(i => i.Scheme == "arxiv") || Value("eprint") is not null;
        var (kind, known) = ReferenceKinds.FromBibTex(entry.Type, isPaper, fields.Identifiers.Any(i => i.Scheme == "url"));
        fields.Kind = kind;
        if (!known)
            fields.Warning("title", $"entry type '@{CsvTable.Truncate(entry.Type)}' has no kind in the catalog; the kind is left empty");
        return fields;
    }

    private static void Year(ReferenceFields fields, string? year, string? date)
    {
        var (name, text) = year is not null ? ("year", year) : ("date", date);
        if (text is null) return;
        if (YearPattern().Match(LatexText.ToUnicode(text)) is { Success: true } m
            && int.Parse(m.Value, CultureInfo.InvariantCulture) is >= 1000 and <= 2200 and var number)
            fields.Year = number;
        else
            fields.Warning(name, $"'{name}' has no year from 1000 to 2200 in '{CsvTable.Truncate(LatexText.Collapse(text))}'; the year is left empty");
    }

    private static void Identifiers(ReferenceFields fields, string type, Func<string, string?> value, List<BibTexField> links)
    {
        if (value("doi") is { } doiText)
        {
            var written = LatexText.Verbatim(doiText);
            if (ReferenceIdentifiers.Doi(written) is { } doi)
            {
                fields.AddIdentifier("doi", doi, "doi");
                if (ReferenceIdentifiers.ArxivFromDoi(doi) is { } fromDoi) fields.AddIdentifier("arxiv", fromDoi, "doi");
            }
            else fields.Warning("doi", $"'doi' '{CsvTable.Truncate(written)}' is not a DOI (10.prefix/suffix); it is left out");
        }

        if (value("eprint") is { } eprint)
        {
            var prefix = value("archiveprefix") ?? value("eprinttype");
            var isArxiv = prefix is null || LatexText.Verbatim(prefix).Equals("arxiv", StringComparison.OrdinalIgnoreCase);
            if (isArxiv && ReferenceIdentifiers.Arxiv(LatexText.Verbatim(eprint)) is { } id) fields.AddIdentifier("arxiv", id, "eprint");
            else if (prefix is not null && isArxiv) fields.Warning("eprint", $"'eprint' '{CsvTable.Truncate(LatexText.Verbatim(eprint))}' is no arXiv id; it is left out");
        }
        foreach (var name in new[] { "journal", "journaltitle", "note", "howpublished", "volume", "number" })
            if (value(name) is { } mention && ReferenceIdentifiers.ArxivMention(LatexText.Verbatim(mention)) is { } id)
                fields.AddIdentifier("arxiv", id, name);

        // A paper's or a chapter's isbn is its proceedings' or book's: an identifier of the book, not of the work.
        if (value("isbn") is { } isbn && type is "book" or "mvbook" or "booklet" or "collection" or "proceedings")
            fields.AddIdentifier("isbn", LatexText.Verbatim(isbn), "isbn");

        foreach (var link in links) Link(fields, "url:" + link.Line, LatexText.Verbatim(link.Value));
        if (links.Count == 0 && value("howpublished") is { } published && published.Contains("\\url", StringComparison.Ordinal))
            Link(fields, "howpublished", LatexText.Verbatim(published)); // how Zotero and JabRef wrote web pages in plain BibTeX
    }

    /// <summary>A link: an arxiv.org or doi.org one becomes the identifier it names, any other http(s) one a url.</summary>
    internal static void Link(ReferenceFields fields, string field, string link)
    {
        var name = field.Split(':')[0]; // "url:12": the key of the field's line; "url" is what the writer wrote
        if (ReferenceIdentifiers.ArxivFromUrl(link) is { } arxiv) fields.AddIdentifier("arxiv", arxiv, field);
        else if (link.Contains("doi.org/", StringComparison.OrdinalIgnoreCase) && ReferenceIdentifiers.Doi(link) is { } doi) fields.AddIdentifier("doi", doi, field);
        else if (HttpUrl.IsValid(link)) fields.AddIdentifier("url", link, field);
        else fields.Warning(field, $"'{name}' '{CsvTable.Truncate(link)}' is not an http(s) link; it is left out");
    }

    [GeneratedRegex(@"(?<![0-9])[0-9]{4}(?![0-9])")]
    private static partial Regex YearPattern();
}
