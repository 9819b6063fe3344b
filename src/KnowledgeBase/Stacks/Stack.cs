namespace KnowledgeBase.Stacks;

/// <summary>A concrete architecture a team or community member uses: a label plus tools per component.</summary>
public sealed class Stack
{
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Author { get; set; }
    public string? Contact { get; set; }
    public string Summary { get; set; } = "";
    public DateOnly? Date { get; set; }
    public List<StackTool> Tools { get; set; } = [];
    public List<ChecklistItem> Checklist { get; set; } = [];
}

/// <summary>The stack uses this tool for this component.</summary>
public sealed class StackTool
{
    public required string StackSlug { get; set; }
    public required string ToolSlug { get; set; }
    public required string ComponentSlug { get; set; }
}

/// <summary>Where a stack stands on one requirement.</summary>
public sealed class ChecklistItem
{
    public required string StackSlug { get; set; }
    public required string RequirementCode { get; set; }
    public ChecklistStatus Status { get; set; }
    public string? Owner { get; set; }
    public string? Note { get; set; }
    public string? Evidence { get; set; }
}

public enum ChecklistStatus { Todo, InProgress, Done, NotApplicable }
