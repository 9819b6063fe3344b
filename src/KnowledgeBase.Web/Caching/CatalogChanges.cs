using System.Globalization;
using System.Numerics;

namespace KnowledgeBase.Web.Caching;

/// <summary>
/// Counters that move whenever a part of the catalog in SQLite may have changed: a write through the site moves
/// those of the areas it wrote, an import by <c>kb import</c> beside it moves them all. A cached page is keyed by
/// the counters of the areas it reads, so a change makes every page that could show it unreachable at once, and
/// leaves the others warm, without tracking which page shows which row.
/// </summary>
public sealed class CatalogChanges
{
    private static readonly CatalogAreas[] Each = Enum.GetValues<CatalogAreas>().Where(a => BitOperations.IsPow2((int)a)).ToArray();

    private readonly long[] _generations = new long[Each.Length];
    private long _lastSeenVersion = -1;

    public void Changed(CatalogAreas areas)
    {
        for (var i = 0; i < Each.Length; i++)
            if ((areas & Each[i]) != 0) Interlocked.Increment(ref _generations[i]);
    }

    /// <summary>The counters of <paramref name="areas"/>, as one key: it differs after any change to one of them.</summary>
    public string Stamp(CatalogAreas areas)
    {
        var parts = new List<string>(Each.Length);
        for (var i = 0; i < Each.Length; i++)
            if ((areas & Each[i]) != 0) parts.Add(Interlocked.Read(ref _generations[i]).ToString(CultureInfo.InvariantCulture));
        return string.Join('.', parts);
    }

    /// <summary>Records the catalog version found in the database; a different one than last time is a change.</summary>
    public void Observe(long catalogVersion)
    {
        if (Interlocked.Exchange(ref _lastSeenVersion, catalogVersion) != catalogVersion) Changed(CatalogAreas.All);
    }
}
