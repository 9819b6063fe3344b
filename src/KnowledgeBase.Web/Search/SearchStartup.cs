using KnowledgeBase.Search;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Search;

/// <summary>
/// After the first-start import, rebuilds the index when it is missing, damaged or older than the database; then
/// keeps watching: every <see cref="SiteOptions.IndexCheckInterval"/> it looks at the index files and the catalog
/// version (so an import made by <c>kb import</c> while the site runs, which cannot take the index lock, still
/// reaches search), and at once when a search ran into damage. A damaged index is started over and rebuilt from SQLite.
/// </summary>
public sealed class SearchStartup(CatalogStartup catalog, IServiceScopeFactory scopes, SearchIndex index, CatalogIndexer indexer,
    IOptions<SiteOptions> options, ILogger<SearchStartup> logger) : BackgroundService
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(5);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the index matches the catalog; search requests wait for it.</summary>
    public Task ReadyAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    /// <summary>Whether the first build or check of the index has finished, without waiting for it.</summary>
    public bool IsReady => _ready.Task.IsCompleted;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await catalog.ReadyAsync(stoppingToken);
            if (index.OpenProblem is { } problem)
                logger.LogWarning("Search index at {Path} will be rebuilt: {Problem}", index.Path, problem);
            await KeepSoundAndCurrentAsync(stoppingToken);
        }
        finally
        {
            // Even a failed rebuild must not leave requests waiting forever; they search what there is.
            _ready.TrySetResult();
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await index.WaitForDamageAsync(options.Value.IndexCheckInterval, stoppingToken);
            await KeepSoundAndCurrentAsync(stoppingToken);
        }
    }

    private async Task KeepSoundAndCurrentAsync(CancellationToken cancellationToken)
    {
        try
        {
            if ((index.Damage ?? index.FindDamage()) is { } damage)
            {
                logger.LogWarning("Search index at {Path} is damaged and is being rebuilt from the catalog: {Damage}", index.Path, damage);
                index.StartOver(damage);
            }
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            if (await indexer.EnsureCurrentAsync(db, cancellationToken) is { } report)
                logger.LogInformation("Search index rebuilt: {Report}", report.ToString());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A background service that throws stops the whole site: a search index that cannot be repaired now
            // (a full disk, a busy database) must not take the pages with it. Logged, and tried again shortly.
            logger.LogError(e, "Keeping the search index at {Path} sound and current failed; trying again in {Delay}", index.Path, RetryAfterFailure);
            await Task.Delay(RetryAfterFailure, cancellationToken);
        }
    }
}
