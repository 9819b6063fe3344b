using KnowledgeBase.Interchange;
using KnowledgeBase.Requirements;

namespace KnowledgeBase.Synthetic;

/// <summary>Requirements of each layer, traced to one to four sources and concerning one to three of its components.</summary>
internal static class SyntheticRequirements
{
    public static void Add(CatalogSnapshot c, Random random, Vocabulary words, int count)
    {
        var layers = c.Layers.OrderBy(l => l.Order).ToArray();
        var components = c.Components.ToLookup(x => x.LayerSlug, x => x.Slug);
        var sources = c.Sources.Select(s => s.Slug).ToArray();
        for (var i = 1; i <= count; i++)
        {
            var layer = layers[i % layers.Length];
            // Codes must be 2-5 capitals, a dash and 2-3 digits; 'S' plus the layer's letter keeps them apart from real ones.
            var code = $"S{(char)('A' + layer.Order % 26)}-{1 + i / layers.Length:D3}";
            c.Requirements.Add(new Requirement
            {
                Code = code, LayerSlug = layer.Slug,
                Title = SyntheticTools.Sentence(words.Words(random, random.Next(3, 8)))[..^1],
                Statement = "The platform shall " + words.Words(random, random.Next(15, 45)) + ".",
                Kind = random.Next(4) == 0 ? RequirementKind.Quality : RequirementKind.Functional,
                Priority = (Priority)random.Next(3),
                Tags = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => words.SampleContentWord(random)).Distinct(StringComparer.Ordinal)],
            });
            foreach (var source in SyntheticCatalog.Pick(random, sources, random.Next(1, 5)))
                c.RequirementSources.Add(new RequirementSource { RequirementCode = code, SourceSlug = source, Note = SyntheticTools.Sentence(words.Words(random, 12)) });
            foreach (var component in SyntheticCatalog.Pick(random, [.. components[layer.Slug]], random.Next(1, 4)))
                c.RequirementComponents.Add(new RequirementComponent { RequirementCode = code, ComponentSlug = component });
        }
    }
}
