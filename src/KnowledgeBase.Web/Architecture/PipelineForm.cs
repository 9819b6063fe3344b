using KnowledgeBase.Architecture;
using KnowledgeBase.History;
using KnowledgeBase.Interchange;
using KnowledgeBase.Web.Editing;
using KnowledgeBase.Web.ToolCatalog;
using static KnowledgeBase.Web.Editing.FormCells;

namespace KnowledgeBase.Web.Architecture;

/// <summary>
/// A pipeline as its form posts it: the cells of its <c>pipelines.csv</c> row, its stages as rows of
/// <c>pipeline_stages.csv</c>, and the version the form was opened on.
/// </summary>
public sealed class PipelineForm
{
    /// <summary>Blank stage rows offered below the existing ones, so a stage can be added without JavaScript.</summary>
    public const int BlankRows = 3;

    public string? Slug { get; set; }
    public string? Order { get; set; }
    public string? Name { get; set; }
    /// <summary>The line's colour on the transit map, as <c>#rrggbb</c>.</summary>
    public string? Color { get; set; }
    public string? Summary { get; set; }
    public List<StageForm> Stages { get; set; } = [];
    public string? Version { get; set; }
    public string? Command { get; set; }

    public static PipelineForm From(Pipeline p) => new()
    {
        Slug = p.Slug, Order = LayerForm.Number(p.Order), Name = p.Name, Color = p.Color, Summary = p.Summary,
        Stages = [.. p.Stages.OrderBy(s => s.Order).Select(s => new StageForm
        {
            Order = LayerForm.Number(s.Order), Name = s.Name,
            Components = string.Join(", ", s.Components.OrderBy(c => c.Position).Select(c => c.ComponentSlug)),
        })],
        Version = PipelineVersion.Of(p),
    };

    /// <summary>The form filled with a recorded version (<see cref="EntityRecords.Of(Pipeline, IEnumerable{PipelineStage}, IEnumerable{StageComponent})"/>).</summary>
    public static PipelineForm FromRecord(string slug, EntityRecord r) => new()
    {
        Slug = slug, Order = r["order"], Name = r["name"], Color = r["color"], Summary = r["summary"],
        Stages = [.. (r["stages"] ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(StageForm.FromLine)],
    };

    /// <summary>The stage rows that say something: a row with neither a name nor components is a blank one.</summary>
    public List<StageForm> FilledStages() =>
        [.. Stages.Where(s => !s.Remove && (!string.IsNullOrWhiteSpace(s.Name) || !string.IsNullOrWhiteSpace(s.Components)))];

    /// <summary>
    /// The pipeline this form stands for with its stages, checked by the importer's reader of <c>pipelines.csv</c>
    /// and <c>pipeline_stages.csv</c>. A stage's problems are keyed <c>stages[i]</c>, to be shown beside its row.
    /// </summary>
    public (Pipeline? Pipeline, FormProblems Problems) Check(IReadOnlyList<Component> components)
    {
        var problems = new FormProblems();
        var slug = Cell(Slug);
        ReservedSlugs.Check(slug, "pipeline", problems);
        var filled = FilledStages();
        if (filled.Count == 0) problems.Add("stages", "give the pipeline at least one stage: a line without stations is not drawn");
        var row = new PipelineRow { Slug = slug, Order = Cell(Order), Name = Cell(Name), Color = Cell(Color), Summary = Cell(Summary) };
        var stages = filled.Select(s => new StageRow { Pipeline = slug, Order = Cell(s.Order), Name = Cell(s.Name), Components = List(s.Components?.Replace(' ', ',')) }).ToList();
        var (pipeline, errors) = CatalogReader.CheckPipeline(row, stages, components);
        var pipelineRead = errors.All(e => e.IsWarning || Path.GetFileName(e.Path) != "pipelines.csv");
        foreach (var e in errors.Where(e => !e.IsWarning))
        {
            if (Path.GetFileName(e.Path) == "pipelines.csv")
            {
                problems.Add(FieldOf(e, Columns), e.Message);
                continue;
            }
            // A pipeline row that failed leaves its stages pointing at an "unknown pipeline": said once, at the row.
            if (!pipelineRead && e.Message.StartsWith("unknown pipeline", StringComparison.Ordinal)) continue;
            problems.Add($"stages[{Stages.IndexOf(filled[Math.Clamp(e.Line - 2, 0, filled.Count - 1)])}]", e.Message);
        }
        return (problems.IsEmpty ? pipeline : null, problems);
    }

    private static readonly string[] Columns = ["slug", "order", "name", "color", "summary"];
}

public sealed class StageForm
{
    public string? Order { get; set; }
    public string? Name { get; set; }
    /// <summary>The slugs of the components the stage touches, in order, separated by commas.</summary>
    public string? Components { get; set; }
    /// <summary>Ticked to drop an existing stage.</summary>
    public bool Remove { get; set; }

    /// <summary>A stage as its record line <c>order name: component, component</c> holds it.</summary>
    public static StageForm FromLine(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        var colon = line.LastIndexOf(": ", StringComparison.Ordinal);
        if (space < 0 || colon < space) return new StageForm { Name = line };
        return new StageForm { Order = line[..space], Name = line[(space + 1)..colon], Components = line[(colon + 2)..] };
    }
}

public static class PipelineVersion
{
    /// <summary>A pipeline whose stages hold their components, as history records it.</summary>
    public static EntityRecord Record(Pipeline p) => EntityRecords.Of(p, p.Stages, p.Stages.SelectMany(s => s.Components));

    public static string Of(Pipeline p) => Record(p).Fingerprint();
}
