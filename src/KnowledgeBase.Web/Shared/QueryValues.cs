using System.Globalization;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Web.Shared;

/// <summary>
/// The rules every query-string and form value of the read pages passes on its way in, applied by the small query
/// classes of each page (<c>ToolFilter</c>, <c>SourcesQuery</c>, …) as the model binder sets them. A value that
/// cannot mean anything (empty, blank, longer than any name in the catalog, holding control characters) is ignored,
/// as if it had not been sent; the page then shows what it would show without it. Nothing here throws.
/// </summary>
public static class QueryValues
{
    /// <summary>No slug, tag, licence or kind in the catalog is longer (<see cref="FieldLimits.Name"/>).</summary>
    public const int MaxLength = FieldLimits.Name;

    /// <summary>More values of one filter than this is no one's real question; the rest are ignored.</summary>
    public const int MaxValues = 50;

    /// <summary>The value trimmed, or null when it is missing, blank, too long or holds control characters.</summary>
    public static string? One(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength || text.Any(char.IsControl)) return null;
        return text;
    }

    /// <summary>The usable values of a repeated key, each once, in the order sent (compare pages keep that order).</summary>
    public static string[] Many(IEnumerable<string?>? values) =>
        values is null ? [] : values.Select(One).OfType<string>().Distinct(StringComparer.Ordinal).Take(MaxValues).ToArray();

    /// <summary>A positive whole number, or null: negative, zero, huge or non-numeric pages and years are ignored.</summary>
    public static int? Positive(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    /// <summary>The value if it is one of <paramref name="allowed"/> (ignoring case), in the allowed spelling; otherwise null.</summary>
    public static string? OneOf(string? value, params string[] allowed) =>
        One(value) is { } text ? allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase)) : null;
}

/// <summary>
/// Binds a query class from the bare keys (<c>?tag=x</c>), never from keys prefixed with the action's parameter
/// name: without it, a request that happens to carry a key named like the parameter (<c>?filter=1&amp;tag=x</c>)
/// makes the binder look for <c>filter.tag</c> and silently ignore every other key.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class QueryKeysAttribute : Attribute, Microsoft.AspNetCore.Mvc.ModelBinding.IModelNameProvider
{
    public string Name => "";
}
