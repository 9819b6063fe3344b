using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace KnowledgeBase.Search;

/// <summary>What is on disk before the writer opens: nothing, a readable index (and its catalog version), or damage.</summary>
internal sealed record IndexDirectoryState(bool Usable, long? CatalogVersion, string? Problem)
{
    public static IndexDirectoryState Inspect(LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory))
            return new IndexDirectoryState(false, null, "no index yet");
        try
        {
            var infos = new SegmentInfos();
            infos.Read(directory);
            using (var reader = DirectoryReader.Open(directory))
            {
                // Opening reads headers only; a truncated stored-fields file shows up when the checksums are verified.
                foreach (var leaf in reader.Leaves)
                    leaf.AtomicReader.CheckIntegrity();
            }
            if (!infos.UserData.TryGetValue(IndexSchema.LayoutKey, out var layout) || layout != IndexSchema.Layout)
                return new IndexDirectoryState(true, null, "index was written with another field layout");
            return infos.UserData.TryGetValue(IndexSchema.CatalogVersionKey, out var text) && long.TryParse(text, out var version)
                ? new IndexDirectoryState(true, version, null)
                : new IndexDirectoryState(true, null, "index has no catalog version");
        }
        catch (Exception e) when (IndexDamage.MayBe(e))
        {
            return new IndexDirectoryState(false, null, "index is damaged: " + e.Message);
        }
    }
}
