using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Submissions;

public static class StackRequests
{
    public static Task<List<StackRequest>> OpenAsync(CatalogDbContext db, CancellationToken ct) =>
        db.StackRequests.AsNoTracking().Where(r => r.AnsweredBy == null).OrderBy(r => r.Id).ToListAsync(ct);

    /// <summary>Marks an open request answered by a published stack; an unknown or answered one is left as it is.</summary>
    public static async Task AnswerAsync(CatalogDbContext db, long? requestId, string stackSlug, CancellationToken ct)
    {
        if (requestId is not { } id) return;
        var request = await db.StackRequests.SingleOrDefaultAsync(r => r.Id == id && r.AnsweredBy == null, ct);
        if (request is null) return;
        request.AnsweredBy = stackSlug;
        await db.SaveChangesAsync(ct);
    }
}
