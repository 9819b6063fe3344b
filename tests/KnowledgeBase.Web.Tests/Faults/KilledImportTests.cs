using System.Diagnostics;
using KnowledgeBase.Storage;
using KnowledgeBase.Synthetic;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Web.Tests.Faults;

/// <summary>
/// Kills <c>kb import</c> (SIGKILL) at random moments while it imports a 1,000-note catalog (1,000 tools, 500 requirements, 20 stacks): the database must
/// afterwards hold either the previous catalog or the new one, never a mixture, pass SQLite's integrity check,
/// and accept the next import.
/// </summary>
[NonParallelizable]
public class KilledImportTests
{
    private static readonly string Kb = Path.Combine(AppContext.BaseDirectory, "kb.dll");

    private static Process Import(string data, string literature, string dataDir) =>
        Process.Start(new ProcessStartInfo("dotnet", ["exec", Kb, "import", "--data", data, "--literature", literature, "--data-dir", dataDir])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        })!;

    private static (long Sources, string Integrity) Inspect(string dataDir)
    {
        using var connection = new SqliteConnection(CatalogDatabase.ConnectionString(new DataDirectory(dataDir)));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        var integrity = (string)command.ExecuteScalar()!;
        command.CommandText = "SELECT COUNT(*) FROM Sources;";
        return ((long)command.ExecuteScalar()!, integrity);
    }

    [Test]
    public async Task A_killed_import_leaves_the_previous_catalog_intact()
    {
        using var temp = new TempDirectory();
        var dataDir = temp.Combine("kb");
        using (var baseline = Import(Repository.Data, Repository.Literature, dataDir))
        {
            await baseline.WaitForExitAsync();
            Assert.That(baseline.ExitCode, Is.EqualTo(0), await baseline.StandardError.ReadToEndAsync());
        }
        var (before, _) = Inspect(dataDir);
        var big = SyntheticCatalog.Write(SyntheticCatalog.Generate(new(Repository.Data, Repository.Literature), CatalogSize.Thousand), temp.Combine("big"));
        var (data, literature) = (big.DataDir, big.LiteratureDir);
        var after = 1000L;

        var random = new Random(7);
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var import = Import(data, literature, dataDir);
            await Task.Delay(random.Next(300, 2500));
            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync();
            SqliteConnection.ClearAllPools();

            var (sources, integrity) = Inspect(dataDir);
            Assert.That(integrity, Is.EqualTo("ok"), $"attempt {attempt}");
            Assert.That(sources, Is.EqualTo(before).Or.EqualTo(after), $"attempt {attempt}: a partial import is visible");
        }

        using var final = Import(data, literature, dataDir);
        await final.WaitForExitAsync();
        Assert.That(final.ExitCode, Is.EqualTo(0), await final.StandardError.ReadToEndAsync());
        Assert.That(Inspect(dataDir), Is.EqualTo((after, "ok")));
    }
}
