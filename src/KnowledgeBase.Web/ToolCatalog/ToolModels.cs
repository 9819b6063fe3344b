using KnowledgeBase.Tools;
using KnowledgeBase.Web.Architecture;

namespace KnowledgeBase.Web.ToolCatalog;

public sealed record FacetValue(string Value, string Label, int Count, bool Selected);

public sealed record Facet(string Name, string Title, IReadOnlyList<FacetValue> Values);

public sealed record ToolListItem(ToolRowData Tool, int Full, int Partial, IReadOnlyList<string> Layers);

public sealed record ToolsPage(ToolFilter Filter, IReadOnlyList<ToolListItem> Tools, IReadOnlyList<Facet> Facets, int Total);

public sealed record CoveredComponent(string Slug, string Name, string LayerName, CoverageLevel Level, string? Evidence)
{
    public string LayerSlug { get; init; } = "";
}

public sealed record SourceLine(string Slug, string Title, int? Year);

public sealed record NamedLink(string Slug, string Name);

public sealed partial record ToolPage(
    string Slug, string Name, string? Homepage, string? Repository, string? License, ToolKind Kind, string? Vendor,
    string Summary, IReadOnlyList<string> Tags, string Map, IReadOnlyList<CoveredComponent> Covers,
    IReadOnlyList<NamedLink> Pipelines, IReadOnlyList<RequirementLine> Requirements, IReadOnlyList<SourceLine> Sources,
    IReadOnlyList<NamedLink> Alternatives)
{
    /// <summary>Relations to other tools from both ends, listed and drawn by <c>_Relations.cshtml</c>.</summary>
    public ToolNeighbourhood? Related { get; init; }
}

public sealed record CompareRow(string ComponentSlug, string ComponentName, string LayerName, IReadOnlyList<CoverageLevel?> Levels);

public sealed record ComparePage(IReadOnlyList<ToolRowData> Tools, IReadOnlyList<CompareRow> Rows, string? Message);

public sealed record MatrixPage(ToolFilter Filter, IReadOnlyList<ToolRowData> Tools, IReadOnlyList<ComponentRef> Components,
    IReadOnlyDictionary<(string Tool, string Component), CoverageLevel> Cells, IReadOnlyList<Facet> Facets);

public sealed record FacetPanel(IReadOnlyList<Facet> Facets, ToolFilter Filter, string Path);
