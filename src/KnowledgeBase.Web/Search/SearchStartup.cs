using KnowledgeBase.Search;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Hosting;

namespace KnowledgeBase.Web.Search;

/// <summary>
/// After the first-start import, rebuilds the index when it is missing, damaged or older than the database; then
/// keeps checking now and then, so an import made by <c>kb import</c> while the site runs (which cannot take the
/// index lock) still reaches search.
/// </summary>
public sealed class SearchStartup(CatalogStartup catalog, IServiceScopeFactory scopes, SearchIndex index, CatalogIndexer indexer,
    ILogger<SearchStartup> logger) : BackgroundService
{
    private static readonly TimeSpan RecheckEvery = TimeSpan.FromSeconds(30);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the index matches the catalog; search requests wait for it.</summary>
    public Task ReadyAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await catalog.ReadyAsync(stoppingToken);
            if (index.OpenProblem is { } problem)
                logger.LogWarning("Search index at {Path} will be rebuilt: {Problem}", index.Path, problem);
            await EnsureCurrentAsync(stoppingToken);
        }
        finally
        {
            // Even a failed rebuild must not leave requests waiting forever; they search what there is.
            _ready.TrySetResult();
        }

        using var timer = new PeriodicTimer(RecheckEvery);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            await EnsureCurrentAsync(stoppingToken);
    }

    private async Task EnsureCurrentAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        if (await indexer.EnsureCurrentAsync(db, cancellationToken) is { } report)
            logger.LogInformation("Search index rebuilt: {Report}", report.ToString());
    }
}
