namespace KnowledgeBase.Web.Caching;

/// <summary>
/// A counter that moves whenever the catalog in SQLite may have changed: a write through the site, or an import
/// by <c>kb import</c> beside it. Cached pages are keyed by it, so a change makes every cached page unreachable
/// at once, without tracking which page shows which row.
/// </summary>
public sealed class CatalogChanges
{
    private long _generation;
    private long _lastSeenVersion = -1;

    public long Generation => Interlocked.Read(ref _generation);

    public void Changed() => Interlocked.Increment(ref _generation);

    /// <summary>Records the catalog version found in the database; a different one than last time is a change.</summary>
    public void Observe(long catalogVersion)
    {
        if (Interlocked.Exchange(ref _lastSeenVersion, catalogVersion) != catalogVersion) Changed();
    }
}
