namespace KnowledgeBase.Tools;

/// <summary>
/// Whether an open-source tool's project is still looked after, as someone checked it on <see cref="Checked"/>.
/// One per tool with a repository; the gap report never recommends a tool whose project is abandoned.
/// </summary>
public sealed class ToolMaintenance
{
    public required string ToolSlug { get; set; }
    public MaintenanceStatus Status { get; set; }

    /// <summary>
    /// The latest release or tag that could be verified, as <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>. Kept as text so that
    /// export writes back the precision the file gave; null when no release could be verified.
    /// </summary>
    public string? LatestRelease { get; set; }

    public DateOnly Checked { get; set; }

    /// <summary>An https link that backs the status: the releases page, or the README line that says it.</summary>
    public string? Evidence { get; set; }

    public string? Note { get; set; }

    /// <summary>Archived or declared unmaintained: nobody will fix what breaks.</summary>
    public bool IsAbandoned => Status.IsAbandoned();
}

/// <summary>
/// <c>Slow</c>: no release for more than <see cref="MaintenanceRules.SlowAfterMonths"/> months, yet not declared
/// unmaintained. <c>Unmaintained</c>: the README or the repository says so. <c>Archived</c>: read-only on its forge.
/// </summary>
public enum MaintenanceStatus { Active, Slow, Unmaintained, Archived, Unknown }

public static class MaintenanceRules
{
    /// <summary>Past this many months without a release, an active project counts as slow.</summary>
    public const int SlowAfterMonths = 18;

    public static bool IsAbandoned(this MaintenanceStatus status) => status is MaintenanceStatus.Archived or MaintenanceStatus.Unmaintained;

    /// <summary>The first day of the month of a <c>YYYY-MM</c> or the day of a <c>YYYY-MM-DD</c> release; null for anything else.</summary>
    public static DateOnly? ReleaseDate(string? text)
    {
        var formats = new[] { "yyyy-MM-dd", "yyyy-MM" };
        return DateOnly.TryParseExact(text, formats, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date : null;
    }

    /// <summary>
    /// The wording shown beside a tool, never colour alone: "maintained · release 2026-10", "no release since 2024-03",
    /// "unmaintained", "archived"; null when nobody could tell.
    /// </summary>
    public static string? BadgeText(MaintenanceStatus status, string? latestRelease) => status switch
    {
        MaintenanceStatus.Active => latestRelease is { Length: >= 7 } r ? $"maintained · release {r[..7]}" : "maintained",
        MaintenanceStatus.Slow => latestRelease is { Length: >= 7 } r ? $"no release since {r[..7]}" : "no recent release",
        MaintenanceStatus.Unmaintained => "unmaintained",
        MaintenanceStatus.Archived => "archived",
        _ => null,
    };
}
