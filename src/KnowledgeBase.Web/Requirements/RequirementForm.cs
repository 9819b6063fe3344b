using KnowledgeBase.Architecture;
using KnowledgeBase.History;
using KnowledgeBase.Interchange;
using KnowledgeBase.Requirements;
using KnowledgeBase.Web.ToolCatalog;
using static KnowledgeBase.Web.Editing.FormCells;

namespace KnowledgeBase.Web.Requirements;

/// <summary>
/// A requirement as its form posts it: the columns of its <c>requirements.csv</c> row, its traces to sources with
/// their notes, the components it concerns (ticked), and the version the form was opened on.
/// </summary>
public sealed class RequirementForm
{
    public const int BlankTraces = 3;

    public string? Code { get; set; }
    public string? Layer { get; set; }
    public string? Title { get; set; }
    public string? Statement { get; set; }
    public string? Kind { get; set; }
    public string? Priority { get; set; }
    public string? Tags { get; set; }
    public List<TraceForm> Traces { get; set; } = [];
    /// <summary>Ticked components, by slug.</summary>
    public string[] Components { get; set; } = [];
    public string? Version { get; set; }
    public string? Command { get; set; }

    public static RequirementForm From(Requirement r) => new()
    {
        Code = r.Code, Layer = r.LayerSlug, Title = r.Title, Statement = r.Statement, Kind = EnumText.Format(r.Kind),
        Priority = EnumText.Format(r.Priority), Tags = string.Join(", ", r.Tags),
        Traces = [.. r.Sources.OrderBy(t => t.SourceSlug, StringComparer.Ordinal).Select(t => new TraceForm { Source = t.SourceSlug, Note = t.Note })],
        Components = [.. r.Components.Select(c => c.ComponentSlug).Order(StringComparer.Ordinal)],
        Version = RequirementVersion.Of(r),
    };

    public static RequirementForm FromRecord(string code, EntityRecord record) => new()
    {
        Code = code, Layer = record["layer"], Title = record["title"], Statement = record["statement"], Kind = record["kind"],
        Priority = record["priority"], Tags = record["tags"],
        Traces = [.. (record["sources"] ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(TraceForm.FromLine)],
        Components = (record["components"] ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries),
    };

    public List<TraceForm> FilledTraces() => [.. Traces.Where(t => !t.Remove && !string.IsNullOrWhiteSpace(t.Source))];

    /// <summary>The requirement this form stands for, checked by the importer's own reader of the three tables.</summary>
    public (Requirement? Requirement, FormProblems Problems) Check(IReadOnlyList<Layer> layers, IReadOnlyList<Component> components, ICollection<string> sourceSlugs)
    {
        var problems = new FormProblems();
        var code = (Code ?? "").Trim().ToUpperInvariant();
        var filled = FilledTraces();
        if (filled.Count == 0) problems.Add("sources", "trace the requirement to at least one source that motivates it");
        var row = new RequirementRow
        {
            Code = code, Layer = Cell(Layer), Title = Cell(Title), Statement = Cell(Statement), Kind = Cell(Kind), Priority = Cell(Priority),
            Tags = List(Tags),
        };
        var traces = filled.Select(t => new RequirementSourceRow { Requirement = code, Source = Cell(t.Source), Note = Cell(t.Note) }).ToList();
        var concerns = Components.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.Ordinal)
            .Select(c => new RequirementComponentRow { Requirement = code, Component = c.Trim() }).ToList();
        var (requirement, errors) = CatalogReader.CheckRequirement(row, traces, concerns, layers, components, sourceSlugs);
        var rowRead = errors.All(e => e.IsWarning || Path.GetFileName(e.Path) != "requirements.csv");
        foreach (var e in errors.Where(e => !e.IsWarning))
        {
            var table = Path.GetFileName(e.Path);
            if (!rowRead && table != "requirements.csv" && e.Message.StartsWith("unknown requirement", StringComparison.Ordinal)) continue;
            var field = table switch
            {
                "requirements.csv" => Columns.ElementAtOrDefault((e.Column ?? 0) - 1) ?? "form",
                "requirement_sources.csv" => $"sources[{Traces.IndexOf(filled[Math.Clamp(e.Line - 2, 0, filled.Count - 1)])}]",
                _ => "components",
            };
            problems.Add(field, e.Message);
        }
        return (problems.IsEmpty ? requirement : null, problems);
    }

    private static readonly string[] Columns = ["code", "layer", "title", "statement", "kind", "priority", "tags"];
}

public sealed class TraceForm
{
    public string? Source { get; set; }
    /// <summary>Where in the source, or how it supports the requirement: a section, a page, a finding.</summary>
    public string? Note { get; set; }
    public bool Remove { get; set; }

    public static TraceForm FromLine(string line)
    {
        var bar = line.IndexOf(" | ", StringComparison.Ordinal);
        return bar < 0 ? new TraceForm { Source = line } : new TraceForm { Source = line[..bar], Note = line[(bar + 3)..] };
    }
}

public static class RequirementVersion
{
    public static string Of(Requirement r) => EntityRecords.Of(r, r.Sources, r.Components).Fingerprint();
}
