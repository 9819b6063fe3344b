using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Storage;

/// <summary>
/// Keeps EF Core's migration lock from outliving a killed process. For SQLite, EF Core locks migrations with a row in
/// <c>__EFMigrationsLock</c> and waits for that row to go away, without a time limit; a process killed while it held
/// the row (a <c>kb import</c> stopped with SIGKILL during start-up) left every later start hanging forever.
/// Here an operating-system file lock beside the database serialises migrations instead: the OS drops it when its
/// holder dies, so whoever holds it knows any lock row left in the table is stale and may delete it.
/// </summary>
internal static class MigrationGuard
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);

    public static async Task<IDisposable> AcquireAsync(string databasePath, CancellationToken cancellationToken)
    {
        var path = databasePath + ".migrate-lock";
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None takes an exclusive advisory lock on Unix (and a sharing lock on Windows). The file
                // stays after use: deleting it on close would let a waiter lock the deleted file while a third
                // process locks a new one.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (waited.Elapsed < GiveUpAfter)
            {
                await Task.Delay(100, cancellationToken); // another process is migrating this database right now
            }
            catch (IOException e)
            {
                throw new IOException($"{databasePath}: another process has been migrating this database for {GiveUpAfter.TotalMinutes:0} minutes; is a 'kb' process stuck?", e);
            }
        }
    }

    /// <summary>Deletes a lock row left by a process that died holding it; call only while holding the guard.</summary>
    public static async Task ClearStaleLockAsync(DbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(cancellationToken);
        try
        {
            await using DbCommand exists = connection.CreateCommand();
            exists.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock';";
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0) return;
            await using DbCommand clear = connection.CreateCommand();
            clear.CommandText = "DELETE FROM \"__EFMigrationsLock\";";
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }
}
