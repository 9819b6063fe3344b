using System.Text;
using KnowledgeBase.Interchange;

namespace KnowledgeBase.Stacks;

/// <summary>What one spreadsheet row changes on the checklist item with its code.</summary>
public sealed record ChecklistUpdate(string Code, ChecklistStatus Status, string? Owner, string? Note, string? Evidence);

/// <summary>
/// Reads a checklist spreadsheet back: the exported CSV after a team edited status, owner, note or evidence. Every
/// problem is reported with its line and column, and a file with any problem yields no updates at all.
/// </summary>
public static class ChecklistSheetImport
{
    public static (List<ChecklistUpdate> Updates, List<ImportError> Errors) Read(byte[] content, string fileName, IReadOnlySet<string> codesOnChecklist)
    {
        var errors = new List<ImportError>();
        string text;
        try
        {
            text = CsvTable.StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            errors.Add(new ImportError(fileName, 1, "this is not a CSV file: it is not UTF-8 text (export the spreadsheet as 'CSV UTF-8')"));
            return ([], errors);
        }
        // Spreadsheets on Windows save CRLF; the table reader splits rows on LF only.
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            errors.Add(new ImportError(fileName, 1, "this is not a CSV file: it contains binary data"));
            return ([], errors);
        }
        var header = text.Split('\n', 2)[0];
        if (header.Contains(';', StringComparison.Ordinal) && !header.Contains(',', StringComparison.Ordinal))
        {
            errors.Add(new ImportError(fileName, 1, "the columns are separated by ';': save the sheet as comma-separated CSV (the format it was exported in)", 1));
            return ([], errors);
        }
        if (header.Contains('\t', StringComparison.Ordinal) && !header.Contains(',', StringComparison.Ordinal))
        {
            errors.Add(new ImportError(fileName, 1, "the columns are separated by tabs: save the sheet as comma-separated CSV (the format it was exported in)", 1));
            return ([], errors);
        }

        var rows = CsvTable.Read<ChecklistSheetRow, ChecklistSheetMap>(new StringReader(text), fileName, errors, fromSpreadsheet: true);
        var check = new RowChecks<ChecklistSheetMap>(fileName, errors);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var updates = new List<ChecklistUpdate>();
        foreach (var (row, line) in rows)
        {
            // Undo the export's formula escaping first (the reader has checked each cell's length without it).
            (row.Status, row.Owner, row.Note, row.Evidence) =
                (SpreadsheetCsv.Unescape(row.Status), SpreadsheetCsv.Unescape(row.Owner), SpreadsheetCsv.Unescape(row.Note), SpreadsheetCsv.Unescape(row.Evidence));
            var code = row.Code.Trim();
            if (check.Required(line, "code", code) is null) continue;
            if (!codesOnChecklist.Contains(code))
            {
                check.Error(line, "code", $"unknown requirement code '{CsvTable.Truncate(code)}': it is not on this stack's checklist");
                continue;
            }
            if (!check.Unique(seen, line, "code", code)) continue;
            var status = check.Enum<ChecklistStatus>(line, "status", row.Status);
            var evidence = check.Url(line, "evidence", row.Evidence.Trim());
            var ok = status is not null && (row.Evidence.Trim().Length == 0 || evidence is not null);
            if (ok)
                updates.Add(new ChecklistUpdate(code, status!.Value, Blank(row.Owner), Blank(row.Note), evidence));
        }
        if (errors.Count == 0 && rows.Count == 0)
            errors.Add(new ImportError(fileName, 2, "the file has a header but no rows"));
        return errors.Count == 0 ? (updates, errors) : ([], errors);
    }

    /// <summary>Applies validated updates to the tracked items; the caller saves them in one go.</summary>
    public static int Apply(IEnumerable<ChecklistUpdate> updates, IReadOnlyDictionary<string, ChecklistItem> items)
    {
        var changed = 0;
        foreach (var u in updates)
        {
            var item = items[u.Code];
            if (item.Status == u.Status && item.Owner == u.Owner && item.Note == u.Note && item.Evidence == u.Evidence) continue;
            (item.Status, item.Owner, item.Note, item.Evidence) = (u.Status, u.Owner, u.Note, u.Evidence);
            changed++;
        }
        return changed;
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
