using System.Globalization;
using CsvHelper.Configuration;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Interchange;

/// <summary>Checks of single cells that report <c>path:line:column: message</c> for one CSV table.</summary>
internal sealed class RowChecks<TMap>(string path, List<ImportError> errors) where TMap : ClassMap, new()
{
    private readonly string[] _headers = CsvTable.Headers<TMap>();

    public string Path => path;

    public void Error(int line, string column, string message) =>
        errors.Add(new ImportError(path, line, message, Array.IndexOf(_headers, column) + 1));

    public string? Slug(int line, string column, string value)
    {
        if (Slugs.IsValid(value)) return value;
        Error(line, column, value.Length == 0 ? $"'{column}' is empty" : $"'{CsvTable.Truncate(value)}' is not a valid slug (lowercase a-z, 0-9 and '-')");
        return null;
    }

    public string? Required(int line, string column, string value)
    {
        if (!string.IsNullOrWhiteSpace(value)) return value;
        Error(line, column, $"'{column}' is empty");
        return null;
    }

    public int? Integer(int line, string column, string value, int min = 0, int max = 100_000)
    {
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        Error(line, column, $"'{CsvTable.Truncate(value)}' is not a whole number from {min} to {max}");
        return null;
    }

    public T? Enum<T>(int line, string column, string value) where T : struct, System.Enum
    {
        if (EnumText.TryParse<T>(value, out var parsed)) return parsed;
        Error(line, column, $"'{CsvTable.Truncate(value)}' is not one of {EnumText.Choices<T>()}");
        return null;
    }

    /// <summary>The key must exist in <paramref name="known"/>; the message names what kind of thing is missing.</summary>
    public bool Known<TValue>(int line, string column, string key, IReadOnlyDictionary<string, TValue> known, string what)
    {
        if (known.ContainsKey(key)) return true;
        Error(line, column, $"unknown {what} '{CsvTable.Truncate(key)}'");
        return false;
    }

    /// <summary>The key must be one of <paramref name="known"/> (a set of slugs).</summary>
    public bool Known(int line, string column, string key, ICollection<string> known, string what)
    {
        if (known.Contains(key)) return true;
        Error(line, column, $"unknown {what} '{CsvTable.Truncate(key)}'");
        return false;
    }

    /// <summary>Remembers keys, reporting a repeat with the line of its first occurrence.</summary>
    public bool Unique(Dictionary<string, int> seen, int line, string column, string key)
    {
        if (seen.TryAdd(key, line)) return true;
        Error(line, column, $"duplicate '{CsvTable.Truncate(key)}' (first on line {seen[key]})");
        return false;
    }

    /// <summary>Empty, or an absolute http(s) URL: other schemes (javascript:, file:) never reach a page.</summary>
    public string? Url(int line, string column, string value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (HttpUrl.IsValid(value)) return value;
        Error(line, column, $"'{CsvTable.Truncate(value)}' is not an http(s) URL");
        return null;
    }

    /// <summary>A multi-valued cell split on <c>;</c>, each item at most <paramref name="itemLimit"/> characters.</summary>
    public List<string> List(int line, string column, string cell, int itemLimit)
    {
        var items = Slugs.SplitList(cell);
        var tooLong = items.FirstOrDefault(i => i.Length > itemLimit);
        if (tooLong is null) return items;
        Error(line, column, FieldLimits.TooLong("one of the " + column, tooLong.Length, itemLimit) + $" ('{CsvTable.Truncate(tooLong)}')");
        return [.. items.Where(i => i.Length <= itemLimit)];
    }
}
