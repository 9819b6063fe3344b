using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KnowledgeBase.Web.Caching;

/// <summary>
/// Tells <see cref="CatalogChanges"/> which areas of the catalog every write the site makes through EF Core touched
/// (<see cref="CatalogAreaOf"/>): after SaveChanges, and again after the commit, because inside an explicit
/// transaction SaveChanges returns before other readers can see the rows (a page rendered in between would
/// otherwise be cached with the old rows under the new generation). Saves that touch only accounts change no area.
/// </summary>
public sealed class ChangeInterceptor(CatalogChanges changes) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>What a context is saving now, and what it saved since its transaction began.</summary>
    private sealed class Written
    {
        public CatalogAreas Saving;
        public CatalogAreas SinceBegin;
    }

    private static readonly ConditionalWeakTable<DbContext, Written> ByContext = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Classify(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Classify(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Forget(DbContext? context)
    {
        if (context is not null && ByContext.TryGetValue(context, out var written)) written.SinceBegin = CatalogAreas.None;
    }

    private static void Classify(DbContext? context)
    {
        if (context is null) return;
        var areas = CatalogAreas.None;
        foreach (var entry in context.ChangeTracker.Entries())
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                areas |= CatalogAreaOf.Type(entry.Metadata.ClrType);
        ByContext.GetOrCreateValue(context).Saving = areas;
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !ByContext.TryGetValue(context, out var written)) return;
        changes.Changed(written.Saving);
        if (context.Database.CurrentTransaction is not null) written.SinceBegin |= written.Saving;
        written.Saving = CatalogAreas.None;
    }

    private void Committed(DbContext? context)
    {
        // A commit from outside a context is not one of ours to classify: count it as touching everything.
        if (context is null) { changes.Changed(CatalogAreas.All); return; }
        if (!ByContext.TryGetValue(context, out var written)) return;
        changes.Changed(written.SinceBegin);
        written.SinceBegin = CatalogAreas.None;
    }
}
