using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KnowledgeBase.History;
using KnowledgeBase.Interchange;
using KnowledgeBase.Literature;

namespace KnowledgeBase.Web.Sources;

/// <summary>
/// A source as its form posts it: the note's front-matter fields as text boxes (lists one item a line), the Markdown
/// note, and the version of the source the form was opened on. Every field may be missing or hostile.
/// </summary>
public sealed class SourceForm
{
    public string? Slug { get; set; }
    public string? Title { get; set; }
    public string? FullTitle { get; set; }
    public string? Authors { get; set; }
    public string? Year { get; set; }
    public string? DateAdded { get; set; }
    public string? Kind { get; set; }
    public string? Difficulties { get; set; }
    public string? Rating { get; set; }
    public bool Draft { get; set; }
    public string? Identifiers { get; set; }
    public string? Tags { get; set; }
    public string? Note { get; set; }

    /// <summary><see cref="SourceVersion.Of"/> of the source when the form was opened; empty for a new one.</summary>
    public string? Version { get; set; }

    /// <summary><c>preview</c> renders the note again; <c>save</c> stores the source.</summary>
    public string? Command { get; set; }

    public static SourceForm From(Source source) => new()
    {
        Slug = source.Slug, Title = source.Title, FullTitle = source.FullTitle, Authors = Lines(source.Authors),
        Year = source.Year?.ToString(CultureInfo.InvariantCulture), DateAdded = source.DateAdded, Kind = source.Kind,
        Difficulties = string.Join(", ", source.Difficulties), Rating = source.Rating?.ToString(CultureInfo.InvariantCulture),
        Draft = source.Draft, Identifiers = Lines(source.Identifiers.Select(i => $"{i.Scheme}: {i.Value}")),
        Tags = string.Join(", ", source.Tags), Note = source.Note, Version = SourceVersion.Of(source),
    };

    /// <summary>The form filled with a recorded version of the source (<see cref="EntityRecords.Of(Source)"/>).</summary>
    public static SourceForm FromRecord(string slug, EntityRecord record) => new()
    {
        Slug = slug, Title = record["title"], FullTitle = record["full_title"], Authors = record["authors"], Year = record["year"],
        DateAdded = record["date"], Kind = record["kind"], Difficulties = record["difficulty"], Rating = record["rating"],
        Draft = record["draft"] == "true", Identifiers = record["identifiers"], Tags = record["tags"], Note = record["note"],
    };

    /// <summary>
    /// The note file this form stands for, read back by the importer's own reader: the form obeys exactly the rules
    /// and limits a note in <c>literature/</c> does, checked in one place. Problems come back as sentences.
    /// </summary>
    public (Source? Source, IReadOnlyList<string> Problems) Check(Source? existing)
    {
        var problems = new List<string>();
        var slug = (Slug ?? "").Trim();
        if (slug.Length == 0)
            return (null, ["the slug is missing: give the source a short name in lowercase a-z, 0-9 and '-', such as 'sculley-2015-hidden-debt'"]);
        if (slug == SourceEditRoutes.Reserved)
            problems.Add($"'{slug}' is kept for the page that adds a source; choose another slug");
        var text = NoteText();
        var errors = new List<ImportError>();
        var source = LiteratureNoteReader.Read(slug, text, "form", errors);
        // The reader speaks of files; on the form the file name is the slug field.
        problems.AddRange(errors.Where(e => !e.IsWarning).Select(e => e.Message.Replace("the file name", "the slug", StringComparison.Ordinal)));
        if (source is not null && existing?.UnknownFrontMatter is { } unknown)
            source.UnknownFrontMatter = unknown; // keys the form does not show stay as the file had them
        return (problems.Count == 0 ? source : null, problems);
    }

    private string NoteText()
    {
        var yaml = new StringBuilder("---\n");
        Scalar(yaml, "title", Title);
        Scalar(yaml, "full_title", FullTitle);
        List(yaml, "authors", SplitLines(Authors));
        Raw(yaml, "year", Year);
        Raw(yaml, "date", DateAdded);
        Scalar(yaml, "kind", Kind);
        List(yaml, "difficulty", SplitItems(Difficulties));
        Raw(yaml, "rating", Rating);
        if (Draft) yaml.Append("draft: true\n");
        var identifiers = SplitLines(Identifiers);
        if (identifiers.Count > 0)
        {
            yaml.Append("identifiers:\n");
            foreach (var line in identifiers)
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                // "doi: 10.1/x" is a scheme and a value; a bare URL or DOI is read by its shape, as in a link-log.
                var isScheme = colon > 0 && !line[..colon].Contains(' ', StringComparison.Ordinal) && !line[(colon + 1)..].StartsWith("//", StringComparison.Ordinal);
                yaml.Append(isScheme
                    ? $"  - {LiteratureNoteWriter.Quote(line[..colon].Trim())}: {LiteratureNoteWriter.Quote(line[(colon + 1)..].Trim())}\n"
                    : $"  - {LiteratureNoteWriter.Quote(line)}\n");
            }
        }
        List(yaml, "tags", SplitItems(Tags));
        yaml.Append("---\n");
        return yaml + (Note ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static void Scalar(StringBuilder yaml, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) yaml.Append(key).Append(": ").Append(LiteratureNoteWriter.Quote(OneLine(value))).Append('\n');
    }

    /// <summary>Numbers and dates go in unquoted so that the reader checks them as numbers and dates.</summary>
    private static void Raw(StringBuilder yaml, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        var text = OneLine(value);
        yaml.Append(key).Append(": ").Append(text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or ':' or '+' or 'T' or '.') ? text : LiteratureNoteWriter.Quote(text)).Append('\n');
    }

    private static void List(StringBuilder yaml, string key, List<string> items)
    {
        if (items.Count == 0) return;
        yaml.Append(key).Append(":\n");
        foreach (var item in items) yaml.Append("  - ").Append(LiteratureNoteWriter.Quote(item)).Append('\n');
    }

    private static string OneLine(string value) => value.Replace('\r', ' ').Replace('\n', ' ').Trim();

    private static List<string> SplitLines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private static List<string> SplitItems(string? text) =>
        (text ?? "").Split([',', ';', '\n']).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private static string Lines(IEnumerable<string> items) => string.Join("\n", items);
}

/// <summary>A short fingerprint of a source as its note file would be written: what optimistic concurrency compares.</summary>
public static class SourceVersion
{
    public static string Of(Source source) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(LiteratureNoteWriter.Write(source))))[..16];
}
