using System.Data.Common;
using System.Runtime.CompilerServices;
using KnowledgeBase.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KnowledgeBase.Web.Caching;

/// <summary>
/// Tells <see cref="CatalogChanges"/> about every write the site makes to the catalog through EF Core: after
/// SaveChanges, and again after a commit, because inside an explicit transaction SaveChanges returns before other
/// readers can see the rows (a page rendered in between would otherwise be cached with the old rows under the new
/// generation). Saves that touch only accounts (a sign-in resets its failure count, a failure raises it) change no
/// page, and must not empty the cache: else anyone could keep it cold by failing to sign in.
/// </summary>
public sealed class ChangeInterceptor(CatalogChanges changes) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, object> AccountsOnly = [];

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
        Notify(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Notify(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => changes.Changed();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        changes.Changed();
        return Task.CompletedTask;
    }

    private static void Classify(DbContext? context)
    {
        if (context is null) return;
        var written = context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
        if (written.All(e => IsAccountData(e.Metadata.ClrType)))
            AccountsOnly.AddOrUpdate(context, true);
        else
            AccountsOnly.Remove(context);
    }

    private void Notify(DbContext? context)
    {
        if (context is not null && AccountsOnly.TryGetValue(context, out _)) return;
        changes.Changed();
    }

    private static bool IsAccountData(Type type) =>
        type == typeof(Account) || type.Namespace == typeof(IdentityRole).Namespace;
}
