using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Literature;

/// <summary>
/// Typed, forgiving access to front-matter keys: keys match case-insensitively, a key may have several
/// accepted spellings, empty values count as absent, and every bad value is reported with its file line.
/// </summary>
internal sealed partial class FrontMatterFields(YamlMappingNode? root, string path, int firstLine, List<ImportError> errors)
{
    private (YamlNode Key, YamlNode Value)? Find(params string[] names)
    {
        if (root is null) return null;
        foreach (var name in names)
            foreach (var (key, value) in root.Children)
                if (key is YamlScalarNode { Value: { } k } && string.Equals(k.Trim(), name, StringComparison.OrdinalIgnoreCase))
                    return (key, value);
        return null;
    }

    private int Line(YamlNode node) => (int)node.Start.Line + firstLine - 1;

    public int LineOf(params string[] names) => Find(names) is { } found ? Line(found.Key) : firstLine;

    private void Error(YamlNode node, string message) => errors.Add(new ImportError(path, Line(node), message));

    private void Warning(YamlNode node, string message) => errors.Add(ImportError.Warning(path, Line(node), message));

    private static string? Scalar(YamlNode node) =>
        node is YamlScalarNode { Value: { } v } && v.Trim() is { Length: > 0 } t && t != "~" && !(node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } && t == "null") ? t : null;

    /// <summary>
    /// A single value, limited to <paramref name="limit"/> characters. The link-log writes some single values as
    /// lists: an empty list (<c>link_title: []</c>) counts as absent and a one-item list as its item; of a longer
    /// list the first item is kept, with a warning.
    /// </summary>
    public string? Text(int limit, params string[] names)
    {
        if (Find(names) is not var (key, value)) return null;
        switch (value)
        {
            case YamlScalarNode:
                return Limited(value, names[0], Scalar(value), limit);
            case YamlSequenceNode { Children: var items } when items.All(i => i is YamlScalarNode):
                return OneOf(key, names[0], List(limit, names));
            default:
                Error(key, $"'{names[0]}' must be a single value");
                return null;
        }
    }

    private string? OneOf(YamlNode key, string name, List<string> values)
    {
        if (values.Count > 1)
            Warning(key, $"'{name}' holds {values.Count} values where one is expected; the first, '{CsvTable.Truncate(values[0])}', is kept");
        return values.FirstOrDefault();
    }

    /// <summary>
    /// The value if it is within its limit and free of control characters. The raw front matter is checked for
    /// control characters too, but YAML escapes (<c>"\a"</c>, <c>"\x1b"</c>) only become them here.
    /// </summary>
    private string? Limited(YamlNode node, string name, string? text, int limit)
    {
        if (FieldLimits.Problem(name, text, limit) is not { } problem) return text;
        Error(node, problem);
        return null;
    }

    public string? RequiredText(string name, int limit)
    {
        var reported = errors.Count;
        var text = Text(limit, name);
        if (text is null && errors.Count == reported) // absent or empty, and not already reported as malformed
            errors.Add(new ImportError(path, Find(name) is { } found ? Line(found.Key) : 1, $"'{name}' is required"));
        return text;
    }

    /// <summary>
    /// A list of scalars, each at most <paramref name="itemLimit"/> characters and at most
    /// <see cref="FieldLimits.ListItems"/> of them; a single scalar is taken as a one-item list.
    /// </summary>
    public List<string> List(int itemLimit, params string[] names)
    {
        if (Find(names) is not var (key, value)) return [];
        var items = new List<string>();
        switch (value)
        {
            case YamlScalarNode:
                if (Limited(value, names[0], Scalar(value), itemLimit) is { } single) items.Add(single);
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence)
                {
                    if (item is not YamlScalarNode) Error(item, $"'{names[0]}' must be a list of plain values");
                    else if (Limited(item, names[0], Scalar(item), itemLimit) is { } s) items.Add(s);
                }
                break;
            default:
                Error(key, $"'{names[0]}' must be a list");
                break;
        }
        if (items.Count > FieldLimits.ListItems)
        {
            Error(key, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"'{names[0]}' has {items.Count:N0} items; the limit is {FieldLimits.ListItems}"));
            return [];
        }
        return items;
    }

    /// <summary>The first value of a key that the link-log writes as a list and the conventional form as one value.</summary>
    public string? FirstOf(int limit, params string[] names) =>
        Find(names) is var (key, _) ? OneOf(key, names[0], List(limit, names)) : null;

    /// <summary>
    /// Difficulty levels, one or several (a work can suit beginners and the intermediate alike). Synonyms such as
    /// <c>novice</c> or <c>expert</c> become their level with a warning; an unknown word is an error.
    /// </summary>
    public List<string> Difficulties(params string[] names)
    {
        var levels = new List<string>();
        foreach (var word in List(FieldLimits.Tag, names))
        {
            var level = Difficulty.Level(word);
            var key = Find(names)!.Value.Key;
            if (level is null)
                Error(key, $"difficulty '{CsvTable.Truncate(word)}' is not one of {Difficulty.AcceptedWords}");
            else
            {
                if (!string.Equals(level, word, StringComparison.OrdinalIgnoreCase))
                    Warning(key, $"difficulty '{CsvTable.Truncate(word)}' is read as '{level}'");
                levels.Add(level);
            }
        }
        return Difficulty.Ordered(levels);
    }

    public int? Integer(string name, int min, int max)
    {
        if (Find(name) is not var (key, value)) return null;
        var text = Scalar(value);
        if (text is null) return null;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            Error(key, $"'{name}' must be a whole number from {min} to {max}, not '{CsvTable.Truncate(text)}'");
            return null;
        }
        return number;
    }

    public bool? Boolean(string name)
    {
        if (Find(name) is not var (key, value)) return null;
        switch (Scalar(value)?.ToLowerInvariant())
        {
            case null: return null;
            case "true" or "yes" or "on": return true;
            case "false" or "no" or "off": return false;
            case var other:
                Error(key, $"'{name}' must be true or false, not '{CsvTable.Truncate(other)}'");
                return null;
        }
    }

    /// <summary>An ISO date (kept as <c>yyyy-MM-dd</c>) or a date-time with offset (kept with its offset).</summary>
    public string? Date(string name)
    {
        if (Find(name) is not var (key, value)) return null;
        var text = Scalar(value);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) && text.Contains('T', StringComparison.OrdinalIgnoreCase))
            return moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        Error(key, $"'{name}' must be an ISO date (2022-11-23) or date-time (2022-11-23T18:33:49+01:00), not '{CsvTable.Truncate(text)}'");
        return null;
    }

    /// <summary>
    /// Identifiers as a list of one-key maps (<c>- doi: 10.1/x</c>), or a single map. Schemes are made canonical
    /// (<see cref="IdentifierSchemes.Normalise"/>); a bare value gets the scheme its shape shows, with a warning,
    /// or is kept as <c>other</c>; placeholders left from a template are dropped with a warning.
    /// </summary>
    public List<SourceIdentifier> Identifiers(params string[] names)
    {
        var result = new List<SourceIdentifier>();
        if (Find(names) is not var (key, value)) return result;
        IEnumerable<YamlNode> items = value switch
        {
            YamlSequenceNode sequence => sequence.Children,
            YamlMappingNode mapping => [mapping],
            YamlScalarNode => [value],
            _ => [],
        };
        foreach (var item in items)
        {
            switch (item)
            {
                case YamlMappingNode map:
                    foreach (var (scheme, id) in map.Children) Add(scheme, id);
                    break;
                case YamlScalarNode when Scalar(item) is { } bare:
                    AddBare(item, bare);
                    break;
                case YamlScalarNode:
                    break; // an empty item: nothing was lost
                default:
                    Error(item, $"'{names[0]}' must be a list of one-key maps such as '- doi: 10.1000/xyz'");
                    break;
            }
        }
        if (result.Count > FieldLimits.ListItems)
        {
            Error(key, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"'{names[0]}' has {result.Count:N0} items; the limit is {FieldLimits.ListItems}"));
            return [];
        }
        return result;

        void Add(YamlNode schemeNode, YamlNode id)
        {
            var written = Scalar(schemeNode) ?? "";
            var scheme = IdentifierSchemes.Normalise(written);
            if (scheme is null || !SchemePattern().IsMatch(scheme))
            {
                Error(schemeNode, $"identifier scheme '{CsvTable.Truncate(written)}' must be a word such as doi, arxiv, isbn or url");
                return;
            }
            if (id is not YamlScalarNode) { Error(id, $"identifier '{scheme}' must be a single value"); return; }
            if (Scalar(id) is not { } text) return; // 'DOI:' with nothing after it: an empty template line
            if (IdentifierSchemes.IsPlaceholder(text))
            {
                Warning(id, $"identifier '{scheme}: {CsvTable.Truncate(text)}' looks like a template placeholder; it is left out");
                return;
            }
            if (!IdentifierSchemes.IsKnown(scheme))
                Warning(schemeNode, $"identifier scheme '{scheme}' is not one the site links ({string.Join(", ", IdentifierSchemes.Known)}); it is kept as written");
            if (Limited(id, scheme, text, FieldLimits.Url) is { } limited)
                result.Add(new SourceIdentifier { Scheme = scheme, Value = limited });
        }

        void AddBare(YamlNode node, string bare)
        {
            if (IdentifierSchemes.IsPlaceholder(bare))
            {
                Warning(node, $"identifier '{CsvTable.Truncate(bare)}' looks like a template placeholder; it is left out");
                return;
            }
            var (scheme, id) = IdentifierSchemes.Recognise(bare) ?? ("other", bare);
            Warning(node, scheme == "other"
                ? $"identifier '{CsvTable.Truncate(bare)}' has no scheme and no recognisable shape; it is kept as 'other'"
                : $"identifier '{CsvTable.Truncate(bare)}' has no scheme; it is read as {scheme}");
            if (Limited(node, scheme, id, FieldLimits.Url) is { } limited)
                result.Add(new SourceIdentifier { Scheme = scheme, Value = limited });
        }
    }

    /// <summary>
    /// The keys of the front matter that none of <paramref name="known"/> names, as the text they were written
    /// in: from each key's line to the line before the next key. Each is reported with a warning, since a reader of
    /// the catalog sees none of it. Null when there are none.
    /// </summary>
    public string? UnknownKeys(string yaml, IReadOnlySet<string> known)
    {
        if (root is null) return null;
        var keys = root.Children.Keys.ToList();
        var lines = yaml.Split('\n');
        var kept = new System.Text.StringBuilder();
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] is YamlScalarNode { Value: { } name } && known.Contains(name.Trim())) continue;
            var written = (keys[i] as YamlScalarNode)?.Value ?? "?";
            if (root.Style == YamlDotNet.Core.Events.MappingStyle.Flow)
            {
                Warning(keys[i], $"unknown key '{CsvTable.Truncate(written)}' in a one-line front matter is not kept");
                continue;
            }
            var first = (int)keys[i].Start.Line - 1;
            var end = i + 1 < keys.Count ? (int)keys[i + 1].Start.Line - 1 : lines.Length;
            while (end > first + 1 && string.IsNullOrWhiteSpace(lines[end - 1])) end--;
            for (var line = first; line < end; line++) kept.Append(lines[line]).Append('\n');
            Warning(keys[i], $"unknown key '{CsvTable.Truncate(written)}' is not shown by the site; it is kept as written and exported with the note");
        }
        if (kept.Length > FieldLimits.UnknownFrontMatter)
        {
            errors.Add(new ImportError(path, firstLine, FieldLimits.TooLong("unknown keys", kept.Length, FieldLimits.UnknownFrontMatter)));
            return null;
        }
        return kept.Length == 0 ? null : kept.ToString();
    }

    [GeneratedRegex("^[a-z][a-z0-9_-]{0,19}$")]
    private static partial Regex SchemePattern();
}
