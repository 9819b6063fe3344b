using System.Text;
using CsvHelper.Configuration;
using KnowledgeBase.Interchange;

namespace KnowledgeBase.Stacks;

/// <summary>One row of the checklist spreadsheet, every cell as text.</summary>
public sealed class ChecklistSheetRow
{
    public string Code { get; set; } = "";
    public string Title { get; set; } = "";
    public string Statement { get; set; } = "";
    public string Layer { get; set; } = "";
    public string Priority { get; set; } = "";
    public string Status { get; set; } = "";
    public string Owner { get; set; } = "";
    public string Note { get; set; } = "";
    public string Evidence { get; set; } = "";
    public string Hint { get; set; } = "";
}

internal sealed class ChecklistSheetMap : ClassMap<ChecklistSheetRow>
{
    public ChecklistSheetMap()
    {
        Map(r => r.Code).Name("code"); Map(r => r.Title).Name("title"); Map(r => r.Statement).Name("statement");
        Map(r => r.Layer).Name("layer"); Map(r => r.Priority).Name("priority"); Map(r => r.Status).Name("status");
        Map(r => r.Owner).Name("owner"); Map(r => r.Note).Name("note"); Map(r => r.Evidence).Name("evidence"); Map(r => r.Hint).Name("hint");
    }
}

/// <summary>
/// The checklist as a spreadsheet (CSV) for a team to edit, and as a Markdown task list to paste into an issue.
/// Only status, owner, note and evidence come back in; the other columns are there to read.
/// </summary>
public static class ChecklistSheet
{
    /// <summary>The class map's columns, in order, with the property each reads.</summary>
    private static readonly (string Name, System.Reflection.PropertyInfo Property)[] Columns =
        new ChecklistSheetMap().MemberMaps.Select(m => (m.Data.Names[0], (System.Reflection.PropertyInfo)m.Data.Member!)).ToArray();

    public static string Csv(IEnumerable<ChecklistLine> lines)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        // Fields are written one by one in the class map's order: CsvHelper's record writer compiles expression
        // trees for every new writer, which cost more than the whole export of a 500-item checklist.
        // Notes, owners and titles are free text: written so that no cell is taken for a formula (SpreadsheetCsv).
        using var csv = new CsvHelper.CsvWriter(writer, SpreadsheetCsv.Configuration());
        foreach (var (name, _) in Columns) csv.WriteField(name);
        csv.NextRecord();
        foreach (var l in lines)
        {
            var row = new ChecklistSheetRow
            {
                Code = l.Code, Title = l.Title, Statement = l.Statement, Layer = l.Layer.Slug, Priority = EnumText.Format(l.Priority),
                Status = EnumText.Format(l.Status), Owner = l.Owner ?? "", Note = l.Note ?? "", Evidence = l.Evidence ?? "", Hint = EnumText.Format(l.Hint),
            };
            foreach (var (_, property) in Columns) csv.WriteField((string)property.GetValue(row)!);
            csv.NextRecord();
        }
        csv.Flush();
        return writer.ToString();
    }

    /// <summary>A GitHub task list grouped by layer; done items are ticked.</summary>
    public static string Markdown(string stackName, IEnumerable<ChecklistLine> lines)
    {
        var all = lines.ToList();
        var b = new StringBuilder();
        b.Append("# Checklist: ").Append(Inline(stackName)).Append("\n\n");
        b.Append($"{all.Count(l => l.Status == ChecklistStatus.Done)} of {all.Count} done. ")
            .Append("The hint says whether the stack's tools meet the requirement (met, partly, unmet).\n");
        foreach (var layer in all.GroupBy(l => l.Layer).OrderBy(g => g.Key.Order))
        {
            var done = layer.Count(l => l.Status == ChecklistStatus.Done);
            b.Append($"\n## {Inline(layer.Key.Name)} ({done}/{layer.Count()})\n\n");
            foreach (var l in layer)
            {
                b.Append(l.Status == ChecklistStatus.Done ? "- [x] " : "- [ ] ")
                    .Append($"**{l.Code}** {Inline(l.Title)} — {EnumText.Format(l.Priority)}, {EnumText.Format(l.Status)}, hint: {EnumText.Format(l.Hint)}");
                if (l.Owner is not null) b.Append(", owner: ").Append(Inline(l.Owner));
                b.Append('\n');
                if (l.Note is not null) b.Append("  ").Append(Inline(l.Note)).Append('\n');
                if (l.Evidence is not null) b.Append("  Evidence: <").Append(l.Evidence.Replace(">", "%3E", StringComparison.Ordinal)).Append(">\n");
            }
        }
        return b.ToString();
    }

    /// <summary>One line of Markdown text: line breaks folded, characters that would start markup escaped.</summary>
    private static string Inline(string text)
    {
        var b = new StringBuilder(text.Length + 8);
        foreach (var ch in text.ReplaceLineEndings(" ").Trim())
        {
            if (ch is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|' or '~') b.Append('\\');
            b.Append(ch);
        }
        return b.ToString();
    }
}
