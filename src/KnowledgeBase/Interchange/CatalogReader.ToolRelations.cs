using KnowledgeBase.Tools;

namespace KnowledgeBase.Interchange;

public sealed partial class CatalogReader
{
    /// <summary>
    /// Relations between tools. A symmetric relation is written once, its two tools in slug order, so a file never
    /// says the same thing twice in two spellings; the reversed row is reported as the duplicate it is.
    /// </summary>
    private void ReadToolRelations()
    {
        var seen = new Dictionary<string, int>();
        foreach (var (row, line) in Table<ToolRelationRow, ToolRelationMap>("tool_relations.csv", out var c))
        {
            var ends = c.Known(line, "tool", row.Tool, _tools, "tool") & c.Known(line, "other", row.Other, _tools, "tool");
            var kind = c.Enum<ToolRelationKind>(line, "relation", row.Relation);
            var evidence = c.Url(line, "evidence", row.Evidence);
            if (!ends || kind is null || (row.Evidence.Length > 0 && evidence is null)) continue;
            if (row.Tool == row.Other)
            {
                c.Error(line, "other", $"'{row.Tool}' cannot be related to itself");
                continue;
            }

            var symmetric = kind.Value.IsSymmetric();
            var (first, second) = symmetric && string.CompareOrdinal(row.Tool, row.Other) > 0 ? (row.Other, row.Tool) : (row.Tool, row.Other);
            var relation = EnumText.Format(kind.Value);
            var key = $"{first} {relation} {second}";
            if (!seen.TryAdd(key, line))
            {
                var reversed = first != row.Tool ? " (a symmetric relation reads both ways)" : "";
                c.Error(line, "other", $"duplicate '{CsvTable.Truncate(key)}'{reversed} (first on line {seen[key]})");
                continue;
            }
            if (first != row.Tool)
            {
                c.Error(line, "tool", $"'{relation}' reads both ways and is written once with the tools in slug order: '{first},{relation},{second}'");
                continue;
            }
            _catalog.ToolRelations.Add(new ToolRelation
            {
                ToolSlug = row.Tool, Kind = kind.Value, OtherSlug = row.Other, Note = Blank(row.Note), Evidence = evidence,
            });
        }
    }
}
