using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace KnowledgeBase.Search;

/// <summary>
/// The index on disk and the one long-lived <see cref="IndexWriter"/> over it. Reads go through near-real-time
/// searchers leased from a <see cref="Lucene.Net.Search.SearcherManager"/>; writes are serialised and their
/// commits batched. Register one per data directory (a singleton) and dispose it on shutdown.
/// Damage found while the process runs is reported here (<see cref="ReportDamage"/>); whoever keeps the index
/// current (the site's search startup) then calls <see cref="StartOver"/> and rebuilds it from SQLite.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private readonly object _writeGate = new();
    // Held briefly to lease a searcher and while one opening replaces another, so no lease comes from an abandoned one.
    private readonly object _openingGate = new();
    private readonly SemaphoreSlim _damageReported = new(0);
    private readonly FSDirectory _directory;
    private readonly TimeSpan _commitDelay;
    private LiveIndex _live;
    private string? _damage;
    private bool _disposed;

    private SearchIndex(string path, TimeSpan commitDelay)
    {
        Path = path;
        _commitDelay = commitDelay;
        System.IO.Directory.CreateDirectory(path);
        // Plain reads, not the memory-mapped files FSDirectory.Open picks here: a mapped file that is truncated
        // while the site runs crashes the whole process on the next read, where a read past the end of a plain
        // file is an IOException that a search can answer with a message.
        _directory = new BufferedFileDirectory(new DirectoryInfo(path));
        Analyzer = SearchAnalyzers.Create();
        var found = IndexDirectoryState.Inspect(_directory);
        if (!found.Usable) Clear(_directory);
        OpenProblem = found.Problem;
        CatalogVersion = found.CatalogVersion;
        _live = Open(create: !found.Usable);
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

    /// <summary>
    /// Why the index was found damaged while running, or null while it is sound. Stays set until a complete
    /// rebuild has replaced every searchable file, so searches until then can say their results may be incomplete.
    /// </summary>
    public string? Damage => Volatile.Read(ref _damage);

    public bool IsCurrentFor(long catalogVersion) => CatalogVersion == catalogVersion;

    /// <summary>
    /// Borrows the current searcher; dispose the lease as soon as the hits are read. Null while there is none: a
    /// start-over after damage failed part way and waits to be retried.
    /// </summary>
    public SearcherLease? TryLease()
    {
        lock (_openingGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _live.Abandoned ? null : new SearcherLease(_live.Searchers);
        }
    }

    /// <summary>
    /// Replaces the whole index in one commit. Searchers keep seeing the old contents until the new ones are
    /// complete, so a reader never observes a half-built index.
    /// </summary>
    public int Replace(IReadOnlyCollection<SearchDocument> documents, long catalogVersion) => Write(live =>
    {
        live.Commits.Cancel();
        live.Writer.DeleteAll();
        // The writer indexes on several threads at once (one segment buffer each): analysis is the slow part.
        Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            document => live.Writer.AddDocument(LuceneDocuments.From(document)));
        live.Writer.SetCommitData(new Dictionary<string, string>
        {
            [IndexSchema.CatalogVersionKey] = catalogVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [IndexSchema.LayoutKey] = IndexSchema.Layout,
        });
        live.Writer.Commit();
        CatalogVersion = catalogVersion;
        live.Searchers.MaybeRefreshBlocking();
        // Every file searches read from now on was written by this rebuild.
        Volatile.Write(ref _damage, null);
        return documents.Count;
    });

    /// <summary>Adds or replaces one entity; visible to the next lease at once, committed shortly after.</summary>
    public void Upsert(SearchDocument document) => Write(live =>
    {
        live.Writer.UpdateDocument(new Term(IndexSchema.Id, IndexSchema.Exact(document.Id)), LuceneDocuments.From(document));
        live.Searchers.MaybeRefreshBlocking();
        live.Commits.Request();
        return 1;
    });

    public void Delete(string type, string key) => Write(live =>
    {
        live.Writer.DeleteDocuments(new Term(IndexSchema.Id, IndexSchema.Exact(SearchDocument.IdOf(type, key))));
        live.Searchers.MaybeRefreshBlocking();
        live.Commits.Request();
        return 1;
    });

    /// <summary>Commits pending updates now instead of waiting for the batch.</summary>
    public void Commit() => Write(live =>
    {
        live.Commits.CommitNow();
        return 0;
    });

    /// <summary>Records that the running index is damaged (a search or a write failed on it) and wakes <see cref="WaitForDamageAsync"/>.</summary>
    public void ReportDamage(string reason)
    {
        if (Interlocked.CompareExchange(ref _damage, reason, null) is null)
            _damageReported.Release();
    }

    /// <summary>Waits until damage is reported or <paramref name="timeout"/> passes; true when damage was reported.</summary>
    public Task<bool> WaitForDamageAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _damageReported.WaitAsync(timeout, cancellationToken);

    /// <summary>
    /// Looks for damage nobody has run into yet: files of the last commit gone from the folder (deleted under the
    /// running process, whose open files still read fine), or a current searcher that fails its checksums.
    /// Null when the index is sound.
    /// </summary>
    public string? FindDamage()
    {
        lock (_writeGate) // no commit of ours may delete the last commit's files while they are looked for
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_live.Abandoned) return "the index was abandoned after damage and not yet reopened";
            try
            {
                var commit = DirectoryReader.ListCommits(_directory)[^1];
                var present = _directory.ListAll().ToHashSet(StringComparer.Ordinal);
                var missing = commit.FileNames.Where(f => !present.Contains(f)).ToList();
                if (missing.Count > 0) return "files are missing from the index folder: " + string.Join(", ", missing.Take(5));
            }
            catch (Exception e) when (IndexDamage.MayBe(e))
            {
                return "the index folder cannot be read: " + e.Message;
            }
            using var lease = new SearcherLease(_live.Searchers);
            return IndexDamage.IsConfirmedIn(lease.Searcher.IndexReader) ? "the index fails its checksums" : null;
        }
    }

    /// <summary>
    /// Abandons the current writer and searchers without committing, deletes the index files and opens an empty
    /// index. Searches find nothing until the next <see cref="Replace"/>, and <see cref="Damage"/> stays set until then.
    /// </summary>
    public void StartOver(string reason)
    {
        lock (_writeGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Interlocked.CompareExchange(ref _damage, reason, null);
            CatalogVersion = null;
            lock (_openingGate)
            {
                // The whole folder may be what went missing: the writer's rollback lists it, and the rebuild writes
                // into it. Lucene asks its DirectoryInfo, which remembers the folder as gone until refreshed.
                System.IO.Directory.CreateDirectory(Path);
                _directory.Directory.Refresh();
                _live.Abandon();
                Clear(_directory);
                _live = Open(create: true);
            }
        }
    }

    public void Dispose()
    {
        lock (_writeGate)
        {
            if (_disposed) return;
            lock (_openingGate) _disposed = true;
            if (Damage is not null || _live.Abandoned)
                _live.Abandon(); // nothing is committed on top of damage; the next start checks the files and rebuilds
            else
                CloseOrAbandon(_live);
        }
        Analyzer.Dispose();
        _directory.Dispose();
        _damageReported.Dispose();
    }

    /// <summary>The orderly close commits the last batch; when that fails on damage nobody had noticed, the writer is rolled back so its lock is released.</summary>
    private static void CloseOrAbandon(LiveIndex live)
    {
        try
        {
            live.Close();
        }
        catch (Exception e) when (IndexDamage.MayBe(e))
        {
            live.Abandon();
        }
    }

    /// <summary>Runs one change on the writer. A writer that failed may hold half a change or have closed itself: it is not trusted again.</summary>
    private T Write<T>(Func<LiveIndex, T> change)
    {
        lock (_writeGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            try
            {
                return change(_live);
            }
            catch (Exception e)
            {
                ReportDamage("writing to the index failed: " + e.Message);
                throw;
            }
        }
    }

    private LiveIndex Open(bool create) =>
        new(_directory, Analyzer, create, _writeGate, _commitDelay, e => ReportDamage("a batched commit failed: " + e.Message));

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
