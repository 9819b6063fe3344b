using KnowledgeBase.Interchange;

namespace KnowledgeBase.Synthetic;

/// <summary>
/// A realistic catalog of a chosen size, the same for the same seed: the base catalog (normally the shipped one)
/// with synthetic literature notes, tools, requirements and stacks added until the totals are reached. The
/// architecture (layers, components, pipelines) is the base catalog's, so pages and gap reports look like the
/// real ones; text is drawn from the words of the base catalog's notes.
/// </summary>
public static class SyntheticCatalog
{
    /// <summary>Reads the base catalog and grows it; throws when the base catalog itself does not read cleanly.</summary>
    public static CatalogSnapshot Generate(CatalogLocation baseCatalog, CatalogSize size, int seed = 42)
    {
        var read = CatalogReader.Read(baseCatalog.DataDir, baseCatalog.LiteratureDir);
        if (!read.IsValid)
            throw new InvalidOperationException("the base catalog has errors; first: " + read.Errors[0]);
        return Grow(read.Snapshot, size, seed);
    }

    /// <summary>Adds synthetic entities to <paramref name="catalog"/> (changed in place) up to the totals of <paramref name="size"/>.</summary>
    public static CatalogSnapshot Grow(CatalogSnapshot catalog, CatalogSize size, int seed = 42)
    {
        // One generator per entity type, each with its own seed: changing the number of tools does not change the
        // text of the notes, so runs at different sizes stay comparable.
        var words = Vocabulary.FromNotes(catalog.Sources.Select(s => s.Note));
        SyntheticTools.Add(catalog, new Random(seed), words, size.Tools - catalog.Tools.Count);
        SyntheticSources.Add(catalog, new Random(seed + 1), words, size.Notes - catalog.Sources.Count);
        SyntheticRequirements.Add(catalog, new Random(seed + 2), words, size.Requirements - catalog.Requirements.Count);
        SyntheticStacks.Add(catalog, new Random(seed + 3), words, size.Stacks - catalog.Stacks.Count);
        return catalog;
    }

    /// <summary>Writes the catalog as <c>data/</c> and <c>literature/</c> under <paramref name="folder"/>, in the shipped formats.</summary>
    public static CatalogLocation Write(CatalogSnapshot catalog, string folder)
    {
        var location = new CatalogLocation(Path.Combine(folder, "data"), Path.Combine(folder, "literature"));
        CatalogWriter.Write(catalog, location.DataDir, location.LiteratureDir);
        return location;
    }

    /// <summary>The catalog of the repository this program runs from (found by walking up to KnowledgeBase.sln).</summary>
    public static CatalogLocation RepositoryCatalog()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeBase.sln")))
                return new CatalogLocation(Path.Combine(dir.FullName, "data"), Path.Combine(dir.FullName, "literature"));
        throw new InvalidOperationException("run from inside the repository, or name the base catalog");
    }

    /// <summary>Picks up to <paramref name="count"/> distinct items.</summary>
    internal static IEnumerable<T> Pick<T>(Random random, IReadOnlyList<T> from, int count) =>
        Enumerable.Range(0, count).Select(_ => from[random.Next(from.Count)]).Distinct();

    internal static T OneOf<T>(Random random, IReadOnlyList<T> from) => from[random.Next(from.Count)];
}
