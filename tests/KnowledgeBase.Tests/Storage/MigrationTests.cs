using KnowledgeBase.Storage;
using KnowledgeBase.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KnowledgeBase.Tests.Storage;

/// <summary>Migrating the working copy at every start must never wait for a process that is gone.</summary>
public class MigrationTests
{
    [Test]
    public async Task A_migration_lock_left_by_a_killed_process_does_not_block_the_next_start()
    {
        using var temp = new TempDirectory();
        var directory = new DataDirectory(temp.Combine("kb")).Create();
        await using (var db = CatalogDatabase.Open(directory))
            await CatalogDatabase.MigrateAsync(db);
        // What EF Core leaves behind when a process is killed while it holds the migration lock.
        await using (var connection = new SqliteConnection(CatalogDatabase.ConnectionString(directory)))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
                INSERT OR IGNORE INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-01-01 00:00:00+00:00');
                """;
            await command.ExecuteNonQueryAsync();
        }

        // Without the guard this waits forever; the time limit turns a hang into a failure.
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using (var db = CatalogDatabase.Open(directory))
            await CatalogDatabase.MigrateAsync(db, limit.Token);

        Assert.That(limit.IsCancellationRequested, Is.False);
    }

    [Test]
    public async Task Two_processes_migrating_at_once_take_turns()
    {
        using var temp = new TempDirectory();
        var directory = new DataDirectory(temp.Combine("kb")).Create();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var db = CatalogDatabase.Open(directory);
            await CatalogDatabase.MigrateAsync(db, limit.Token);
        }));

        await using var check = CatalogDatabase.Open(directory);
        Assert.That(await CatalogDatabase.IsEmptyAsync(check), Is.True, "migrated, nothing imported");
    }

    [Test]
    public async Task A_database_from_before_several_difficulties_keeps_each_sources_difficulty()
    {
        using var temp = new TempDirectory();
        var directory = new DataDirectory(temp.Combine("kb")).Create();
        await using (var db = CatalogDatabase.Open(directory))
            await db.GetService<IMigrator>().MigrateAsync("FieldLimits");
        await using (var connection = new SqliteConnection(CatalogDatabase.ConnectionString(directory)))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO Sources (Slug, Title, Authors, Tags, Draft, Note, Difficulty) VALUES ('a', 'A', '[]', '[]', 0, '', 'advanced');
                INSERT INTO Sources (Slug, Title, Authors, Tags, Draft, Note, Difficulty) VALUES ('b', 'B', '[]', '[]', 0, '', NULL);
                """;
            await command.ExecuteNonQueryAsync();
        }

        await using (var db = CatalogDatabase.Open(directory))
        {
            await CatalogDatabase.MigrateAsync(db);
            var difficulties = await db.Sources.OrderBy(s => s.Slug).Select(s => s.Difficulties).ToListAsync();
            Assert.That(difficulties, Is.EqualTo(new[] { new[] { "advanced" }, Array.Empty<string>() }));
        }
    }
}
