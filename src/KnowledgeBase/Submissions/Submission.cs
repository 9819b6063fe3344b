using KnowledgeBase.History;

namespace KnowledgeBase.Submissions;

/// <summary>
/// Something a contributor proposes for the catalog, waiting for an editor: a stack (with its label), or later a
/// source or a correction. Kept apart from the catalog's own tables until approved, so that an import from the files,
/// which makes those tables match the files, never drops a submission, and an unapproved one is never exported.
/// </summary>
public sealed class Submission
{
    public long Id { get; set; }
    public SubmissionKind Kind { get; set; }
    public required string Author { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    /// <summary>What the submission is called in the queue: the stack's name.</summary>
    public required string Title { get; set; }
    /// <summary>The form as the contributor posted it, field by field, to be checked again and applied on approval.</summary>
    public EntityRecord Fields { get; set; } = new();
    public SubmissionStatus Status { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    /// <summary>The editor's reason for a rejection or removal, shown to the author.</summary>
    public string? Reason { get; set; }
    /// <summary>The slug the approved submission became.</summary>
    public string? ResultKey { get; set; }
}

public enum SubmissionKind { Stack }

/// <summary>
/// <c>Removed</c> is for spam and abuse: hidden from the author's list as well, but kept with who removed it and
/// why, as the seed's board keeps a record of removals.
/// </summary>
public enum SubmissionStatus { Pending, Approved, Rejected, Removed }
