using KnowledgeBase.Interchange;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBase.Web.Requirements;

/// <summary>The filters of <c>/requirements</c>, cleaned as they are bound (<see cref="QueryValues"/>); null means "any".</summary>
[QueryKeys]
public sealed class RequirementsQuery
{
    private string? _layer, _component, _kind, _priority, _tag;

    [FromQuery(Name = "layer")] public string? Layer { get => _layer; set => _layer = QueryValues.One(value); }
    [FromQuery(Name = "component")] public string? Component { get => _component; set => _component = QueryValues.One(value); }
    [FromQuery(Name = "kind")] public string? Kind { get => _kind; set => _kind = QueryValues.One(value); }
    [FromQuery(Name = "priority")] public string? Priority { get => _priority; set => _priority = QueryValues.One(value); }
    [FromQuery(Name = "tag")] public string? Tag { get => _tag; set => _tag = QueryValues.One(value); }

    public bool Matches(RequirementListRow r) =>
        (Layer is null || r.LayerSlug == Layer)
        && (Component is null || r.Components.Contains(Component))
        && (Kind is null || EnumText.Format(r.Kind) == Kind)
        && (Priority is null || EnumText.Format(r.Priority) == Priority)
        && (Tag is null || r.Tags.Contains(Tag, StringComparer.OrdinalIgnoreCase));
}
