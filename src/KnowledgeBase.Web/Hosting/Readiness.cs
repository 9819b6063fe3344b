using KnowledgeBase.Search;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Search;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// <c>/healthz</c>: the process answers (no check runs, so a slow database cannot make a live site look dead).
/// <c>/readyz</c>: the site can serve what it promises: the SQLite file is there and reachable, every migration is
/// applied and the first-start import is done, and the search index is built, current and on disk. Unhealthy is 503.
/// Neither is ever cached, and neither waits for the first-start import: a probe asks "ready yet?", it must not hang.
/// </summary>
public static class Readiness
{
    public const string Tag = "ready";
    public static readonly string[] Paths = ["/healthz", "/readyz"];

    public static IServiceCollection AddReadiness(this IServiceCollection services)
    {
        services.AddHealthChecks()
            // For SQLite this asks whether the file exists, without opening it (which would create an empty one).
            .AddDbContextCheck<CatalogDbContext>("database", tags: [Tag])
            .AddCheck<CatalogMigrated>("migrations", tags: [Tag])
            .AddCheck<IndexReady>("index", tags: [Tag]);
        // The framework logs every unhealthy check as an error; a probe asks every few seconds, so a site that is
        // not ready yet (an index being rebuilt) would fill the log. The answer itself names what is not ready.
        services.AddLogging(logging => logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", LogLevel.Critical));
        return services;
    }

    public static void MapReadiness(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Tag), ResponseWriter = WriteAsync });
    }

    /// <summary>Each check's verdict, so that whoever reads a 503 sees which part is not ready and why.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report) => context.Response.WriteAsJsonAsync(new
    {
        status = report.Status.ToString(),
        checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
    });
}

/// <summary>No migration pending and the first-start import finished (an empty catalog mid-import is not ready).</summary>
internal sealed class CatalogMigrated(CatalogDbContext db, CatalogStartup startup) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!startup.IsReady) return HealthCheckResult.Unhealthy("the catalog is still being migrated or imported");
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied, the first is {pending[0]}");
    }
}

/// <summary>
/// The index is built for the catalog and its files are on disk. Cheap on purpose (a probe runs often): the file
/// listing, not the checksums. A missing index is reported as damage, which starts its rebuild at once.
/// </summary>
internal sealed class IndexReady(SearchIndex index, SearchStartup startup) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!startup.IsReady) return Task.FromResult(HealthCheckResult.Unhealthy("the search index is being built"));
        if (!Directory.Exists(index.Path) || !Directory.EnumerateFiles(index.Path, "segments_*").Any())
        {
            index.ReportDamage("the index folder is missing or empty");
            return Task.FromResult(HealthCheckResult.Unhealthy("the search index is missing; it is being rebuilt"));
        }
        if (index.Damage is { } damage) return Task.FromResult(HealthCheckResult.Unhealthy("the search index is being repaired: " + damage));
        return Task.FromResult(index.CatalogVersion is null ? HealthCheckResult.Unhealthy("the search index has not been built") : HealthCheckResult.Healthy());
    }
}
