namespace KnowledgeBase.Tools;

/// <summary>
/// A fact that ties two catalog tools together. The symmetric kinds (<see cref="ToolRelationKind.IntegratesWith"/>,
/// <see cref="ToolRelationKind.AlternativeTo"/>) are stored once, with <see cref="ToolSlug"/> before
/// <see cref="OtherSlug"/> in ordinal order, and read from both ends; the directed kinds read "tool kind other".
/// </summary>
public sealed class ToolRelation
{
    public required string ToolSlug { get; set; }
    public ToolRelationKind Kind { get; set; }
    public required string OtherSlug { get; set; }
    /// <summary>A short phrase that says how, e.g. "Feast writes online features to it".</summary>
    public string? Note { get; set; }
    /// <summary>A documentation page that shows the relation; empty where it is plain (two alternatives).</summary>
    public string? Evidence { get; set; }
}

/// <summary>What a relation says; the file spellings are <c>integrates-with</c>, <c>alternative-to</c>, ...</summary>
public enum ToolRelationKind
{
    /// <summary>The two work together out of the box: a plugin, a connector, a documented integration.</summary>
    IntegratesWith,
    /// <summary>Either fills the same job; a team picks one.</summary>
    AlternativeTo,
    /// <summary>The tool is a component or sub-project of the other.</summary>
    PartOf,
    /// <summary>The tool replaces the other (a rename or a new generation).</summary>
    SuccessorOf,
    /// <summary>The tool began as a fork of the other's code.</summary>
    ForkOf,
    /// <summary>The tool's maker was bought by the other's maker.</summary>
    AcquiredBy,
}

public static class ToolRelationKinds
{
    /// <summary>A symmetric kind reads the same from both ends, so it is stored once.</summary>
    public static bool IsSymmetric(this ToolRelationKind kind) => kind is ToolRelationKind.IntegratesWith or ToolRelationKind.AlternativeTo;

    /// <summary>How the relation reads from the tool's end, and from the other's.</summary>
    public static string Phrase(this ToolRelationKind kind, bool fromOtherEnd) => (kind, fromOtherEnd) switch
    {
        (ToolRelationKind.IntegratesWith, _) => "Integrates with",
        (ToolRelationKind.AlternativeTo, _) => "Alternatives",
        (ToolRelationKind.PartOf, false) => "Part of",
        (ToolRelationKind.PartOf, true) => "Has parts",
        (ToolRelationKind.SuccessorOf, false) => "Successor of",
        (ToolRelationKind.SuccessorOf, true) => "Succeeded by",
        (ToolRelationKind.ForkOf, false) => "Fork of",
        (ToolRelationKind.ForkOf, true) => "Forked as",
        (ToolRelationKind.AcquiredBy, false) => "Acquired by",
        (ToolRelationKind.AcquiredBy, true) => "Acquired",
        _ => kind.ToString(),
    };
}
