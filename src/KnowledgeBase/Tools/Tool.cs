namespace KnowledgeBase.Tools;

/// <summary>A real product or project that fills components of the architecture.</summary>
public sealed class Tool
{
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Homepage { get; set; }
    public string? Repository { get; set; }
    /// <summary>An SPDX identifier for open source, or <c>proprietary</c>.</summary>
    public string? License { get; set; }
    public ToolKind Kind { get; set; }
    public string? Vendor { get; set; }
    public string Summary { get; set; } = "";
    public List<string> Tags { get; set; } = [];
    public List<ToolCoverage> Coverage { get; set; } = [];
    /// <summary>Null when nobody recorded it (every tool without a repository).</summary>
    public ToolMaintenance? Maintenance { get; set; }
}

public enum ToolKind { OpenSource, Commercial, ManagedService }

/// <summary>
/// How far a tool covers one component. Layer and pipeline coverage are derived from these rows.
/// </summary>
public sealed class ToolCoverage
{
    public required string ToolSlug { get; set; }
    public required string ComponentSlug { get; set; }
    public CoverageLevel Level { get; set; }
    /// <summary>A documentation URL or a literature slug that backs the claim.</summary>
    public string? Evidence { get; set; }
}

public enum CoverageLevel { Full, Partial }
