using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using KnowledgeBase.Synthetic;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Synthetic;

/// <summary>The benchmark catalog generator: valid files of the asked size, the same bytes for the same seed.</summary>
public class SyntheticCatalogTests
{
    private static readonly CatalogSize Small = new(Notes: 300, Tools: 400, Requirements: 120, Stacks: 10);

    private static CatalogLocation Shipped => new(Repository.Data, Repository.Literature);

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes, StringComparer.Ordinal);

    [Test]
    public void The_written_catalog_reads_back_without_errors_and_has_the_asked_totals()
    {
        using var temp = new TempDirectory();
        var written = SyntheticCatalog.Write(SyntheticCatalog.Generate(Shipped, Small), temp.Path);

        var read = CatalogReader.Read(written.DataDir, written.LiteratureDir);

        Assert.That(read.Errors.Select(e => e.ToString()), Is.Empty);
        var c = read.Snapshot;
        Assert.That((c.Sources.Count, c.Tools.Count, c.Requirements.Count, c.Stacks.Count), Is.EqualTo((300, 400, 120, 10)));
        Assert.That(c.Tools.Select(t => t.Slug).Except(c.Coverage.Select(x => x.ToolSlug)), Is.Empty, "every tool covers a component");
        Assert.That(c.Requirements.Select(r => r.Code).Except(c.RequirementSources.Select(x => x.RequirementCode)), Is.Empty, "every requirement is traced");
        Assert.That(c.Checklist.Select(x => x.StackSlug).Distinct().Count(), Is.GreaterThanOrEqualTo(3), "stacks with a checklist");
    }

    [Test]
    public void Synthetic_notes_have_bodies_of_realistic_length_and_varied_front_matter()
    {
        var notes = SyntheticCatalog.Generate(Shipped, Small).Sources.Where(s => s.Slug.StartsWith("synthetic-", StringComparison.Ordinal)).ToList();

        var words = notes.Select(n => n.Note.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length).ToList();
        Assert.That(words.Min(), Is.GreaterThanOrEqualTo(150));
        Assert.That(words.Max(), Is.GreaterThan(500));
        Assert.That(notes.Select(n => n.Kind).Distinct().Count(), Is.GreaterThanOrEqualTo(4));
        Assert.That(notes.Select(n => n.Identifiers[0].Scheme).Distinct(), Is.EquivalentTo(new[] { "doi", "arxiv", "url" }));
        Assert.That(notes.Count(n => n.Difficulties.Count == 0), Is.InRange(1, notes.Count / 2), "some notes leave fields out");
    }

    [Test]
    public void The_same_seed_writes_the_same_bytes_and_another_seed_does_not()
    {
        using var temp = new TempDirectory();
        var first = SyntheticCatalog.Write(SyntheticCatalog.Generate(Shipped, Small, seed: 7), temp.Combine("a"));
        var second = SyntheticCatalog.Write(SyntheticCatalog.Generate(Shipped, Small, seed: 7), temp.Combine("b"));
        var other = SyntheticCatalog.Write(SyntheticCatalog.Generate(Shipped, Small, seed: 8), temp.Combine("c"));

        Assert.That(Files(temp.Combine("b")), Is.EqualTo(Files(temp.Combine("a"))));
        Assert.That(File.ReadAllBytes(Path.Combine(other.LiteratureDir, "..", "data", "tools.csv")),
            Is.Not.EqualTo(File.ReadAllBytes(Path.Combine(first.DataDir, "tools.csv"))));
        Assert.That(second.LiteratureDir, Does.EndWith("literature"));
    }

    [Test]
    public async Task The_written_catalog_imports_and_exports_byte_for_byte()
    {
        using var temp = new TempDirectory();
        var written = SyntheticCatalog.Write(SyntheticCatalog.Generate(Shipped, Small), temp.Combine("in"));
        var directory = new DataDirectory(temp.Combine("kb")).Create();
        await using (var db = CatalogDatabase.Open(directory))
        {
            await CatalogDatabase.MigrateAsync(db);
            Assert.That((await CatalogImporter.ImportFilesAsync(db, written.DataDir, written.LiteratureDir)).Select(e => e.ToString()), Is.Empty);
            await CatalogExporter.ExportAsync(db, temp.Combine("out"));
        }

        Assert.That(Files(temp.Combine("out")), Is.EqualTo(Files(temp.Combine("in"))));
    }
}
