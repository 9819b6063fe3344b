using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Migrates the database and, on an empty one, imports the shipped catalog. Runs once; the site's requests
/// wait for it, so a fresh clone's first page already shows the catalog.
/// </summary>
public sealed class CatalogStartup(IServiceScopeFactory scopes, CatalogLocation catalog, ILogger<CatalogStartup> logger) : IHostedService
{
    private readonly Lazy<Task> _ready = new(() => PrepareAsync(scopes, catalog, logger));

    public Task ReadyAsync(CancellationToken cancellationToken) => _ready.Value.WaitAsync(cancellationToken);

    /// <summary>Whether the migration and first-start import have finished, without waiting for them.</summary>
    public bool IsReady => _ready.IsValueCreated && _ready.Value.IsCompletedSuccessfully;

    public Task StartAsync(CancellationToken cancellationToken) => ReadyAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task PrepareAsync(IServiceScopeFactory scopes, CatalogLocation catalog, ILogger logger)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        await CatalogDatabase.MigrateAsync(db);
        if (!await CatalogDatabase.IsEmptyAsync(db))
            return;

        var errors = await CatalogImporter.ImportFilesAsync(db, catalog.DataDir, catalog.LiteratureDir);
        if (errors.Count == 0)
        {
            logger.LogInformation("Imported the catalog from {Data} and {Literature}", catalog.DataDir, catalog.LiteratureDir);
            return;
        }
        // The site still serves (an empty catalog) so the problem is visible; 'kb validate' lists the same errors.
        foreach (var error in errors.Take(20))
            logger.LogError("{Error}", error.ToString());
        logger.LogError("The shipped catalog has {Count} problem(s) and was not imported", errors.Count);
    }
}
