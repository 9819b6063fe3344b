using System.Diagnostics;
using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Search;

/// <summary>Builds the search index from SQLite: after every import, and on start when the index is missing, damaged or stale.</summary>
public sealed class CatalogIndexer(SearchIndex index)
{
    public async Task<IndexReport> RebuildAsync(CatalogDbContext db, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        long version;
        IReadOnlyList<SearchDocument> documents;
        // One read transaction: under write-ahead logging the version and the rows come from the same snapshot.
        // Deferred, so it takes no lock: EF's own BeginTransaction is BEGIN IMMEDIATE, SQLite's write lock, which
        // would hold every form being saved back for the whole read.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var snapshot = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
            await using (await db.Database.UseTransactionAsync(snapshot, cancellationToken))
            {
                version = await CatalogDatabase.VersionAsync(db, cancellationToken);
                documents = await CatalogDocuments.LoadAsync(db, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return Replace(documents, version, clock);
    }

    /// <summary>
    /// Builds the index from a catalog just imported (by the caller, into the database at <paramref name="catalogVersion"/>)
    /// instead of reading ten thousand notes back from SQLite.
    /// </summary>
    public IndexReport RebuildFrom(CatalogSnapshot imported, long catalogVersion)
    {
        var clock = Stopwatch.StartNew();
        return Replace(CatalogDocuments.From(imported), catalogVersion, clock);
    }

    private IndexReport Replace(IReadOnlyList<SearchDocument> documents, long version, Stopwatch clock)
    {
        index.Replace((IReadOnlyCollection<SearchDocument>)documents, version);
        var counts = SearchTypes.All.ToDictionary(t => t, t => documents.Count(d => d.Type == t), StringComparer.Ordinal);
        return new IndexReport(counts, documents.Count, version, clock.Elapsed);
    }


    /// <summary>Rebuilds only when the index was not built from the catalog version in the database; null when it was current.</summary>
    public async Task<IndexReport?> EnsureCurrentAsync(CatalogDbContext db, CancellationToken cancellationToken = default) =>
        index.IsCurrentFor(await CatalogDatabase.VersionAsync(db, cancellationToken)) ? null : await RebuildAsync(db, cancellationToken);
}

/// <summary>What a rebuild wrote: documents per type, the catalog version and how long it took.</summary>
public sealed record IndexReport(IReadOnlyDictionary<string, int> Counts, int Total, long CatalogVersion, TimeSpan Elapsed)
{
    public override string ToString() =>
        $"indexed {string.Join(", ", SearchTypes.All.Select(t => $"{Counts.GetValueOrDefault(t)} {SearchTypes.PluralLabel(t).ToLowerInvariant()}"))} " +
        $"({Total} documents, catalog version {CatalogVersion}) in {Elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} s";
}
