using KnowledgeBase.Interchange;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBase.Web.ToolCatalog;

/// <summary>
/// The filters of /tools and /matrix, carried in the query string. Several values of one filter mean "any of them";
/// different filters must all hold.
/// </summary>
public sealed class ToolFilter
{
    [FromQuery(Name = "layer")] public string[] Layers { get; set; } = [];
    [FromQuery(Name = "component")] public string[] Components { get; set; } = [];
    [FromQuery(Name = "pipeline")] public string[] Pipelines { get; set; } = [];
    [FromQuery(Name = "license")] public string[] Licenses { get; set; } = [];
    [FromQuery(Name = "kind")] public string[] Kinds { get; set; } = [];
    [FromQuery(Name = "tag")] public string[] Tags { get; set; } = [];
    [FromQuery(Name = "sort")] public string? Sort { get; set; }

    private static readonly string[] Names = ["layer", "component", "pipeline", "license", "kind", "tag"];

    public bool IsEmpty => Layers.Length + Components.Length + Pipelines.Length + Licenses.Length + Kinds.Length + Tags.Length == 0;

    public bool Has(string filter, string value) => Values(filter).Contains(value, StringComparer.OrdinalIgnoreCase);

    public string[] Values(string filter) => filter switch
    {
        "layer" => Layers, "component" => Components, "pipeline" => Pipelines,
        "license" => Licenses, "kind" => Kinds, "tag" => Tags, _ => [],
    };

    /// <summary>The query string with one value switched on or off, keeping everything else.</summary>
    public string Toggle(string filter, string value)
    {
        var pairs = new List<(string, string)>();
        foreach (var name in Names)
        {
            var values = Values(name).ToList();
            if (name == filter)
            {
                if (!values.Remove(value)) values.Add(value);
            }
            pairs.AddRange(values.Select(v => (name, v)));
        }
        if (Sort is { Length: > 0 }) pairs.Add(("sort", Sort));
        return Query(pairs);
    }

    public string WithSort(string sort) =>
        Query(Names.SelectMany(n => Values(n).Select(v => (n, v))).Append(("sort", sort)));

    public string QueryString =>
        Query(Names.SelectMany(n => Values(n).Select(v => (n, v))));

    private static string Query(IEnumerable<(string Name, string Value)> pairs)
    {
        var text = string.Join("&", pairs.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
        return text.Length == 0 ? "" : "?" + text;
    }

    public static string KindText(KnowledgeBase.Tools.ToolKind kind) => EnumText.Format(kind);
}
