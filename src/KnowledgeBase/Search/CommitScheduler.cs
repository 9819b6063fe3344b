using Lucene.Net.Index;

namespace KnowledgeBase.Search;

/// <summary>
/// Batches commits of small updates: a commit is fsync-heavy, so edits within <see cref="Delay"/> share one.
/// Readers do not wait for it; near-real-time searchers already see the changes.
/// </summary>
internal sealed class CommitScheduler : IDisposable
{
    private readonly IndexWriter _writer;
    private readonly object _gate;
    private readonly Action<Exception> _failed;
    private readonly Timer _timer;
    private bool _pending;
    private bool _disposed;

    /// <param name="failed">
    /// Told when a batched commit fails. The commit runs on a timer, where an exception would end the process;
    /// a commit that fails on damaged files is reported instead, and the index is rebuilt.
    /// </param>
    public CommitScheduler(IndexWriter writer, object writeGate, TimeSpan delay, Action<Exception> failed)
    {
        _writer = writer;
        _gate = writeGate;
        _failed = failed;
        Delay = delay;
        _timer = new Timer(_ => CommitOnTimer(), null, Timeout.Infinite, Timeout.Infinite);
    }

    public TimeSpan Delay { get; }

    /// <summary>Asks for a commit soon; repeated calls before it runs cost nothing.</summary>
    public void Request()
    {
        lock (_gate)
        {
            if (_disposed || _pending) return;
            _pending = true;
            _timer.Change(Delay, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Commits now if anything is waiting; called by the timer and on shutdown.</summary>
    public void CommitNow()
    {
        lock (_gate)
        {
            if (!_pending || _disposed) return;
            _pending = false;
            _writer.Commit();
        }
    }

    /// <summary>A full rebuild commits by itself: forget any pending request.</summary>
    public void Cancel()
    {
        lock (_gate)
        {
            _pending = false;
            if (!_disposed) _timer.Change(Timeout.Infinite, Timeout.Infinite);
        }
    }

    /// <summary>Stops without committing: the writer is being thrown away.</summary>
    public void Abandon()
    {
        Cancel();
        lock (_gate) _disposed = true;
        _timer.Dispose();
    }

    public void Dispose()
    {
        try
        {
            CommitNow();
        }
        finally
        {
            Abandon();
        }
    }

    private void CommitOnTimer()
    {
        try
        {
            CommitNow();
        }
        catch (Exception e) when (IndexDamage.MayBe(e) || e is ObjectDisposedException)
        {
            _failed(e);
        }
    }
}
