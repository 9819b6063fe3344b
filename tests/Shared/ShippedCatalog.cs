using KnowledgeBase.Architecture.Transit;
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

    /// <summary>The pipelines as transit lines, stages in order and a stage's components in file order, as the site reads them.</summary>
    public static TransitNetwork Network()
    {
        var s = Snapshot;
        return new TransitNetwork(
            s.Layers.Select(l => new TransitZone(l.Slug, l.Name, l.Order)).ToList(),
            s.Components.Select(c => new TransitStop(c.Slug, c.Name, c.LayerSlug)).ToList(),
            s.Pipelines.OrderBy(p => p.Order).Select(p => new TransitLine(p.Slug, p.Name, p.Color,
                s.StageComponents.Where(c => c.PipelineSlug == p.Slug).OrderBy(c => c.StageOrder).ThenBy(c => c.Position)
                    .Select(c => c.ComponentSlug).ToList())).ToList());
    }
}
