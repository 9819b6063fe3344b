using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KnowledgeBase.Web.Caching;

/// <summary>
/// Tells <see cref="CatalogChanges"/> about every write the site makes through EF Core: after SaveChanges, and again
/// after a commit, because inside an explicit transaction SaveChanges returns before other readers can see the rows
/// (a page rendered in between would otherwise be cached with the old rows under the new generation).
/// </summary>
public sealed class ChangeInterceptor(CatalogChanges changes) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        changes.Changed();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        changes.Changed();
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => changes.Changed();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        changes.Changed();
        return Task.CompletedTask;
    }
}
