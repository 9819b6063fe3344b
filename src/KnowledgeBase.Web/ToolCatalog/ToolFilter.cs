using KnowledgeBase.Interchange;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBase.Web.ToolCatalog;

/// <summary>
/// The filters of /tools and /matrix, carried in the query string. Several values of one filter mean "any of them";
/// different filters must all hold.
/// </summary>
[QueryKeys]
public sealed class ToolFilter
{
    private string[] _layers = [], _components = [], _pipelines = [], _licenses = [], _kinds = [], _tags = [], _maintenance = [];
    private bool _maintained;
    private string? _sort;

    // Every value is cleaned as it is bound (QueryValues): an empty, repeated, huge or garbled value is dropped here,
    // once, so the pages and their links only ever see usable ones.
    [FromQuery(Name = "layer")] public string[] Layers { get => _layers; set => _layers = QueryValues.Many(value); }
    [FromQuery(Name = "component")] public string[] Components { get => _components; set => _components = QueryValues.Many(value); }
    [FromQuery(Name = "pipeline")] public string[] Pipelines { get => _pipelines; set => _pipelines = QueryValues.Many(value); }
    [FromQuery(Name = "license")] public string[] Licenses { get => _licenses; set => _licenses = QueryValues.Many(value); }
    [FromQuery(Name = "kind")] public string[] Kinds { get => _kinds; set => _kinds = QueryValues.Many(value); }
    [FromQuery(Name = "tag")] public string[] Tags { get => _tags; set => _tags = QueryValues.Many(value); }

    /// <summary>Maintenance statuses as written in tool_maintenance.csv (<c>active</c>, <c>archived</c>, …).</summary>
    [FromQuery(Name = "maintenance")]
    public string[] Maintenance
    {
        // ?maintained=1 is the short link for "maintained tools only"; links written back use maintenance=active.
        get => _maintained && !_maintenance.Contains(ActiveStatus) ? [.. _maintenance, ActiveStatus] : _maintenance;
        set => _maintenance = QueryValues.Many(value);
    }

    [FromQuery(Name = "maintained")] public string? Maintained { get => null; set => _maintained = QueryValues.OneOf(value, "1", "true", "yes") is not null; }

    private static readonly string ActiveStatus = EnumText.Format(KnowledgeBase.Tools.MaintenanceStatus.Active);

    /// <summary><c>breadth</c> (most components first) or <c>name</c>; any other value means the default, by name.</summary>
    [FromQuery(Name = "sort")] public string? Sort { get => _sort; set => _sort = QueryValues.OneOf(value, "name", "breadth"); }

    private static readonly string[] Names = ["layer", "component", "pipeline", "license", "kind", "tag", "maintenance"];

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever] public bool IsEmpty => Layers.Length + Components.Length + Pipelines.Length + Licenses.Length + Kinds.Length + Tags.Length + Maintenance.Length == 0;

    public bool Has(string filter, string value) => Values(filter).Contains(value, StringComparer.OrdinalIgnoreCase);

    public string[] Values(string filter) => filter switch
    {
        "layer" => Layers, "component" => Components, "pipeline" => Pipelines,
        "license" => Licenses, "kind" => Kinds, "tag" => Tags, "maintenance" => Maintenance, _ => [],
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

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever] public string QueryString =>
        Query(Names.SelectMany(n => Values(n).Select(v => (n, v))));

    private static string Query(IEnumerable<(string Name, string Value)> pairs)
    {
        var text = string.Join("&", pairs.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
        return text.Length == 0 ? "" : "?" + text;
    }

    public static string KindText(KnowledgeBase.Tools.ToolKind kind) => EnumText.Format(kind);
}
