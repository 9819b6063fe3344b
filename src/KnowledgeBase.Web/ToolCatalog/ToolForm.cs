using KnowledgeBase.Architecture;
using KnowledgeBase.History;
using KnowledgeBase.Interchange;
using KnowledgeBase.Tools;
using static KnowledgeBase.Web.Editing.FormCells;

namespace KnowledgeBase.Web.ToolCatalog;

/// <summary>
/// A tool as its form posts it: the columns of its <c>tools.csv</c> row, its coverage rows, and the version the form
/// was opened on. Every field may be missing or hostile.
/// </summary>
public sealed class ToolForm
{
    /// <summary>Blank coverage rows offered below the existing ones, so a row can be added without JavaScript.</summary>
    public const int BlankRows = 3;

    public string? Slug { get; set; }
    public string? Name { get; set; }
    public string? Homepage { get; set; }
    public string? Repository { get; set; }
    public string? License { get; set; }
    public string? Kind { get; set; }
    public string? Vendor { get; set; }
    public string? Summary { get; set; }
    public string? Tags { get; set; }
    public List<CoverageForm> Coverage { get; set; } = [];
    /// <summary><see cref="ToolVersion.Of"/> of the stored tool when the form was opened; empty for a new one.</summary>
    public string? Version { get; set; }
    public string? Command { get; set; }

    public static ToolForm From(Tool tool, IEnumerable<ToolCoverage> coverage) => new()
    {
        Slug = tool.Slug, Name = tool.Name, Homepage = tool.Homepage, Repository = tool.Repository, License = tool.License,
        Kind = EnumText.Format(tool.Kind), Vendor = tool.Vendor, Summary = tool.Summary, Tags = string.Join(", ", tool.Tags),
        Coverage = [.. coverage.OrderBy(c => c.ComponentSlug, StringComparer.Ordinal)
            .Select(c => new CoverageForm { Component = c.ComponentSlug, Level = EnumText.Format(c.Level), Evidence = c.Evidence })],
        Version = ToolVersion.Of(tool, coverage),
    };

    /// <summary>The form filled with a recorded version of the tool (<see cref="EntityRecords.Of(Tool, IEnumerable{ToolCoverage})"/>).</summary>
    public static ToolForm FromRecord(string slug, EntityRecord record) => new()
    {
        Slug = slug, Name = record["name"], Homepage = record["homepage"], Repository = record["repository"],
        License = record["license"], Kind = record["kind"], Vendor = record["vendor"], Summary = record["summary"], Tags = record["tags"],
        Coverage = [.. (record["coverage"] ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(CoverageForm.FromLine)],
    };

    /// <summary>The coverage rows that say something: a row without a component is a blank one, left empty.</summary>
    public List<CoverageForm> FilledCoverage() =>
        [.. Coverage.Where(c => !c.Remove && !string.IsNullOrWhiteSpace(c.Component))];

    /// <summary>
    /// The tool this form stands for, checked by the importer's own reader of <c>tools.csv</c> and
    /// <c>tool_coverage.csv</c>. Problems are keyed by field (<c>homepage</c>, <c>coverage[2]</c>) to be shown beside it.
    /// </summary>
    public (Tool? Tool, FormProblems Problems) Check(IReadOnlyList<Component> components, ICollection<string> sourceSlugs)
    {
        var problems = new FormProblems();
        var slug = (Slug ?? "").Trim();
        KnowledgeBase.Web.Editing.ReservedSlugs.Check(slug, "tool", problems);
        var filled = FilledCoverage();
        if (filled.Count == 0) problems.Add("coverage", "give at least one component the tool covers: a tool that covers nothing is never listed");
        var row = new ToolRow
        {
            Slug = slug, Name = Cell(Name), Homepage = Cell(Homepage), Repository = Cell(Repository), License = Cell(License),
            Kind = Cell(Kind), Vendor = Cell(Vendor), Summary = Cell(Summary),
            Tags = List(Tags),
        };
        var coverage = filled.Select(c => new CoverageRow { Tool = slug, Component = Cell(c.Component), Level = Cell(c.Level), Evidence = Cell(c.Evidence) }).ToList();
        var (tool, errors) = CatalogReader.CheckTool(row, coverage, components, sourceSlugs);
        var toolRead = errors.All(e => e.IsWarning || Path.GetFileName(e.Path) != "tools.csv");
        foreach (var e in errors.Where(e => !e.IsWarning))
        {
            var table = Path.GetFileName(e.Path);
            // A row that failed leaves its coverage pointing at an "unknown tool": that is the row's problem, said once.
            if (!toolRead && table != "tools.csv" && e.Message.StartsWith("unknown tool", StringComparison.Ordinal)) continue;
            var field = table == "tools.csv" ? ToolColumns.ElementAtOrDefault((e.Column ?? 0) - 1) ?? "form"
                : $"coverage[{Coverage.IndexOf(filled[Math.Clamp(e.Line - 2, 0, filled.Count - 1)])}]";
            problems.Add(field, e.Message);
        }
        return (problems.IsEmpty ? tool : null, problems);
    }

    private static readonly string[] ToolColumns = ["slug", "name", "homepage", "repository", "license", "kind", "vendor", "summary", "tags"];
}

public sealed class CoverageForm
{
    public string? Component { get; set; }
    public string? Level { get; set; }
    public string? Evidence { get; set; }
    /// <summary>Ticked to drop an existing row.</summary>
    public bool Remove { get; set; }

    public static CoverageForm FromLine(string line)
    {
        var parts = line.Split(' ', 3);
        return new CoverageForm { Component = parts[0], Level = parts.ElementAtOrDefault(1), Evidence = parts.ElementAtOrDefault(2) };
    }
}

/// <summary>Problems of one form, by field, in the order found.</summary>
public sealed class FormProblems
{
    private readonly List<(string Field, string Message)> _items = [];

    public bool IsEmpty => _items.Count == 0;

    public IEnumerable<(string Field, string Message)> All => _items;

    public void Add(string field, string message) => _items.Add((field, message));

    public IEnumerable<string> For(string field) => _items.Where(i => i.Field == field).Select(i => i.Message);
}

/// <summary>A short fingerprint of a tool and its coverage: what optimistic concurrency compares.</summary>
public static class ToolVersion
{
    public static string Of(Tool tool, IEnumerable<ToolCoverage> coverage) => EntityRecords.Of(tool, coverage).Fingerprint();
}
