using KnowledgeBase.Storage;

namespace KnowledgeBase.Web.Cli;

/// <summary>The start of every verb that reads an imported catalog: the database must exist; it is migrated before use.</summary>
internal static class ExistingCatalog
{
    /// <summary>The migrated database of <paramref name="directory"/>, or null (with the reason on stderr) when nothing was imported there.</summary>
    public static async Task<CatalogDbContext?> OpenAsync(DataDirectory directory, TextWriter error, CancellationToken ct)
    {
        if (!File.Exists(directory.DatabasePath))
        {
            await error.WriteLineAsync($"{directory.DatabasePath}:0: no catalog database here; run 'kb import' first");
            return null;
        }
        var db = CatalogDatabase.Open(directory);
        await CatalogDatabase.MigrateAsync(db, ct);
        return db;
    }
}
