using KnowledgeBase.Storage;

namespace KnowledgeBase.Web.Caching;

/// <summary>
/// Reads the catalog version every couple of seconds, so that an import made by <c>kb import</c> while the site
/// runs (a write the site's own interceptor cannot see) reaches the pages within that time.
/// </summary>
public sealed class CatalogWatcher(IServiceScopeFactory scopes, CatalogChanges changes, ILogger<CatalogWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
                changes.Observe(await CatalogDatabase.VersionAsync(db, stoppingToken));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database being migrated or locked by an import: the next tick tries again. Pages may show the
                // catalog from before that import for as long, never a broken one.
                logger.LogDebug(e, "Catalog version check failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
