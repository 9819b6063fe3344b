using KnowledgeBase.History;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Submissions;

public static class SubmissionWrites
{
    public static async Task<long> SubmitAsync(CatalogDbContext db, SubmissionKind kind, string author, string title, EntityRecord fields,
        DateTimeOffset at, CancellationToken ct)
    {
        var submission = new Submission { Kind = kind, Author = author, Title = title, Fields = fields, SubmittedAt = at, Status = SubmissionStatus.Pending };
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(ct);
        return submission.Id;
    }

    /// <summary>Closes a pending submission with the editor's decision; the caller applies an approval first.</summary>
    public static async Task DecideAsync(CatalogDbContext db, Submission submission, SubmissionStatus status, string editor, string? reason,
        string? resultKey, DateTimeOffset at, CancellationToken ct)
    {
        submission.Status = status;
        submission.ReviewedBy = editor;
        submission.ReviewedAt = at;
        submission.Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        submission.ResultKey = resultKey;
        await db.SaveChangesAsync(ct);
    }
}
