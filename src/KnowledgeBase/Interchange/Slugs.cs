using System.Text.RegularExpressions;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Interchange;

/// <summary>Slugs are the stable, URL-safe keys of every entity: lowercase a-z, 0-9 and single hyphens.</summary>
public static partial class Slugs
{
    public static bool IsValid(string? slug) => slug is { Length: > 0 and <= FieldLimits.Slug } && Pattern().IsMatch(slug) && !DeviceName().IsMatch(slug);

    /// <summary>Splits a multi-valued cell on ';', trimming and dropping empty values.</summary>
    public static List<string> SplitList(string? cell) =>
        string.IsNullOrWhiteSpace(cell)
            ? []
            : cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    public static string JoinList(IEnumerable<string> values) => string.Join(';', values);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    /// <summary>
    /// A slug is also a file name (<c>literature/SLUG.md</c>), and on Windows these name devices, not files, with any
    /// extension: a catalog holding one could not be checked out or exported there.
    /// </summary>
    [GeneratedRegex("^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$")]
    private static partial Regex DeviceName();
}
