using KnowledgeBase.Requirements;
using KnowledgeBase.Tools;

namespace KnowledgeBase.Stacks;

/// <summary>How far a stack meets one requirement, judged from the components the requirement concerns.</summary>
public enum Fulfilment { Met, Partly, Unmet }

/// <summary>A tool the stack puts on a component, with the catalog's coverage level for that pair.</summary>
public sealed record PlacedTool(string Slug, string Name, CoverageLevel Level);

/// <summary>One component as the stack fills it: <see cref="Level"/> is null when none of its tools covers it.</summary>
public sealed record ComponentFill(string Slug, string Name, string LayerSlug, CoverageLevel? Level, IReadOnlyList<PlacedTool> Tools);

/// <summary>A pipeline with the stages none of whose components the stack covers.</summary>
public sealed record PipelineGap(string Slug, string Name, IReadOnlyList<GapStage> UncoveredStages);

public sealed record RequirementFulfilment(string Code, string Title, string LayerSlug, Priority Priority, Fulfilment Status);

/// <summary>
/// A layer's readiness: the share of its requirements met, a partly met one counting half. <see cref="Score"/> is
/// null for a layer without requirements, which then plays no part in the overall score.
/// </summary>
public sealed record LayerScore(string Slug, string Name, int Met, int Partly, int Unmet, double? Score);

/// <summary>A catalog tool that could fill an uncovered component; <see cref="Breadth"/> is how many components it covers.</summary>
public sealed record Candidate(string Slug, string Name, CoverageLevel Level, int Breadth, bool AlreadyInStack)
{
    /// <summary>The stack's tools this candidate integrates with, by name: the reason it ranks where it does.</summary>
    public IReadOnlyList<PlacedToolName> IntegratesWith { get; init; } = [];

    /// <summary>Why the candidate fits, said beside it: "integrates with Airflow and dbt, already in this stack".</summary>
    public string? FitNote => IntegratesWith.Count switch
    {
        0 => null,
        1 => $"integrates with {IntegratesWith[0].Name}, already in this stack",
        _ => $"integrates with {string.Join(", ", IntegratesWith.SkipLast(1).Select(t => t.Name))} and {IntegratesWith[^1].Name}, already in this stack",
    };
}

/// <summary>A tool of the stack, named for a reader.</summary>
public sealed record PlacedToolName(string Slug, string Name);

/// <summary>
/// What a stack leaves open. Rules, all derived from tool coverage (never typed in):
/// <list type="bullet">
/// <item>a component's level is the best level among the stack's tools placed on it; none placed means uncovered;</item>
/// <item>partly covered: the stack's tools cover it, but only partially; an overlap: two or more of its tools on it;</item>
/// <item>a pipeline gap: a stage none of whose components the stack covers at any level;</item>
/// <item>a requirement is met when every component it concerns is fully covered, partly met when at least one is
/// covered at any level, unmet when none is (a requirement that concerns no component is unmet: nothing shows it met);</item>
/// <item>a layer scores (met + ½ partly) / its requirements; the overall score is the weakest layer's, since a stack
/// is only as ready as its weakest layer; layers without requirements are ignored;</item>
/// <item>candidates for an uncovered component: catalog tools that cover it, full before partial; at the same level,
/// tools that integrate with more of the stack's tools first (a fill that plugs into what the team runs beats a
/// broader one that does not), then broader tools (more components covered), then by name.</item>
/// </list>
/// </summary>
public sealed record GapReport(
    IReadOnlyList<ComponentFill> Components,
    IReadOnlyList<PipelineGap> PipelineGaps,
    IReadOnlyList<RequirementFulfilment> Requirements,
    IReadOnlyList<LayerScore> Layers,
    IReadOnlyDictionary<string, IReadOnlyList<Candidate>> Candidates)
{
    public const int CandidatesPerComponent = 5;

    public IEnumerable<ComponentFill> Uncovered => Components.Where(c => c.Level is null);

    public IEnumerable<ComponentFill> PartlyCovered => Components.Where(c => c.Level == CoverageLevel.Partial);

    public IEnumerable<ComponentFill> Overlaps => Components.Where(c => c.Tools.Count >= 2);

    public int CoveredCount => Components.Count(c => c.Level is not null);

    /// <summary>The weakest layer's score, from 0 to 1; null when no layer has requirements.</summary>
    public double? Overall => Layers.Where(l => l.Score is not null).Select(l => l.Score).Min();

    /// <summary>The layers whose score is the overall score (more than one on a tie), bottom first.</summary>
    public IReadOnlyList<LayerScore> WeakestLayers => Overall is { } overall ? Layers.Where(l => l.Score == overall).ToList() : [];

    public static GapReport For(GapCatalog catalog, IEnumerable<ToolPick> picks)
    {
        var placed = picks.Distinct()
            .Select(p => (p.Component, Tool: catalog.LevelOf(p.Tool, p.Component) is { } level ? new PlacedTool(p.Tool, catalog.ToolName(p.Tool), level) : null))
            .Where(p => p.Tool is not null)
            .ToLookup(p => p.Component, p => p.Tool!);

        var components = catalog.Components.Select(c =>
        {
            var tools = placed[c.Slug].OrderBy(t => t.Level).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList();
            return new ComponentFill(c.Slug, c.Name, c.LayerSlug, tools.Count == 0 ? null : tools.Min(t => t.Level), tools);
        }).ToList();
        var levels = components.Where(c => c.Level is not null).ToDictionary(c => c.Slug, c => c.Level!.Value);

        var pipelineGaps = catalog.Pipelines
            .Select(p => new PipelineGap(p.Slug, p.Name, p.Stages.Where(s => !s.Components.Any(levels.ContainsKey)).ToList()))
            .Where(p => p.UncoveredStages.Count > 0)
            .ToList();

        var requirements = catalog.Requirements
            .Select(r => new RequirementFulfilment(r.Code, r.Title, r.LayerSlug, r.Priority, Judge(r.Components, levels)))
            .ToList();

        var layers = catalog.Layers.OrderBy(l => l.Order).Select(l =>
        {
            var own = requirements.Where(r => r.LayerSlug == l.Slug).ToList();
            int met = own.Count(r => r.Status == Fulfilment.Met), partly = own.Count(r => r.Status == Fulfilment.Partly);
            return new LayerScore(l.Slug, l.Name, met, partly, own.Count - met - partly, own.Count == 0 ? null : (met + partly / 2.0) / own.Count);
        }).ToList();

        var inStack = placed.SelectMany(g => g).Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var breadth = catalog.Coverage.GroupBy(c => c.Tool).ToDictionary(g => g.Key, g => g.Count());
        var candidates = new Dictionary<string, IReadOnlyList<Candidate>>(StringComparer.Ordinal);
        var byComponent = catalog.Coverage.ToLookup(c => c.Component);
        foreach (var gap in components.Where(c => c.Level is null))
        {
            candidates[gap.Slug] = byComponent[gap.Slug]
                .Select(c => new Candidate(c.Tool, catalog.ToolName(c.Tool), c.Level, breadth[c.Tool], inStack.Contains(c.Tool))
                {
                    IntegratesWith = catalog.PartnersOf(c.Tool).Where(inStack.Contains).Distinct()
                        .Select(t => new PlacedToolName(t, catalog.ToolName(t))).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList(),
                })
                .OrderBy(c => c.Level).ThenByDescending(c => c.IntegratesWith.Count).ThenByDescending(c => c.Breadth)
                .ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                .Take(CandidatesPerComponent)
                .ToList();
        }
        return new GapReport(components, pipelineGaps, requirements, layers, candidates);
    }

    /// <summary>Met: every concerned component fully covered; partly: at least one covered at any level; else unmet.</summary>
    public static Fulfilment Judge(IReadOnlyCollection<string> concerned, IReadOnlyDictionary<string, CoverageLevel> levels)
    {
        if (concerned.Count == 0) return Fulfilment.Unmet;
        var covered = concerned.Count(levels.ContainsKey);
        if (covered == 0) return Fulfilment.Unmet;
        return concerned.All(c => levels.TryGetValue(c, out var level) && level == CoverageLevel.Full) ? Fulfilment.Met : Fulfilment.Partly;
    }
}
