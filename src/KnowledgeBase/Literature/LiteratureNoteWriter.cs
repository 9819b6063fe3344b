using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Literature;

/// <summary>
/// Writes a source in the one canonical front-matter form (fixed key order, double-quoted strings, empty keys
/// left out, unknown keys last and verbatim), so that reading and writing a canonical note gives back the same bytes.
/// </summary>
public static partial class LiteratureNoteWriter
{
    public static string Write(Source source)
    {
        var b = new StringBuilder("---\n");
        b.Append("title: ").Append(Quote(source.Title)).Append('\n');
        if (source.FullTitle is { } fullTitle) b.Append("full_title: ").Append(Quote(fullTitle)).Append('\n');
        List(b, "authors", source.Authors);
        if (source.Year is { } year) b.Append("year: ").Append(year.ToString(CultureInfo.InvariantCulture)).Append('\n');
        if (source.DateAdded is { } date) b.Append("date: ").Append(date).Append('\n');
        if (source.Kind is { } kind) b.Append("kind: ").Append(Word(kind)).Append('\n');
        if (source.Difficulties is [var difficulty]) b.Append("difficulty: ").Append(Word(difficulty)).Append('\n');
        else if (source.Difficulties.Count > 1)
        {
            b.Append("difficulty:\n");
            foreach (var level in source.Difficulties) b.Append("  - ").Append(Word(level)).Append('\n');
        }
        if (source.Rating is { } rating) b.Append("rating: ").Append(rating.ToString(CultureInfo.InvariantCulture)).Append('\n');
        if (source.Draft) b.Append("draft: true\n");
        if (source.Identifiers.Count > 0)
        {
            b.Append("identifiers:\n");
            foreach (var id in source.Identifiers)
                b.Append("  - ").Append(id.Scheme).Append(": ").Append(Quote(id.Value)).Append('\n');
        }
        List(b, "tags", source.Tags);
        // Keys the catalog does not know go back as they came, after the known ones.
        b.Append(source.UnknownFrontMatter);
        b.Append("---\n").Append(source.Note);
        return b.ToString();
    }

    private static void List(StringBuilder b, string key, List<string> values)
    {
        if (values.Count == 0) return;
        b.Append(key).Append(":\n");
        foreach (var value in values)
            b.Append("  - ").Append(Quote(value)).Append('\n');
    }

    /// <summary>Plain when the value is a simple lowercase word or phrase, quoted otherwise.</summary>
    private static string Word(string value) => PlainWord().IsMatch(value) && value is not ("true" or "false" or "null" or "yes" or "no") ? value : Quote(value);

    /// <summary>A YAML double-quoted scalar.</summary>
    public static string Quote(string value)
    {
        var b = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\t': b.Append("\\t"); break;
                case < ' ' or '\u007f': b.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture)); break;
                default: b.Append(c); break;
            }
        }
        return b.Append('"').ToString();
    }

    [GeneratedRegex("^[a-z][a-z0-9 -]*[a-z0-9]$")]
    private static partial Regex PlainWord();
}
