using Lucene.Net.Index;

namespace KnowledgeBase.Search;

/// <summary>Telling a damaged index apart from a bug in our code.</summary>
internal static class IndexDamage
{
    /// <summary>
    /// Failures that reading a damaged index can cause. Lucene reports damage as <see cref="IOException"/>
    /// (<see cref="CorruptIndexException"/>, <see cref="EndOfStreamException"/>, <see cref="FileNotFoundException"/>),
    /// but a file overwritten at an unlucky byte can make its decoders fail first, with these other types.
    /// A closed reader or writer is not damage.
    /// </summary>
    public static bool MayBe(Exception e) =>
        e is not ObjectDisposedException &&
        e is IOException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException;

    /// <summary>
    /// Whether <paramref name="reader"/> fails its checksums. Run after a failure that <see cref="MayBe"/> damage: a
    /// reader that passes was read correctly, so the failure was a bug and must not be hidden as damage.
    /// </summary>
    public static bool IsConfirmedIn(IndexReader reader)
    {
        try
        {
            foreach (var leaf in reader.Leaves)
                leaf.AtomicReader.CheckIntegrity();
            return false;
        }
        catch (Exception e) when (MayBe(e))
        {
            return true;
        }
    }
}
