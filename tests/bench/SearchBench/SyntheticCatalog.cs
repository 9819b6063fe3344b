using KnowledgeBase.Interchange;
using KnowledgeBase.Synthetic;

namespace SearchBench;

/// <summary>The catalog at the scale of DESIGN §8 (10,000 sources, 1,000 tools, 500 requirements) from the shared generator.</summary>
internal static class SyntheticCatalog
{
    public static CatalogSnapshot Create(int seed = 42) =>
        KnowledgeBase.Synthetic.SyntheticCatalog.Generate(KnowledgeBase.Synthetic.SyntheticCatalog.RepositoryCatalog(), new CatalogSize(), seed);
}
