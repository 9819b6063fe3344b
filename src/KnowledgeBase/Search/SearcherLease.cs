using Lucene.Net.Search;

namespace KnowledgeBase.Search;

/// <summary>A searcher borrowed from the <see cref="SearcherManager"/>; disposing it hands the searcher back.</summary>
public sealed class SearcherLease : IDisposable
{
    private readonly SearcherManager _manager;
    private IndexSearcher? _searcher;

    internal SearcherLease(SearcherManager manager)
    {
        _manager = manager;
        _searcher = manager.Acquire();
    }

    public IndexSearcher Searcher => _searcher ?? throw new ObjectDisposedException(nameof(SearcherLease));

    public void Dispose()
    {
        var searcher = Interlocked.Exchange(ref _searcher, null);
        if (searcher is not null) _manager.Release(searcher);
    }
}
