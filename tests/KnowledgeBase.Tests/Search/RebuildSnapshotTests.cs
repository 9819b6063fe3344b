using System.Data.Common;
using KnowledgeBase.Storage;
using KnowledgeBase.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KnowledgeBase.Tests.Search;

/// <summary>A rebuild reads the catalog as one snapshot without holding SQLite's write lock, so saving a form need not wait for it.</summary>
public class RebuildSnapshotTests
{
    /// <summary>After the rebuild's first query (its snapshot open), writes from another connection that may not wait.</summary>
    private sealed class WriteDuringRead(DataDirectory directory) : DbCommandInterceptor
    {
        public string? Outcome { get; private set; }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (Outcome is null && command.Transaction is not null)
            {
                using var other = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = directory.DatabasePath, DefaultTimeout = 1 }.ToString());
                other.Open();
                using var write = other.CreateCommand();
                write.CommandText = "UPDATE CatalogState SET ImportedAt = ImportedAt;";
                try
                {
                    write.ExecuteNonQuery();
                    Outcome = "written";
                }
                catch (SqliteException e)
                {
                    Outcome = e.Message;
                }
            }
            return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
        }
    }

    [Test]
    public async Task Another_connection_can_write_while_a_rebuild_reads_the_catalog()
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);
        var writer = new WriteDuringRead(sandbox.Directory);
        var options = new DbContextOptionsBuilder<CatalogDbContext>();
        CatalogDatabase.Configure(options, sandbox.Directory);
        await using var db = new CatalogDbContext(options.AddInterceptors(writer).Options);

        var report = await sandbox.Indexer.RebuildAsync(db);

        Assert.That(writer.Outcome, Is.EqualTo("written"));
        Assert.That(report.Total, Is.Positive);
        Assert.That(db.Database.CurrentTransaction, Is.Null, "the snapshot ends with the rebuild");
    }
}
