namespace KnowledgeBase.Submissions;

/// <summary>
/// A wanted stack: someone (an editor, or a tool maker with an account) asks for a stack that shows a combination,
/// such as "DVC with Airflow on Kubernetes". Submitted stacks can say which request they answer; an approved answer
/// closes it. Like submissions, requests are the community's workflow, not catalog facts, and are not exported.
/// </summary>
public sealed class StackRequest
{
    public long Id { get; set; }
    public required string Title { get; set; }
    public string Details { get; set; } = "";
    public required string PostedBy { get; set; }
    public DateTimeOffset PostedAt { get; set; }
    /// <summary>The published stack that answers it; null while open.</summary>
    public string? AnsweredBy { get; set; }
}
