using KnowledgeBase.Requirements;
using KnowledgeBase.Tools;

namespace KnowledgeBase.Stacks;

/// <summary>
/// The slice of the catalog a gap report is computed from: the architecture, what every tool covers, the pipelines
/// and the requirements with the components they concern. Plain records, so tests can build one by hand.
/// </summary>
public sealed record GapCatalog(
    IReadOnlyList<GapLayer> Layers,
    IReadOnlyList<GapComponent> Components,
    IReadOnlyList<GapCoverage> Coverage,
    IReadOnlyDictionary<string, string> ToolNames,
    IReadOnlyList<GapPipeline> Pipelines,
    IReadOnlyList<GapRequirement> Requirements)
{
    private Dictionary<(string Tool, string Component), CoverageLevel>? _levels;
    private ILookup<string, string>? _partners;

    /// <summary>Pairs of tools that integrate with each other (<c>integrates-with</c> relations), in either order.</summary>
    public IReadOnlyList<GapIntegration> Integrations { get; init; } = [];

    /// <summary>The tools a tool integrates with, whichever end of the relation it was written at.</summary>
    public IEnumerable<string> PartnersOf(string tool)
    {
        _partners ??= Integrations.SelectMany(i => new[] { (i.Tool, i.Other), (Tool: i.Other, Other: i.Tool) }).ToLookup(p => p.Tool, p => p.Other);
        return _partners[tool];
    }

    /// <summary>The catalog's coverage level of a tool on a component, or null when the tool does not cover it.</summary>
    public CoverageLevel? LevelOf(string tool, string component)
    {
        _levels ??= Coverage.ToDictionary(c => (c.Tool, c.Component), c => c.Level);
        return _levels.TryGetValue((tool, component), out var level) ? level : null;
    }

    public string ToolName(string slug) => ToolNames.TryGetValue(slug, out var name) ? name : slug;
}

/// <summary>A layer; <see cref="Order"/> 1 is the bottom band.</summary>
public sealed record GapLayer(string Slug, string Name, int Order);

/// <summary>A component inside a layer, in drawing order.</summary>
public sealed record GapComponent(string Slug, string Name, string LayerSlug);

/// <summary>One row of tool coverage: the tool covers the component fully or partly.</summary>
public sealed record GapCoverage(string Tool, string Component, CoverageLevel Level);

public sealed record GapPipeline(string Slug, string Name, IReadOnlyList<GapStage> Stages);

public sealed record GapStage(int Order, string Name, IReadOnlyList<string> Components);

public sealed record GapRequirement(string Code, string Title, string LayerSlug, Priority Priority, IReadOnlyList<string> Components)
{
    public string Statement { get; init; } = "";
    public IReadOnlyList<string> Tags { get; init; } = [];
}

/// <summary>Two tools that work together out of the box; the relation reads both ways.</summary>
public sealed record GapIntegration(string Tool, string Other);

/// <summary>A stack's choice: this tool fills this component.</summary>
public sealed record ToolPick(string Tool, string Component);
