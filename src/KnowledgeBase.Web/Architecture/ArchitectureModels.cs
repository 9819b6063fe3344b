using KnowledgeBase.Tools;

namespace KnowledgeBase.Web.Architecture;

public sealed record ToolOnComponent(string Slug, string Name, CoverageLevel Level, ToolKind Kind, string? License, string? Evidence);

public sealed record RequirementLine(string Code, string Title, string Priority);

public sealed record ComponentWithTools(string Slug, string Name, string Summary, IReadOnlyList<ToolOnComponent> Tools);

public sealed record LayerPage(string Slug, string Name, string Summary, IReadOnlyList<ComponentWithTools> Components, IReadOnlyList<RequirementLine> Requirements);

public sealed record LayerSummary(string Slug, int Order, string Name, string Summary, int Components, int Tools, int Requirements);

public sealed record StageVisit(string PipelineSlug, string PipelineName, string Color, int StageOrder, string StageName);

public sealed record ComponentPage(
    string Slug, string Name, string Summary, string LayerSlug, string LayerName,
    IReadOnlyList<ToolOnComponent> Tools, IReadOnlyList<StageVisit> Stages, IReadOnlyList<RequirementLine> Requirements);

public sealed record PipelineSummary(string Slug, string Name, string Color, string Summary, int Stages);

public sealed record PipelinesPage(string Map, IReadOnlyList<PipelineSummary> Pipelines);

public sealed record StageComponentTools(string Slug, string Name, IReadOnlyList<ToolOnComponent> Tools);

public sealed record StagePage(int Order, string Name, IReadOnlyList<StageComponentTools> Components);

public sealed record PipelineStages(string Slug, string Name, string Color, string Summary, IReadOnlyList<StagePage> Stages);

public sealed record PipelinePage(string Slug, string Name, string Color, string Summary, string Map, IReadOnlyList<StagePage> Stages);
