using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBase.Web.Architecture;

/// <summary>
/// The query of <c>/pipelines</c>: at most one of <c>tool=SLUG</c>, <c>stack=SLUG</c> or <c>compare=a,b</c> (each of
/// a and b a tool or a stack), and <c>format=svg</c> for the file. Blank values are ignored, as everywhere.
/// </summary>
[QueryKeys]
public sealed class TransitQuery
{
    private string? _tool, _stack, _format;
    private string[] _compare = [];

    [FromQuery(Name = "tool")] public string? Tool { get => _tool; set => _tool = QueryValues.One(value); }

    [FromQuery(Name = "stack")] public string? Stack { get => _stack; set => _stack = QueryValues.One(value); }

    [FromQuery(Name = "compare")]
    public string? Compare
    {
        get => _compare.Length == 0 ? null : string.Join(',', _compare);
        set => _compare = QueryValues.Many(value?.Split(',') ?? []);
    }

    [FromQuery(Name = "format")] public string? Format { get => _format; set => _format = QueryValues.OneOf(value, "svg"); }

    public IReadOnlyList<string> Compared => _compare;

    /// <summary>How many overlays were asked for at once; more than one is a question the map cannot answer.</summary>
    public int Asked => (Tool is null ? 0 : 1) + (Stack is null ? 0 : 1) + (_compare.Length == 0 ? 0 : 1);

    /// <summary>The same question as a query string, for the download link.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        if (Tool is not null) parts.Add("tool=" + Uri.EscapeDataString(Tool));
        if (Stack is not null) parts.Add("stack=" + Uri.EscapeDataString(Stack));
        if (_compare.Length > 0) parts.Add("compare=" + string.Join(',', _compare.Select(Uri.EscapeDataString)));
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
