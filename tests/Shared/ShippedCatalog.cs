using KnowledgeBase.Interchange;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// The catalog in the repository's <c>data/</c> and <c>literature/</c>, read once, so tests count from it
/// instead of hard-coding figures that the next curation batch changes.
/// </summary>
public static class ShippedCatalog
{
    private static readonly Lazy<CatalogSnapshot> Read = new(() =>
    {
        var result = CatalogReader.Read(Repository.Data, Repository.Literature);
        if (!result.IsValid) throw new InvalidOperationException("the shipped catalog does not validate: " + result.Errors[0]);
        return result.Snapshot;
    });

    public static CatalogSnapshot Snapshot => Read.Value;

    public static int Requirements => Snapshot.Requirements.Count;
}
