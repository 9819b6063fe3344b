using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace KnowledgeBase.Search;

/// <summary>
/// The index as this process has it open: the one writer, the near-real-time searchers over it and the batched
/// commits. A damaged index is not patched: <see cref="SearchIndex"/> abandons the whole opening and opens a
/// fresh one on an empty folder.
/// </summary>
internal sealed class LiveIndex
{
    public LiveIndex(LuceneDirectory directory, Analyzer analyzer, bool create, object writeGate, TimeSpan commitDelay, Action<Exception> commitFailed)
    {
        Writer = new IndexWriter(directory, new IndexWriterConfig(IndexSchema.Version, analyzer)
        {
            OpenMode = create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            // A full rebuild of ten thousand notes then flushes a handful of segments, not dozens.
            RAMBufferSizeMB = 64,
        });
        if (create) Writer.Commit(); // an empty but valid index, so searchers can open before the first rebuild
        Searchers = new SearcherManager(Writer, applyAllDeletes: true, new SearcherFactory());
        Commits = new CommitScheduler(Writer, writeGate, commitDelay, commitFailed);
    }

    public IndexWriter Writer { get; }

    public SearcherManager Searchers { get; }

    public CommitScheduler Commits { get; }

    /// <summary>True once <see cref="Abandon"/> has begun: the writer and searchers are closed or closing.</summary>
    public bool Abandoned { get; private set; }

    /// <summary>The orderly close on shutdown: the last batch committed while the writer is open, then searchers, then the writer.</summary>
    public void Close()
    {
        Commits.Dispose();
        Searchers.Dispose();
        Writer.Dispose();
    }

    /// <summary>
    /// Closes without committing anything: what the writer holds may rest on damaged files. Rolling back releases
    /// the write lock even when it fails part way. Searches still holding a lease finish on the old reader.
    /// </summary>
    public void Abandon()
    {
        Abandoned = true;
        Commits.Abandon();
        try
        {
            Searchers.Dispose();
        }
        finally
        {
            Writer.Rollback();
        }
    }
}
