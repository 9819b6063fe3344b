using System.Globalization;
using KnowledgeBase.Tools;

namespace KnowledgeBase.Interchange;

public sealed partial class CatalogReader
{
    /// <summary>
    /// <c>tool_maintenance.csv</c>: one row per tool with a repository. A date that has not happened yet cannot have
    /// been checked, and a release after the check date cannot have been seen; both are errors. A status that
    /// disagrees with the release date (active yet silent for 18 months, or slow with a recent release) is imported
    /// as written, with a warning, since a project may be busy on its main branch without tagging.
    /// </summary>
    private void ReadMaintenance()
    {
        // A day of slack: a check made today east of UTC is already tomorrow there.
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        var seen = new Dictionary<string, int>();
        foreach (var (row, line) in Table<MaintenanceRow, MaintenanceMap>("tool_maintenance.csv", out var c))
        {
            var known = c.Known(line, "tool", row.Tool, _tools, "tool");
            var status = c.Enum<MaintenanceStatus>(line, "status", row.Status);
            var release = ReleaseDate(c, line, row.LatestRelease);
            var evidence = c.Url(line, "evidence", row.Evidence);
            DateOnly? checkedOn = null;
            if (DateOnly.TryParseExact(row.Checked, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) checkedOn = d;
            else c.Error(line, "checked", row.Checked.Length == 0 ? "'checked' is empty" : $"'{CsvTable.Truncate(row.Checked)}' is not a date such as 2026-12-07");

            var ok = known && status is not null && release != InvalidRelease && checkedOn is not null && (row.Evidence.Length == 0 || evidence is not null);
            if (checkedOn > tomorrow) { c.Error(line, "checked", $"'{row.Checked}' is in the future"); ok = false; }
            if (release is { } r && checkedOn is { } on && r > on) { c.Error(line, "latest_release", $"'{row.LatestRelease}' is after the check on {row.Checked}"); ok = false; }
            if (known && _tools[row.Tool].Repository is null)
            {
                // Proprietary products have no public project whose upkeep one could check.
                c.Error(line, "tool", $"tool '{row.Tool}' has no repository; record maintenance only for tools with one");
                ok = false;
            }
            if (status is not null and not MaintenanceStatus.Unknown && evidence is null && row.Evidence.Length == 0)
            {
                c.Error(line, "evidence", $"a '{row.Status}' status needs evidence: the releases page or the README line that says it");
                ok = false;
            }
            if (!ok || !c.Unique(seen, line, "tool", row.Tool)) continue;

            WarnIfStatusContradictsRelease(c.Path, line, status!.Value, release, checkedOn!.Value);
            _catalog.Maintenance.Add(new ToolMaintenance
            {
                ToolSlug = row.Tool, Status = status.Value, LatestRelease = Blank(row.LatestRelease), Checked = checkedOn.Value,
                Evidence = evidence, Note = Blank(row.Note),
            });
        }
    }

    private static readonly DateOnly InvalidRelease = DateOnly.MinValue;

    /// <summary>Null for an empty cell, <see cref="InvalidRelease"/> (after reporting it) for a malformed one.</summary>
    private static DateOnly? ReleaseDate<TMap>(RowChecks<TMap> c, int line, string text) where TMap : CsvHelper.Configuration.ClassMap, new()
    {
        if (text.Length == 0) return null;
        if (MaintenanceRules.ReleaseDate(text) is { } date) return date;
        c.Error(line, "latest_release", $"'{CsvTable.Truncate(text)}' is not a month such as 2026-10 or a date such as 2026-10-14");
        return InvalidRelease;
    }

    private void WarnIfStatusContradictsRelease(string path, int line, MaintenanceStatus status, DateOnly? release, DateOnly checkedOn)
    {
        if (release is not { } r) return;
        var stale = r.AddMonths(MaintenanceRules.SlowAfterMonths) < checkedOn;
        if (status == MaintenanceStatus.Active && stale)
            _errors.Add(ImportError.Warning(path, line, $"status 'active' but the latest release is more than {MaintenanceRules.SlowAfterMonths} months before the check; 'slow' may fit"));
        else if (status == MaintenanceStatus.Slow && !stale)
            _errors.Add(ImportError.Warning(path, line, $"status 'slow' but the latest release is within {MaintenanceRules.SlowAfterMonths} months of the check"));
    }
}
