using KnowledgeBase.Interchange;
using KnowledgeBase.Stacks;

namespace KnowledgeBase.Web.Stacks;

/// <summary>The gap report as served by <c>/api/stacks/{slug}/gaps</c>: enum values as their file spellings.</summary>
public static class GapJson
{
    public static object From(StackLabel label, GapReport report) => new
    {
        stack = new { label.Slug, label.Name, label.Author, label.Contact, label.Summary, date = StackData.Date(label.Date) is { Length: > 0 } d ? d : null },
        rules = new
        {
            requirement = "met: every component it concerns is fully covered; partly: at least one is covered at any level; unmet: none is",
            layerScore = "(met + partly / 2) / requirements of the layer; layers without requirements have no score",
            overall = "the weakest layer's score",
            candidates = "full coverage before partial, then tools that integrate with more of the stack's tools, then broader tools, then by name",
        },
        overall = Round(report.Overall),
        weakestLayers = report.WeakestLayers.Select(l => l.Slug),
        components = new { total = report.Components.Count, covered = report.CoveredCount, partly = report.PartlyCovered.Count() },
        uncovered = report.Uncovered.Select(c => new
        {
            c.Slug, c.Name, layer = c.LayerSlug,
            candidates = report.Candidates[c.Slug].Select(t => new
            {
                t.Slug, t.Name, level = EnumText.Format(t.Level), t.Breadth, t.AlreadyInStack,
                integratesWith = t.IntegratesWith.Select(i => new { i.Slug, i.Name }),
            }),
        }),
        partlyCovered = report.PartlyCovered.Select(Fill),
        overlaps = report.Overlaps.Select(Fill),
        pipelineGaps = report.PipelineGaps.Select(p => new { p.Slug, p.Name, stages = p.UncoveredStages.Select(s => new { s.Order, s.Name, s.Components }) }),
        requirements = report.Requirements.Select(r => new { r.Code, r.Title, layer = r.LayerSlug, priority = EnumText.Format(r.Priority), status = EnumText.Format(r.Status) }),
        layers = report.Layers.Select(l => new { l.Slug, l.Name, l.Met, l.Partly, l.Unmet, score = Round(l.Score) }),
        warnings = report.Warnings.Select(w => new { tool = w.Slug, status = EnumText.Format(w.Status), message = w.Text }),
    };

    private static object Fill(ComponentFill c) => new
    {
        c.Slug, c.Name, layer = c.LayerSlug, level = c.Level is { } level ? EnumText.Format(level) : null,
        tools = c.Tools.Select(t => new { t.Slug, t.Name, level = EnumText.Format(t.Level) }),
    };

    private static double? Round(double? value) => value is null ? null : Math.Round(value.Value, 4);
}
