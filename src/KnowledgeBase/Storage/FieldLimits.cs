namespace KnowledgeBase.Storage;

/// <summary>
/// The longest text each kind of field may hold, declared once. The importer reports a longer value as
/// <c>path:line: message</c>, the EF model declares the same lengths on its columns, forms validate against them,
/// and the search index can rely on them: every exact-field term stays far below Lucene's 32,766-byte term limit
/// (one 40,000-character title once broke search for everyone).
/// The figures leave room for real content: the longest shipped values are a quarter of them or less.
/// </summary>
public static class FieldLimits
{
    /// <summary>Slugs of every entity: they are URL segments and file names.</summary>
    public const int Slug = 100;

    /// <summary>Requirement codes such as <c>INF-01</c>.</summary>
    public const int Code = 20;

    /// <summary>Names and short titles: a tool, a layer, a component, a stage, a stack, a source's title.</summary>
    public const int Name = 300;

    /// <summary>The full title of a work, which papers make long.</summary>
    public const int FullTitle = 1_000;

    /// <summary>A person or organisation: an author, a vendor, a checklist owner.</summary>
    public const int Person = 200;

    /// <summary>One tag, one identifier scheme or one licence expression.</summary>
    public const int Tag = 60;

    /// <summary>How many tags, authors or identifiers one entity may carry.</summary>
    public const int ListItems = 100;

    /// <summary>A URL (homepage, repository, evidence) or an identifier's value.</summary>
    public const int Url = 2_000;

    /// <summary>A contact line: an e-mail address, a handle or a URL.</summary>
    public const int Contact = 300;

    /// <summary>A summary of a tool, layer, component, pipeline or stack.</summary>
    public const int Summary = 2_000;

    /// <summary>A requirement's statement; a trace's or a checklist item's note.</summary>
    public const int Statement = 4_000;

    /// <summary>A line colour as <c>#rrggbb</c>.</summary>
    public const int Color = 7;

    /// <summary>The Markdown note of a source, in characters (files are also refused above 2 MiB before parsing).</summary>
    public const int NoteBody = 1_000_000;

    /// <summary>The front-matter keys of a note that the catalog does not know, kept verbatim for export.</summary>
    public const int UnknownFrontMatter = 20_000;

    /// <summary>The message for a value over its limit, the same wherever it is checked.</summary>
    public static string TooLong(string field, int length, int limit) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"'{field}' has {length:N0} characters; the limit is {limit:N0}");

    /// <summary>
    /// The first control character of <paramref name="value"/> other than a tab or a line break, or null. No text
    /// field may hold one, wherever it comes from: they mean nothing to a reader, the YAML parser stops at a NUL, and
    /// XML cannot carry most of them at all (one in a tool's name would break the Atom feed for every reader).
    /// </summary>
    public static char? ControlCharacter(string? value)
    {
        foreach (var c in value ?? "")
            if (IsControlCharacter(c)) return c;
        return null;
    }

    /// <summary>A control character other than a tab or a line break: what <see cref="ControlCharacter"/> looks for.</summary>
    public static bool IsControlCharacter(char c) => char.IsControl(c) && c is not '\t' and not '\n' and not '\r';

    /// <summary>The message for a value holding a control character, the same wherever it is checked.</summary>
    public static string HasControlCharacter(string field, char character) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"'{field}' holds the control character U+{(int)character:X4}; remove it");

    /// <summary>What is wrong with a text field's value (too long, or holding a control character), or null.</summary>
    public static string? Problem(string field, string? value, int limit) =>
        value is null ? null
        : value.Length > limit ? TooLong(field, value.Length, limit)
        : ControlCharacter(value) is { } control ? HasControlCharacter(field, control)
        : null;

    /// <summary>
    /// The limit of a CSV column by its header name: the tables share column names with a shared meaning
    /// (every <c>summary</c> is a summary), so one table of names serves every table. Multi-valued cells
    /// (<c>tags</c>, <c>components</c>) are limited per item by the reader and as a whole here.
    /// </summary>
    public static int ForColumn(string column) => column switch
    {
        "slug" or "layer" or "pipeline" or "component" or "tool" or "other" or "stack" or "source" => Slug,
        "code" or "requirement" => Code,
        "name" or "title" => Name,
        "author" or "vendor" or "owner" => Person,
        "license" => Tag,
        "homepage" or "repository" or "evidence" => Url,
        "contact" => Contact,
        "summary" => Summary,
        "statement" or "note" => Statement,
        "term" => Name,
        "tags" => ListItems * (Tag + 1),
        "synonyms" or "outsider_terms" => ListItems * (Name + 1),
        "requirements" => ListItems * (Code + 1),
        "components" => ListItems * (Slug + 1),
        _ => Name, // order, color, kind, level, status, priority, date: short by nature
    };
}
