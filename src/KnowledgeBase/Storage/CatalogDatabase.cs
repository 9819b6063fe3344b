using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KnowledgeBase.Storage;

/// <summary>Opening and migrating the SQLite working copy.</summary>
public static class CatalogDatabase
{
    public static string ConnectionString(DataDirectory directory) => new SqliteConnectionStringBuilder
    {
        DataSource = directory.DatabasePath,
        ForeignKeys = true,
        // Microsoft.Data.Sqlite retries a busy database for the command timeout: this is the busy timeout.
        DefaultTimeout = 30,
        Pooling = true,
    }.ToString();

    public static void Configure(DbContextOptionsBuilder options, DataDirectory directory) =>
        options.UseSqlite(ConnectionString(directory));

    public static CatalogDbContext Open(DataDirectory directory)
    {
        var options = new DbContextOptionsBuilder<CatalogDbContext>();
        Configure(options, directory);
        return new CatalogDbContext(options.Options);
    }

    /// <summary>Applies pending migrations and switches the file to write-ahead logging (a setting the file keeps).</summary>
    public static async Task MigrateAsync(CatalogDbContext db, CancellationToken cancellationToken = default)
    {
        var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        using (await MigrationGuard.AcquireAsync(path, cancellationToken))
        {
            await MigrationGuard.ClearStaleLockAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>The catalog version the database is at now: 0 before the first import, one more after each.</summary>
    public static async Task<long> VersionAsync(CatalogDbContext db, CancellationToken cancellationToken = default) =>
        await db.CatalogState.AsNoTracking().Select(s => (long?)s.Version).SingleOrDefaultAsync(cancellationToken) ?? 0;

    /// <summary>True when the catalog has never been imported into this database.</summary>
    public static async Task<bool> IsEmptyAsync(CatalogDbContext db, CancellationToken cancellationToken = default) =>
        !await db.CatalogState.AnyAsync(cancellationToken);
}

/// <summary>Lets <c>dotnet ef</c> build the context at design time.</summary>
internal sealed class DesignTimeCatalogDbContextFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args) => CatalogDatabase.Open(new DataDirectory(Path.Combine(Path.GetTempPath(), "kb-design")));
}
