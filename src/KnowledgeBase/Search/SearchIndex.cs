using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace KnowledgeBase.Search;

/// <summary>
/// The index on disk and the one long-lived <see cref="IndexWriter"/> over it. Reads go through near-real-time
/// searchers leased from a <see cref="SearcherManager"/>; writes are serialised and their commits batched.
/// Register one per data directory (a singleton) and dispose it on shutdown.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private readonly object _writeGate = new();
    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly CommitScheduler _commits;
    private bool _disposed;

    private SearchIndex(string path, TimeSpan commitDelay)
    {
        Path = path;
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        Analyzer = SearchAnalyzers.Create();
        var found = IndexDirectoryState.Inspect(_directory);
        if (!found.Usable) Clear(_directory);
        OpenProblem = found.Problem;
        CatalogVersion = found.CatalogVersion;

        _writer = new IndexWriter(_directory, new IndexWriterConfig(IndexSchema.Version, Analyzer)
        {
            OpenMode = found.Usable ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE,
            // A full rebuild of ten thousand notes then flushes a handful of segments, not dozens.
            RAMBufferSizeMB = 64,
        });
        if (!found.Usable) _writer.Commit(); // an empty but valid index, so searchers can open before the first rebuild
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new SearcherFactory());
        _commits = new CommitScheduler(_writer, _writeGate, commitDelay);
    }

    /// <summary>Opens (or creates) the index; a missing, unreadable or damaged one is replaced by an empty index.</summary>
    /// <exception cref="LockObtainFailedException">another process (a running site) holds the index.</exception>
    public static SearchIndex Open(string path, TimeSpan? commitDelay = null) => new(path, commitDelay ?? TimeSpan.FromSeconds(1));

    public string Path { get; }

    /// <summary>The analyzer the index was written with; query parsing and snippets must use the same one.</summary>
    public Analyzer Analyzer { get; }

    /// <summary>The catalog version of the last rebuild, or null when the index has never been built.</summary>
    public long? CatalogVersion { get; private set; }

    /// <summary>Why the index found on disk could not be used (missing, damaged), or null when it was fine.</summary>
    public string? OpenProblem { get; }

    public bool IsCurrentFor(long catalogVersion) => CatalogVersion == catalogVersion;

    /// <summary>Borrows the current searcher; dispose the lease as soon as the hits are read.</summary>
    public SearcherLease Lease()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new SearcherLease(_searchers);
    }

    /// <summary>
    /// Replaces the whole index in one commit. Searchers keep seeing the old contents until the new ones are
    /// complete, so a reader never observes a half-built index.
    /// </summary>
    public int Replace(IReadOnlyCollection<SearchDocument> documents, long catalogVersion)
    {
        lock (_writeGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _commits.Cancel();
            _writer.DeleteAll();
            // The writer indexes on several threads at once (one segment buffer each): analysis is the slow part.
            Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                document => _writer.AddDocument(LuceneDocuments.From(document)));
            _writer.SetCommitData(new Dictionary<string, string>
            {
                [IndexSchema.CatalogVersionKey] = catalogVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [IndexSchema.LayoutKey] = IndexSchema.Layout,
            });
            _writer.Commit();
            CatalogVersion = catalogVersion;
            _searchers.MaybeRefreshBlocking();
            return documents.Count;
        }
    }

    /// <summary>Adds or replaces one entity; visible to the next lease at once, committed shortly after.</summary>
    public void Upsert(SearchDocument document)
    {
        lock (_writeGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writer.UpdateDocument(new Term(IndexSchema.Id, document.Id), LuceneDocuments.From(document));
            _searchers.MaybeRefreshBlocking();
            _commits.Request();
        }
    }

    public void Delete(string type, string key)
    {
        lock (_writeGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writer.DeleteDocuments(new Term(IndexSchema.Id, SearchDocument.IdOf(type, key)));
            _searchers.MaybeRefreshBlocking();
            _commits.Request();
        }
    }

    /// <summary>Commits pending updates now instead of waiting for the batch.</summary>
    public void Commit() => _commits.CommitNow();

    public void Dispose()
    {
        lock (_writeGate)
        {
            if (_disposed) return;
            _commits.Dispose(); // the last batch first, while the writer is open
            _disposed = true;
        }
        _searchers.Dispose();
        _writer.Dispose();
        Analyzer.Dispose();
        _directory.Dispose();
    }

    /// <summary>Removes a damaged index's files, holding the write lock so a running site's index is never touched.</summary>
    private static void Clear(FSDirectory directory)
    {
        using var writeLock = directory.MakeLock(IndexWriter.WRITE_LOCK_NAME);
        if (!writeLock.Obtain())
            throw new LockObtainFailedException("the search index is in use by another process: " + directory.Directory.FullName);
        foreach (var file in directory.ListAll().Where(f => f != IndexWriter.WRITE_LOCK_NAME))
            directory.DeleteFile(file);
    }
}
