using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Interchange;

/// <summary>A CSV row together with the file line it starts on, for error messages.</summary>
public sealed record Located<T>(T Row, int Line);

/// <summary>Reads and writes one CSV table with its class map: UTF-8, LF, RFC 4180 quoting, invariant culture.</summary>
internal static class CsvTable
{
    /// <summary>Strict UTF-8: a file with invalid bytes is reported, not silently patched with U+FFFD.</summary>
    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    internal static CsvConfiguration Configuration() => new(CultureInfo.InvariantCulture)
    {
        NewLine = "\n",
        // Missing and extra cells are checked row by row below, with a message that names the line.
        MissingFieldFound = null,
        HeaderValidated = null,
    };

    /// <summary>The header names of a class map, in column order.</summary>
    internal static string[] Headers<TMap>() where TMap : ClassMap, new() =>
        new TMap().MemberMaps.Select(m => m.Data.Names[0]).ToArray();

    /// <summary>
    /// Reads every row it can. Problems are added to <paramref name="errors"/> as <c>path:line:column</c>;
    /// a file that is not CSV at all stops at the first unreadable record.
    /// </summary>
    /// <param name="fromSpreadsheet">
    /// The file was written by <see cref="SpreadsheetCsv"/>: limits apply to each cell as it was before its formula
    /// escaping, which the caller undoes (a 4,000-character note that starts with '=' is exported with 4,001).
    /// </param>
    public static List<Located<T>> Read<T, TMap>(TextReader reader, string displayPath, List<ImportError> errors, bool fromSpreadsheet = false)
        where TMap : ClassMap<T>, new()
    {
        var rows = new List<Located<T>>();
        var expected = Headers<TMap>();
        using var csv = new CsvReader(reader, Configuration());
        csv.Context.RegisterClassMap<TMap>();
        try
        {
            if (!csv.Read())
            {
                errors.Add(new ImportError(displayPath, 1, $"the file is empty; expected the header {string.Join(',', expected)}"));
                return rows;
            }
            csv.ReadHeader();
            if (!HeaderMatches(csv.HeaderRecord ?? [], expected, displayPath, errors))
                return rows;

            var previousEnd = csv.Parser.RawRow;
            while (csv.Read())
            {
                var line = previousEnd + 1;
                previousEnd = csv.Parser.RawRow;
                if (csv.Parser.Count == 1 && string.IsNullOrWhiteSpace(csv.Parser[0]))
                    continue; // a blank line
                if (csv.Parser.Count != expected.Length)
                {
                    errors.Add(new ImportError(displayPath, line,
                        $"expected {expected.Length} cells ({string.Join(',', expected)}), found {csv.Parser.Count}"));
                    continue;
                }
                if (!WithinLimits(csv, displayPath, line, errors, fromSpreadsheet))
                    continue;
                rows.Add(new Located<T>(csv.GetRecord<T>(), line));
            }
        }
        catch (CsvHelperException ex)
        {
            var line = ex.Context?.Parser?.RawRow ?? 1;
            errors.Add(new ImportError(displayPath, (int)line, "unreadable CSV: " + FirstLine(ex.Message)));
        }
        catch (DecoderFallbackException)
        {
            errors.Add(new ImportError(displayPath, Math.Max(1, (int)csv.Parser.RawRow), "the file is not valid UTF-8"));
        }
        return rows;
    }

    /// <summary>
    /// Every cell of the current record within its column's limit (<see cref="FieldLimits.ForColumn"/>) and free of
    /// control characters (<see cref="FieldLimits.Problem"/>).
    /// </summary>
    private static bool WithinLimits(CsvReader csv, string displayPath, int line, List<ImportError> errors, bool fromSpreadsheet)
    {
        var ok = true;
        var header = csv.HeaderRecord!;
        for (var i = 0; i < header.Length; i++)
        {
            var limit = FieldLimits.ForColumn(header[i]);
            var cell = fromSpreadsheet ? SpreadsheetCsv.Unescape(csv.Parser[i]) : csv.Parser[i];
            if (FieldLimits.Problem(header[i], cell, limit) is not { } problem) continue;
            errors.Add(new ImportError(displayPath, line, problem, i + 1));
            ok = false;
        }
        return ok;
    }

    public static List<Located<T>> ReadFile<T, TMap>(string path, string displayPath, List<ImportError> errors)
        where TMap : ClassMap<T>, new()
    {
        using var reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        return Read<T, TMap>(reader, displayPath, errors);
    }

    public static void Write<T, TMap>(TextWriter writer, IEnumerable<T> rows) where TMap : ClassMap<T>, new()
    {
        using var csv = new CsvWriter(writer, Configuration(), leaveOpen: true);
        csv.Context.RegisterClassMap<TMap>();
        csv.WriteHeader<T>();
        csv.NextRecord();
        csv.WriteRecords(rows);
    }

    public static void WriteFile<T, TMap>(string path, IEnumerable<T> rows) where TMap : ClassMap<T>, new()
    {
        using var writer = new StreamWriter(path, append: false, StrictUtf8);
        Write<T, TMap>(writer, rows);
    }

    private static bool HeaderMatches(string[] header, string[] expected, string path, List<ImportError> errors)
    {
        var ok = true;
        foreach (var missing in expected.Where(e => !header.Contains(e, StringComparer.Ordinal)))
        {
            errors.Add(new ImportError(path, 1, $"missing column '{missing}'; expected the header {string.Join(',', expected)}"));
            ok = false;
        }
        for (var i = 0; i < header.Length; i++)
        {
            if (!expected.Contains(header[i], StringComparer.Ordinal))
            {
                errors.Add(new ImportError(path, 1, $"unknown column '{Truncate(header[i])}'", i + 1));
                ok = false;
            }
        }
        return ok;
    }

    /// <summary>The column number (1-based) of a header name, for error messages.</summary>
    internal static int ColumnOf<TMap>(string name) where TMap : ClassMap, new() =>
        Array.IndexOf(Headers<TMap>(), name) + 1;

    internal static string Truncate(string text, int max = 60) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…");

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
