using KnowledgeBase.Interchange;
using KnowledgeBase.Synthetic;

namespace KnowledgeBase.Bench;

/// <summary>
/// The shipped architecture (10 layers, 61 components, 6 pipelines) with tools and requirements up to the design's
/// synthetic scale (1,000 tools, 500 requirements), from the shared generator; seeded, so every run measures the
/// same catalog. Notes are not needed here, so only the shipped ones are kept.
/// </summary>
internal static class SyntheticCatalog
{
    /// <summary>A generated stack with a checklist item for every requirement (the generator gives every other stack one).</summary>
    public const string Stack = "synthetic-stack-002";

    public static CatalogSnapshot Build(int seed = 42) =>
        KnowledgeBase.Synthetic.SyntheticCatalog.Generate(KnowledgeBase.Synthetic.SyntheticCatalog.RepositoryCatalog(),
            new CatalogSize(Notes: 0, Tools: 1_000, Requirements: 500, Stacks: 10), seed);
}
