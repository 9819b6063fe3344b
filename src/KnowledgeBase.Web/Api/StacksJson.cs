using System.Text.Json.Serialization;
using KnowledgeBase.Interchange;
using KnowledgeBase.Stacks;
using KnowledgeBase.Web.Stacks;

namespace KnowledgeBase.Web.Api;

public sealed record StackJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("author")] string? Author,
    [property: JsonPropertyName("contact")] string? Contact,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("tools")] IReadOnlyList<StackToolJson> Tools,
    [property: JsonPropertyName("gapsUrl")] string GapsUrl,
    [property: JsonPropertyName("checklistUrl")] string ChecklistUrl)
{
    public static StackJson From(StackLabel label, IEnumerable<ToolPick> picks)
    {
        var l = StackLabelJson.From(label);
        return new StackJson(l.Slug, l.Name, l.Author, l.Contact, l.Summary, l.Date,
            picks.OrderBy(p => p.Component, StringComparer.Ordinal).ThenBy(p => p.Tool, StringComparer.Ordinal).Select(p => new StackToolJson(p.Tool, p.Component)).ToList(),
            $"/api/v1/stacks/{label.Slug}/gaps", $"/api/v1/stacks/{label.Slug}/checklist");
    }
}

/// <summary>The stack uses this tool for this component.</summary>
public sealed record StackToolJson(
    [property: JsonPropertyName("tool")] string Tool,
    [property: JsonPropertyName("component")] string Component);

public sealed record ChecklistJson(
    [property: JsonPropertyName("stack")] StackLabelJson Stack,
    [property: JsonPropertyName("items")] IReadOnlyList<ChecklistItemJson> Items,
    [property: JsonPropertyName("progress")] IReadOnlyList<ChecklistProgressJson> Progress)
{
    public static ChecklistJson From(StackLabel label, IReadOnlyList<ChecklistLine> lines) => new(StackLabelJson.From(label),
        lines.Select(l => new ChecklistItemJson(l.Code, l.Title, l.Layer.Slug, EnumText.Format(l.Priority), EnumText.Format(l.Status),
            l.Owner, l.Note, l.Evidence, EnumText.Format(l.Hint))).ToList(),
        Checklist.Progress(lines).Select(p => new ChecklistProgressJson(p.Layer.Slug, p.Done, p.Total, p.NotApplicable)).ToList());
}

/// <summary>Where the team stands on one requirement; <c>hint</c> is what the gap report expects from the stack's tools.</summary>
public sealed record ChecklistItemJson(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("layer")] string Layer,
    [property: JsonPropertyName("priority")] string Priority,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("owner")] string? Owner,
    [property: JsonPropertyName("note")] string? Note,
    [property: JsonPropertyName("evidence")] string? Evidence,
    [property: JsonPropertyName("hint")] string Hint);

public sealed record ChecklistProgressJson(
    [property: JsonPropertyName("layer")] string Layer,
    [property: JsonPropertyName("done")] int Done,
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("notApplicable")] int NotApplicable);
