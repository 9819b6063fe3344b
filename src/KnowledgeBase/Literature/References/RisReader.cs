using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeBase.Interchange;

namespace KnowledgeBase.Literature.References;

/// <summary>
/// RIS records (<c>TY  - JOUR</c> … <c>ER  - </c>), one tag per line, as Zotero, Mendeley, EndNote and publishers'
/// "export citation" buttons write them. Tags the catalog has no place for (abstract, pages, ...) are skipped; a line
/// that is no tag continues the value before it, as wrapped abstracts and keywords do.
/// </summary>
internal static partial class RisReader
{
    public static List<ReferenceFields> Read(string text, string path, List<ImportError> errors)
    {
        var records = new List<ReferenceFields>();
        Record? current = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].TrimEnd();
            if (line.Length == 0) continue;
            if (Tag().Match(line) is not { Success: true } m)
            {
                // Inside a record, a wrapped value; outside, a header such as ACM's "Provider: …", read by nobody.
                if (current?.Last is { } last) last.Value += " " + line.Trim();
                continue;
            }
            var (tag, value) = (m.Groups["tag"].Value, m.Groups["value"].Value.Trim());
            if (tag == "TY")
            {
                if (current is not null)
                {
                    errors.Add(ImportError.Warning(path, current.Line, "the record has no 'ER' line; it is read up to the next 'TY'"));
                    records.Add(current.Fields(path));
                }
                current = new Record(number, value);
            }
            else if (current is null)
                errors.Add(new ImportError(path, number, $"'{tag}' comes before any 'TY' line: a RIS record starts with 'TY  - '"));
            else if (tag == "ER")
            {
                records.Add(current.Fields(path));
                current = null;
            }
            else
                current.Add(tag, value, number);
        }
        if (current is not null)
        {
            errors.Add(ImportError.Warning(path, current.Line, "the record has no 'ER' line; it is read to the end of the text"));
            records.Add(current.Fields(path));
        }
        return records;
    }

    private sealed class TagValue(string tag, string value, int line)
    {
        public string Tag { get; } = tag;
        public string Value { get; set; } = value;
        public int Line { get; } = line;
    }

    private sealed class Record(int line, string type)
    {
        private readonly List<TagValue> values = [];
        public int Line { get; } = line;
        public TagValue? Last => values.LastOrDefault();

        public void Add(string tag, string value, int line) => values.Add(new TagValue(tag, value, line));

        private TagValue? First(params string[] tags) =>
            tags.Select(t => values.FirstOrDefault(v => v.Tag == t && v.Value.Trim().Length > 0)).FirstOrDefault(v => v is not null);

        public ReferenceFields Fields(string path)
        {
            var fields = new ReferenceFields(path, Line, First("ID")?.Value);
            if (First("TI", "T1", "CT", type is "BOOK" or "EBOOK" ? "BT" : "TI") is { } title)
            {
                fields.Saw("title", title.Line);
                fields.Title = LatexText.Collapse(title.Value);
            }
            var authors = values.Where(v => v.Tag is "AU" or "A1").ToList();
            if (authors.Count == 0) authors = [.. values.Where(v => v.Tag == "A2" && type is "BOOK" or "EDBOOK")];
            foreach (var author in authors)
            {
                fields.Saw("author", author.Line);
                if (PersonNames.FromRis(author.Value) is not { } name) continue;
                fields.FirstFamilyName ??= name.Family;
                fields.Authors.Add(name.Display);
            }
            Year(fields);
            Identifiers(fields);
            foreach (var keyword in values.Where(v => v.Tag == "KW"))
            {
                fields.Saw("keywords", keyword.Line);
                foreach (var word in keyword.Value.Split(';')) fields.AddTag(word);
            }
            var (kind, known) = ReferenceKinds.FromRis(type.ToUpperInvariant());
            fields.Kind = kind;
            if (!known) fields.Warning("title", $"reference type 'TY  - {CsvTable.Truncate(type)}' has no kind in the catalog; the kind is left empty");
            return fields;
        }

        private void Year(ReferenceFields fields)
        {
            if (First("PY", "Y1", "DA", "Y2") is not { } date) return;
            fields.Saw("year", date.Line);
            if (YearPattern().Match(date.Value) is { Success: true } m && int.Parse(m.Value, CultureInfo.InvariantCulture) is >= 1000 and <= 2200 and var year)
                fields.Year = year;
            else
                fields.Warning("year", $"'{date.Tag}' has no year from 1000 to 2200 in '{CsvTable.Truncate(date.Value)}'; the year is left empty");
        }

        private void Identifiers(ReferenceFields fields)
        {
            foreach (var doi in values.Where(v => v.Tag == "DO"))
            {
                fields.Saw("doi", doi.Line);
                if (ReferenceIdentifiers.Doi(doi.Value) is { } bare)
                {
                    fields.AddIdentifier("doi", bare, "doi");
                    if (ReferenceIdentifiers.ArxivFromDoi(bare) is { } fromDoi) fields.AddIdentifier("arxiv", fromDoi, "doi");
                }
                else fields.Warning("doi", $"'DO' '{CsvTable.Truncate(doi.Value)}' is not a DOI (10.prefix/suffix); it is left out");
            }
            foreach (var journal in values.Where(v => v.Tag is "JO" or "JF" or "T2" or "J2" or "N1"))
                if (ReferenceIdentifiers.ArxivMention(journal.Value) is { } id)
                {
                    fields.Saw(journal.Tag, journal.Line);
                    fields.AddIdentifier("arxiv", id, journal.Tag);
                }
            // SN is a journal's ISSN or a book's ISBN; only a book's is the work's own.
            foreach (var isbn in values.Where(v => v.Tag == "SN" && type is "BOOK" or "EBOOK" or "EDBOOK"))
                if (IdentifierSchemes.Recognise(isbn.Value) is ("isbn", var value))
                {
                    fields.Saw("SN", isbn.Line);
                    fields.AddIdentifier("isbn", value, "SN");
                }
            foreach (var url in values.Where(v => v.Tag is "UR"))
            {
                fields.Saw("UR:" + url.Line, url.Line);
                foreach (var link in url.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)) // some tools put several on one line
                    BibTexReader.Link(fields, "UR:" + url.Line, link);
            }
        }
    }

    /// <summary>A tag line: two capitals (or a capital and a digit), two spaces, a hyphen. Some tools write one space.</summary>
    [GeneratedRegex(@"^(?<tag>[A-Z][A-Z0-9]) {1,2}-(?: (?<value>.*))?$")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<![0-9])[0-9]{4}(?![0-9])")]
    private static partial Regex YearPattern();
}
