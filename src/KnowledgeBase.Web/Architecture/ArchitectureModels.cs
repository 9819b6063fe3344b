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

/// <summary>The transit map page: the picture, the same map as text, and what a tool or stack covers of each line.</summary>
public sealed record PipelinesPage(
    string Map, IReadOnlyList<PipelineSummary> Pipelines, IReadOnlyList<TextLine> Lines,
    IReadOnlyList<KnowledgeBase.Architecture.Transit.CoverageSubject> Subjects, string SvgHref);

/// <summary>One line of the map as text: its stations in order, each with what the overlay says of it.</summary>
public sealed record TextLine(string Slug, string Name, string Color, IReadOnlyList<TextStation> Stations, IReadOnlyList<string> Shares);

public sealed record TextStation(string Slug, string Name, IReadOnlyList<string> AlsoOn, string? State);

public sealed record StageComponentTools(string Slug, string Name, IReadOnlyList<ToolOnComponent> Tools);

public sealed record StagePage(int Order, string Name, IReadOnlyList<StageComponentTools> Components);

public sealed record PipelineStages(string Slug, string Name, string Color, string Summary, IReadOnlyList<StagePage> Stages);

public sealed record PipelinePage(string Slug, string Name, string Color, string Summary, string Map, IReadOnlyList<StagePage> Stages);
