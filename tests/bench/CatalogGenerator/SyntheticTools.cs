using KnowledgeBase.Interchange;
using KnowledgeBase.Tools;

namespace KnowledgeBase.Synthetic;

/// <summary>Tools that each fill one to five components, mostly of one layer, as real tools do.</summary>
internal static class SyntheticTools
{
    private static readonly string[] Suffixes = ["flow", "ops", "hub", "lake", "serve", "watch", "forge", "stack", "base", "kit"];
    private static readonly string[] Licenses = ["Apache-2.0", "Apache-2.0", "Apache-2.0", "MIT", "MIT", "BSD-3-Clause", "MPL-2.0", "AGPL-3.0-only", "proprietary"];

    public static void Add(CatalogSnapshot c, Random random, Vocabulary words, int count)
    {
        var componentsByLayer = c.Components.GroupBy(x => x.LayerSlug).Select(g => g.Select(x => x.Slug).ToArray()).ToArray();
        var allComponents = c.Components.Select(x => x.Slug).ToArray();
        var tags = c.Tools.SelectMany(t => t.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        for (var i = 1; i <= count; i++)
        {
            var slug = $"synthetic-tool-{i:D4}";
            var license = SyntheticCatalog.OneOf(random, Licenses);
            var kind = license == "proprietary" ? (random.Next(2) == 0 ? ToolKind.ManagedService : ToolKind.Commercial) : ToolKind.OpenSource;
            c.Tools.Add(new Tool
            {
                Slug = slug,
                Name = $"{words.Title(random, 1)}{SyntheticCatalog.OneOf(random, Suffixes)} {i}",
                Homepage = $"https://example.org/tools/{slug}",
                Repository = kind == ToolKind.OpenSource ? $"https://example.org/git/{slug}" : null,
                License = license,
                Kind = kind,
                Vendor = $"Vendor {random.Next(1, 120)}",
                Summary = Sentence(words.Words(random, random.Next(20, 50))),
                Tags = [.. SyntheticCatalog.Pick(random, tags, random.Next(1, 4)).Append(words.SampleContentWord(random)).Distinct(StringComparer.Ordinal)],
            });

            // Two tools in three stay within one layer; the rest reach into others (platforms, suites).
            var home = SyntheticCatalog.OneOf(random, componentsByLayer);
            var covered = SyntheticCatalog.Pick(random, random.Next(3) > 0 ? home : allComponents, random.Next(1, 6));
            foreach (var component in covered)
                c.Coverage.Add(new ToolCoverage
                {
                    ToolSlug = slug, ComponentSlug = component, Level = random.Next(3) == 0 ? CoverageLevel.Partial : CoverageLevel.Full,
                    Evidence = random.Next(2) == 0 ? $"https://example.org/tools/{slug}/docs/{component}" : null,
                });
        }
    }

    internal static string Sentence(string words) => char.ToUpperInvariant(words[0]) + words[1..] + ".";
}
