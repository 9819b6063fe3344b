using System.Diagnostics;
using KnowledgeBase.Storage;
using KnowledgeBase.Synthetic;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeBase.Web.Tests.Faults;

/// <summary>
/// Kills <c>kb import</c> (SIGKILL) while it writes a 1,000-note catalog (1,000 tools, 500 requirements, 20 stacks)
/// over the shipped one: the database must afterwards hold the previous catalog, pass SQLite's integrity check, and
/// accept the next import. Each kill is aimed at the import transaction (the test waits until the importer holds
/// SQLite's write lock) and proven to have landed inside it (the catalog version did not move); a kill that landed
/// after the commit or before the transaction proves nothing and is not counted.
/// </summary>
[NonParallelizable]
public class KilledImportTests
{
    private const int KillsInsideTheTransaction = 3;
    private const int Attempts = 12;
    private static readonly TimeSpan HeldLongEnough = TimeSpan.FromMilliseconds(40);

    private static readonly string Kb = Path.Combine(AppContext.BaseDirectory, "kb.dll");

    private static Process Import(string data, string literature, string dataDir) =>
        Process.Start(new ProcessStartInfo("dotnet", ["exec", Kb, "import", "--data", data, "--literature", literature, "--data-dir", dataDir])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        })!;

    private static SqliteConnection Open(string dataDir)
    {
        var connection = new SqliteConnection(CatalogDatabase.ConnectionString(new DataDirectory(dataDir)));
        connection.Open();
        return connection;
    }

    private static (long Sources, long Version, string Integrity) Inspect(string dataDir)
    {
        using var connection = Open(dataDir);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        var integrity = (string)command.ExecuteScalar()!;
        command.CommandText = "SELECT COUNT(*) FROM Sources;";
        var sources = (long)command.ExecuteScalar()!;
        command.CommandText = "SELECT Version FROM CatalogState;";
        return (sources, (long)command.ExecuteScalar()!, integrity);
    }

    /// <summary>
    /// True when another process holds SQLite's write lock now. The attempt goes straight to SQLite, without the
    /// retry loop Microsoft.Data.Sqlite wraps around a busy lock, so it answers at once.
    /// </summary>
    private static bool WriteLockHeld(SqliteConnection probe)
    {
        var rc = raw.sqlite3_exec(probe.Handle, "BEGIN IMMEDIATE;");
        if (rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
            return true;
        raw.sqlite3_exec(probe.Handle, "ROLLBACK;");
        return false;
    }

    /// <summary>
    /// Waits until the importer has held the write lock for <see cref="HeldLongEnough"/> without a break, or has
    /// exited. Only the import transaction holds it that long: it begins with BEGIN IMMEDIATE and keeps the lock to
    /// its commit, while the reading of the files takes no lock and the start-up's migration check writes for a
    /// millisecond or two at a time.
    /// </summary>
    private static async Task WaitForTheImportTransaction(Process import, SqliteConnection probe)
    {
        raw.sqlite3_busy_timeout(probe.Handle, 0);
        var held = new Stopwatch();
        while (!import.HasExited)
        {
            if (!WriteLockHeld(probe))
                held.Reset();
            else if (!held.IsRunning)
                held.Start();
            else if (held.Elapsed >= HeldLongEnough)
                return;
            await Task.Delay(1);
        }
    }

    [Test]
    public async Task A_import_killed_inside_its_transaction_leaves_the_previous_catalog_intact()
    {
        using var temp = new TempDirectory();
        var dataDir = temp.Combine("kb");
        using (var baseline = Import(Repository.Data, Repository.Literature, dataDir))
        {
            await baseline.WaitForExitAsync();
            Assert.That(baseline.ExitCode, Is.EqualTo(0), await baseline.StandardError.ReadToEndAsync());
        }
        var (before, version, _) = Inspect(dataDir);
        var big = SyntheticCatalog.Write(SyntheticCatalog.Generate(new(Repository.Data, Repository.Literature), CatalogSize.Thousand), temp.Combine("big"));
        SqliteConnection.ClearAllPools();

        var inside = 0;
        for (var attempt = 0; attempt < Attempts && inside < KillsInsideTheTransaction; attempt++)
        {
            using var import = Import(big.DataDir, big.LiteratureDir, dataDir);
            using (var probe = Open(dataDir))
                await WaitForTheImportTransaction(import, probe);
            var killedRunning = !import.HasExited;
            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync();
            SqliteConnection.ClearAllPools();

            var (sources, versionNow, integrity) = Inspect(dataDir);
            Assert.That(integrity, Is.EqualTo("ok"), $"attempt {attempt}");
            if (versionNow != version)
            {
                // The import committed before the kill: the new catalog is whole, and later kills are measured from it.
                TestContext.Out.WriteLine($"attempt {attempt}: the import committed before the kill");
                Assert.That(sources, Is.EqualTo(1000), $"attempt {attempt}: a partial import is visible");
                (before, version) = (sources, versionNow);
                continue;
            }
            Assert.That(killedRunning, Is.True, $"attempt {attempt}: the import ended without committing");
            Assert.That(sources, Is.EqualTo(before), $"attempt {attempt}: a partial import is visible");
            inside++;
        }
        Assert.That(inside, Is.EqualTo(KillsInsideTheTransaction), "kills that landed inside the import transaction");

        using var final = Import(big.DataDir, big.LiteratureDir, dataDir);
        await final.WaitForExitAsync();
        Assert.That(final.ExitCode, Is.EqualTo(0), await final.StandardError.ReadToEndAsync());
        var (finalSources, finalVersion, finalIntegrity) = Inspect(dataDir);
        Assert.That((finalSources, finalVersion > version, finalIntegrity), Is.EqualTo((1000L, true, "ok")));
    }
}
