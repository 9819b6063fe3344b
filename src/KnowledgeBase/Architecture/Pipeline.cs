namespace KnowledgeBase.Architecture;

/// <summary>A flow through the architecture; a line of the transit map whose stations are components.</summary>
public sealed class Pipeline
{
    public required string Slug { get; set; }
    public int Order { get; set; }
    public required string Name { get; set; }
    /// <summary>The line colour on the transit map, as <c>#rrggbb</c>.</summary>
    public string Color { get; set; } = "#555555";
    public string Summary { get; set; } = "";
    public List<PipelineStage> Stages { get; set; } = [];
}

/// <summary>One ordered step of a pipeline.</summary>
public sealed class PipelineStage
{
    public required string PipelineSlug { get; set; }
    public int Order { get; set; }
    public required string Name { get; set; }
    public List<StageComponent> Components { get; set; } = [];
}

/// <summary>A component a pipeline stage touches; <see cref="Position"/> keeps the order the file gave.</summary>
public sealed class StageComponent
{
    public required string PipelineSlug { get; set; }
    public int StageOrder { get; set; }
    public required string ComponentSlug { get; set; }
    public int Position { get; set; }
    public Component? Component { get; set; }
}
