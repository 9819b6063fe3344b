using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeBase.Interchange;
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

    private static string? Scalar(YamlNode node) =>
        node is YamlScalarNode { Value: { } v } && v.Trim() is { Length: > 0 } t && t != "~" && !(node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } && t == "null") ? t : null;

    public string? Text(params string[] names)
    {
        if (Find(names) is not var (key, value)) return null;
        if (value is YamlScalarNode) return Scalar(value);
        Error(key, $"'{names[0]}' must be a single value");
        return null;
    }

    public string? RequiredText(string name)
    {
        var text = Text(name);
        if (text is null && Find(name) is not { Value: not YamlScalarNode })
            errors.Add(new ImportError(path, Find(name) is { } found ? Line(found.Key) : 1, $"'{name}' is required"));
        return text;
    }

    /// <summary>A list of scalars; a single scalar is taken as a one-item list.</summary>
    public List<string> List(params string[] names)
    {
        if (Find(names) is not var (key, value)) return [];
        switch (value)
        {
            case YamlScalarNode:
                return Scalar(value) is { } single ? [single] : [];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode) { if (Scalar(item) is { } s) items.Add(s); }
                    else Error(item, $"'{names[0]}' must be a list of plain values");
                }
                return items;
            default:
                Error(key, $"'{names[0]}' must be a list");
                return [];
        }
    }

    /// <summary>The first value of a key that the link-log writes as a list and the conventional form as one value.</summary>
    public string? FirstOf(params string[] names) => List(names).FirstOrDefault();

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

    /// <summary>Identifiers as a list of one-key maps (<c>- doi: 10.1/x</c>); schemes are lower-cased.</summary>
    public List<SourceIdentifier> Identifiers(params string[] names)
    {
        var result = new List<SourceIdentifier>();
        if (Find(names) is not var (key, value)) return result;
        IEnumerable<KeyValuePair<YamlNode, YamlNode>> pairs = value switch
        {
            YamlSequenceNode sequence => sequence.Children.SelectMany(item => item is YamlMappingNode m ? m.Children : Invalid(item)),
            YamlMappingNode mapping => mapping.Children,
            YamlScalarNode when Scalar(value) is null => [],
            _ => Invalid(key),
        };
        foreach (var (scheme, id) in pairs)
        {
            var schemeText = Scalar(scheme)?.ToLowerInvariant();
            if (schemeText is null || !SchemePattern().IsMatch(schemeText))
            {
                Error(scheme, $"identifier scheme '{CsvTable.Truncate(schemeText ?? "")}' must be a word such as doi, arxiv, isbn or url");
                continue;
            }
            if (id is not YamlScalarNode) { Error(id, $"identifier '{schemeText}' must be a single value"); continue; }
            if (Scalar(id) is { } idText)
                result.Add(new SourceIdentifier { Scheme = schemeText, Value = idText });
        }
        return result;

        IEnumerable<KeyValuePair<YamlNode, YamlNode>> Invalid(YamlNode node)
        {
            Error(node, $"'{names[0]}' must be a list of one-key maps such as '- doi: 10.1000/xyz'");
            return [];
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_-]{0,19}$")]
    private static partial Regex SchemePattern();
}
