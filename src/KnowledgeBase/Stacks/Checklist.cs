using KnowledgeBase.Requirements;

namespace KnowledgeBase.Stacks;

/// <summary>Which requirements a new checklist takes: all, or only those of some layers, priorities or tags.</summary>
public sealed record ChecklistScope(IReadOnlyCollection<string> Layers, IReadOnlyCollection<Priority> Priorities, IReadOnlyCollection<string> Tags)
{
    public static ChecklistScope All { get; } = new([], [], []);

    /// <summary>Each non-empty criterion must hold; within one, any value matches (tags case-insensitively).</summary>
    public bool Includes(GapRequirement requirement) =>
        (Layers.Count == 0 || Layers.Contains(requirement.LayerSlug))
        && (Priorities.Count == 0 || Priorities.Contains(requirement.Priority))
        && (Tags.Count == 0 || requirement.Tags.Any(t => Tags.Contains(t, StringComparer.OrdinalIgnoreCase)));
}

/// <summary>One line of a stack's checklist: the requirement, where the team stands, and the gap report's hint.</summary>
public sealed record ChecklistLine(
    string Code, string Title, string Statement, GapLayer Layer, Priority Priority,
    ChecklistStatus Status, string? Owner, string? Note, string? Evidence, Fulfilment Hint);

/// <summary>A layer's progress on the checklist: done out of all its items (not-applicable ones are counted apart).</summary>
public sealed record ChecklistProgress(GapLayer Layer, int Done, int Total, int NotApplicable)
{
    public double Share => Total == 0 ? 0 : (double)Done / Total;
}

public static class Checklist
{
    /// <summary>Items to add so the checklist covers every requirement in scope; existing items are kept as they are.</summary>
    public static List<ChecklistItem> NewItems(string stackSlug, IEnumerable<GapRequirement> requirements, IEnumerable<string> existingCodes, ChecklistScope scope)
    {
        var existing = existingCodes.ToHashSet(StringComparer.Ordinal);
        return requirements.Where(r => scope.Includes(r) && !existing.Contains(r.Code))
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new ChecklistItem { StackSlug = stackSlug, RequirementCode = r.Code, Status = ChecklistStatus.Todo })
            .ToList();
    }

    /// <summary>The items joined to their requirements and hints, ordered by layer (bottom first) and code.</summary>
    public static List<ChecklistLine> Lines(GapCatalog catalog, GapReport report, IEnumerable<ChecklistItem> items)
    {
        var requirements = catalog.Requirements.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var layers = catalog.Layers.ToDictionary(l => l.Slug, StringComparer.Ordinal);
        var hints = report.Requirements.ToDictionary(r => r.Code, r => r.Status, StringComparer.Ordinal);
        return items.Where(i => requirements.ContainsKey(i.RequirementCode))
            .Select(i =>
            {
                var r = requirements[i.RequirementCode];
                var layer = layers.TryGetValue(r.LayerSlug, out var l) ? l : new GapLayer(r.LayerSlug, r.LayerSlug, int.MaxValue);
                return new ChecklistLine(r.Code, r.Title, r.Statement, layer, r.Priority, i.Status, i.Owner, i.Note, i.Evidence,
                    hints.TryGetValue(r.Code, out var hint) ? hint : Fulfilment.Unmet);
            })
            .OrderBy(x => x.Layer.Order).ThenBy(x => x.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Progress per layer that has items, bottom layer first.</summary>
    public static List<ChecklistProgress> Progress(IEnumerable<ChecklistLine> lines) =>
        lines.GroupBy(l => l.Layer).OrderBy(g => g.Key.Order)
            .Select(g => new ChecklistProgress(g.Key, g.Count(l => l.Status == ChecklistStatus.Done), g.Count(), g.Count(l => l.Status == ChecklistStatus.NotApplicable)))
            .ToList();
}
