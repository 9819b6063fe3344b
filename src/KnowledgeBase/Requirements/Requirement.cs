namespace KnowledgeBase.Requirements;

/// <summary>A numbered requirement for an MLOps platform, traced to the sources that motivate it.</summary>
public sealed class Requirement
{
    public required string Code { get; set; }
    public required string LayerSlug { get; set; }
    public required string Title { get; set; }
    public string Statement { get; set; } = "";
    public RequirementKind Kind { get; set; }
    public Priority Priority { get; set; }
    public List<string> Tags { get; set; } = [];
    public List<RequirementSource> Sources { get; set; } = [];
    public List<RequirementComponent> Components { get; set; } = [];
}

public enum RequirementKind { Functional, Quality }

public enum Priority { Must, Should, Could }

/// <summary>A trace from a requirement to a source that motivates it, with a note or locator.</summary>
public sealed class RequirementSource
{
    public required string RequirementCode { get; set; }
    public required string SourceSlug { get; set; }
    public string Note { get; set; } = "";
}

/// <summary>A component a requirement concerns.</summary>
public sealed class RequirementComponent
{
    public required string RequirementCode { get; set; }
    public required string ComponentSlug { get; set; }
}
