using System.Text.Json.Serialization;
using KnowledgeBase.Interchange;
using KnowledgeBase.Stacks;

namespace KnowledgeBase.Web.Stacks;

/// <summary>
/// The gap report as served by <c>/api/v1/stacks/{slug}/gaps</c> (and the older <c>/api/stacks/{slug}/gaps</c>):
/// enum values as their file spellings, scores rounded to four places, the rules the scores follow spelled out.
/// </summary>
public sealed record GapJson(
    [property: JsonPropertyName("stack")] StackLabelJson Stack,
    [property: JsonPropertyName("rules")] GapRulesJson Rules,
    [property: JsonPropertyName("overall")] double? Overall,
    [property: JsonPropertyName("weakestLayers")] IReadOnlyList<string> WeakestLayers,
    [property: JsonPropertyName("components")] ComponentCountsJson Components,
    [property: JsonPropertyName("uncovered")] IReadOnlyList<UncoveredJson> Uncovered,
    [property: JsonPropertyName("partlyCovered")] IReadOnlyList<FillJson> PartlyCovered,
    [property: JsonPropertyName("overlaps")] IReadOnlyList<FillJson> Overlaps,
    [property: JsonPropertyName("pipelineGaps")] IReadOnlyList<PipelineGapJson> PipelineGaps,
    [property: JsonPropertyName("requirements")] IReadOnlyList<FulfilmentJson> Requirements,
    [property: JsonPropertyName("layers")] IReadOnlyList<LayerScoreJson> Layers,
    [property: JsonPropertyName("warnings")] IReadOnlyList<MaintenanceWarningJson> Warnings)
{
    public static GapJson From(StackLabel label, GapReport report) => new(
        StackLabelJson.From(label), GapRulesJson.Stated, Round(report.Overall), report.WeakestLayers.Select(l => l.Slug).ToList(),
        new ComponentCountsJson(report.Components.Count, report.CoveredCount, report.PartlyCovered.Count()),
        report.Uncovered.Select(c => new UncoveredJson(c.Slug, c.Name, c.LayerSlug,
            report.Candidates[c.Slug].Select(t => new CandidateJson(t.Slug, t.Name, EnumText.Format(t.Level), t.Breadth, t.AlreadyInStack,
                t.IntegratesWith.Select(i => new ToolNameJson(i.Slug, i.Name)).ToList())).ToList())).ToList(),
        report.PartlyCovered.Select(FillJson.From).ToList(),
        report.Overlaps.Select(FillJson.From).ToList(),
        report.PipelineGaps.Select(p => new PipelineGapJson(p.Slug, p.Name, p.UncoveredStages.Select(s => new GapStageJson(s.Order, s.Name, s.Components)).ToList())).ToList(),
        report.Requirements.Select(r => new FulfilmentJson(r.Code, r.Title, r.LayerSlug, EnumText.Format(r.Priority), EnumText.Format(r.Status))).ToList(),
        report.Layers.Select(l => new LayerScoreJson(l.Slug, l.Name, l.Met, l.Partly, l.Unmet, Round(l.Score))).ToList(),
        report.Warnings.Select(w => new MaintenanceWarningJson(w.Slug, EnumText.Format(w.Status), w.Text)).ToList());

    public static double? Round(double? value) => value is null ? null : Math.Round(value.Value, 4);
}

public sealed record StackLabelJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("author")] string? Author,
    [property: JsonPropertyName("contact")] string? Contact,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("date")] string? Date)
{
    public static StackLabelJson From(StackLabel l) =>
        new(l.Slug, l.Name, l.Author, l.Contact, l.Summary, StackData.Date(l.Date) is { Length: > 0 } d ? d : null);
}

public sealed record GapRulesJson(
    [property: JsonPropertyName("requirement")] string Requirement,
    [property: JsonPropertyName("layerScore")] string LayerScore,
    [property: JsonPropertyName("overall")] string Overall,
    [property: JsonPropertyName("candidates")] string Candidates)
{
    public static GapRulesJson Stated { get; } = new(
        "met: every component it concerns is fully covered; partly: at least one is covered at any level; unmet: none is",
        "(met + partly / 2) / requirements of the layer; layers without requirements have no score",
        "the weakest layer's score",
        "full coverage before partial, then tools that integrate with more of the stack's tools, then broader tools, then by name; never an archived or unmaintained tool");
}

/// <summary>A tool of the stack whose project is archived or unmaintained.</summary>
public sealed record MaintenanceWarningJson(
    [property: JsonPropertyName("tool")] string Tool,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("message")] string Message);

public sealed record ComponentCountsJson(
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("covered")] int Covered,
    [property: JsonPropertyName("partly")] int Partly);

public sealed record UncoveredJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("layer")] string Layer,
    [property: JsonPropertyName("candidates")] IReadOnlyList<CandidateJson> Candidates);

/// <summary>A tool that could fill an uncovered component, ranked by <see cref="GapRulesJson.Candidates"/>.</summary>
public sealed record CandidateJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("level")] string Level,
    [property: JsonPropertyName("breadth")] int Breadth,
    [property: JsonPropertyName("alreadyInStack")] bool AlreadyInStack,
    [property: JsonPropertyName("integratesWith")] IReadOnlyList<ToolNameJson> IntegratesWith);

/// <summary>A tool of the stack the candidate integrates with.</summary>
public sealed record ToolNameJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name);

public sealed record FillJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("layer")] string Layer,
    [property: JsonPropertyName("level")] string? Level,
    [property: JsonPropertyName("tools")] IReadOnlyList<PlacedToolJson> Tools)
{
    public static FillJson From(ComponentFill c) => new(c.Slug, c.Name, c.LayerSlug, c.Level is { } level ? EnumText.Format(level) : null,
        c.Tools.Select(t => new PlacedToolJson(t.Slug, t.Name, EnumText.Format(t.Level))).ToList());
}

public sealed record PlacedToolJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("level")] string Level);

public sealed record PipelineGapJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("stages")] IReadOnlyList<GapStageJson> Stages);

public sealed record GapStageJson(
    [property: JsonPropertyName("order")] int Order,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("components")] IReadOnlyList<string> Components);

public sealed record FulfilmentJson(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("layer")] string Layer,
    [property: JsonPropertyName("priority")] string Priority,
    [property: JsonPropertyName("status")] string Status);

public sealed record LayerScoreJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("met")] int Met,
    [property: JsonPropertyName("partly")] int Partly,
    [property: JsonPropertyName("unmet")] int Unmet,
    [property: JsonPropertyName("score")] double? Score);
