using System.Text.Json.Serialization;
using KnowledgeBase.Interchange;
using KnowledgeBase.Web.Architecture;

namespace KnowledgeBase.Web.Api;

// The API's field names are written out, not derived from the C# names, so that renaming a property cannot rename a
// field clients depend on. Enum values use their file spellings (open-source, managed-service, full, partial, must).

public sealed record LayerListItemJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("order")] int Order,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("components")] int Components,
    [property: JsonPropertyName("tools")] int Tools,
    [property: JsonPropertyName("requirements")] int Requirements)
{
    public static LayerListItemJson From(LayerSummary l) => new(l.Slug, l.Order, l.Name, l.Summary, l.Components, l.Tools, l.Requirements);
}

public sealed record LayerJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("components")] IReadOnlyList<ComponentToolsJson> Components,
    [property: JsonPropertyName("requirements")] IReadOnlyList<RequirementRefJson> Requirements)
{
    public static LayerJson From(LayerPage p) => new(p.Slug, p.Name, p.Summary,
        p.Components.Select(c => new ComponentToolsJson(c.Slug, c.Name, c.Summary, ToolOnComponentJson.All(c.Tools))).ToList(),
        RequirementRefJson.All(p.Requirements));
}

/// <summary>A component and the tools that cover it, full coverage first.</summary>
public sealed record ComponentToolsJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("tools")] IReadOnlyList<ToolOnComponentJson> Tools);

public sealed record ToolOnComponentJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("level")] string Level,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("license")] string? License,
    [property: JsonPropertyName("evidence")] string? Evidence)
{
    public static List<ToolOnComponentJson> All(IEnumerable<ToolOnComponent> tools) =>
        tools.Select(t => new ToolOnComponentJson(t.Slug, t.Name, EnumText.Format(t.Level), EnumText.Format(t.Kind), t.License, t.Evidence)).ToList();
}

public sealed record RequirementRefJson(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("priority")] string Priority)
{
    public static List<RequirementRefJson> All(IEnumerable<RequirementLine> lines) => lines.Select(r => new RequirementRefJson(r.Code, r.Title, r.Priority)).ToList();
}

public sealed record ComponentListItemJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("layer")] string Layer,
    [property: JsonPropertyName("summary")] string Summary);

public sealed record ComponentJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("layer")] string Layer,
    [property: JsonPropertyName("layerName")] string LayerName,
    [property: JsonPropertyName("tools")] IReadOnlyList<ToolOnComponentJson> Tools,
    [property: JsonPropertyName("stages")] IReadOnlyList<StageVisitJson> Stages,
    [property: JsonPropertyName("requirements")] IReadOnlyList<RequirementRefJson> Requirements)
{
    public static ComponentJson From(ComponentPage p) => new(p.Slug, p.Name, p.Summary, p.LayerSlug, p.LayerName, ToolOnComponentJson.All(p.Tools),
        p.Stages.Select(s => new StageVisitJson(s.PipelineSlug, s.PipelineName, s.StageOrder, s.StageName)).ToList(), RequirementRefJson.All(p.Requirements));
}

/// <summary>A pipeline stage that passes through the component.</summary>
public sealed record StageVisitJson(
    [property: JsonPropertyName("pipeline")] string Pipeline,
    [property: JsonPropertyName("pipelineName")] string PipelineName,
    [property: JsonPropertyName("stage")] int Stage,
    [property: JsonPropertyName("stageName")] string StageName);

public sealed record PipelineListItemJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("color")] string Color,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("stages")] int Stages)
{
    public static PipelineListItemJson From(PipelineSummary p) => new(p.Slug, p.Name, p.Color, p.Summary, p.Stages);
}

public sealed record PipelineJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("color")] string Color,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("stages")] IReadOnlyList<StageJson> Stages)
{
    public static PipelineJson From(PipelineStages p) => new(p.Slug, p.Name, p.Color, p.Summary,
        p.Stages.Select(s => new StageJson(s.Order, s.Name,
            s.Components.Select(c => new StageComponentJson(c.Slug, c.Name, ToolOnComponentJson.All(c.Tools))).ToList())).ToList());
}

/// <summary>One ordered stage and the components it touches, in the order the catalog gives.</summary>
public sealed record StageJson(
    [property: JsonPropertyName("order")] int Order,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("components")] IReadOnlyList<StageComponentJson> Components);

public sealed record StageComponentJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("tools")] IReadOnlyList<ToolOnComponentJson> Tools);
