using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using KnowledgeBase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Tests.Interchange;

public class ImportTests
{
    private TempDirectory _temp = null!;
    private SmallCatalog _catalog = null!;
    private DataDirectory _directory = null!;

    [SetUp]
    public void SetUp()
    {
        _temp = new TempDirectory();
        _catalog = new SmallCatalog(_temp.Combine("files"));
        _directory = new DataDirectory(_temp.Combine("kb")).Create();
    }

    [TearDown]
    public void TearDown() => _temp.Dispose();

    private async Task<IReadOnlyList<ImportError>> ImportAsync()
    {
        await using var db = CatalogDatabase.Open(_directory);
        await CatalogDatabase.MigrateAsync(db);
        return await CatalogImporter.ImportFilesAsync(db, _catalog.DataDir, _catalog.LiteratureDir);
    }

    private async Task<string> DumpAsync()
    {
        await using var db = CatalogDatabase.Open(_directory);
        using var export = new TempDirectory();
        await CatalogExporter.ExportAsync(db, export.Path);
        return string.Join("\n", Directory.EnumerateFiles(export.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Path.GetFileName(f) + "\n" + File.ReadAllText(f)));
    }

    [Test]
    public async Task The_database_uses_write_ahead_logging_and_foreign_keys()
    {
        await ImportAsync();
        await using var db = CatalogDatabase.Open(_directory);
        await db.Database.OpenConnectionAsync();
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode; ";
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo("wal"));
        command.CommandText = "PRAGMA foreign_keys;";
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(1L));
        Assert.That(await db.Database.GetAppliedMigrationsAsync(), Is.Not.Empty);
    }

    [Test]
    public async Task A_catalog_with_one_bad_file_leaves_the_database_exactly_as_it_was()
    {
        Assert.That(await ImportAsync(), Is.Empty);
        var before = await DumpAsync();

        _catalog.Write("tools.csv", "slug,name,homepage,repository,license,kind,vendor,summary,tags\nmlflow,MLflow 2,,,,open-source,,,\nnew-tool,New,,,,open-source,,,\n");
        _catalog.Note("broken", "---\ntitle: T\nrating: 9\n---\n");
        var errors = await ImportAsync();

        Assert.That(errors.Single().ToString(), Does.EndWith("broken.md:3: 'rating' must be a whole number from 1 to 5, not '9'"));
        Assert.That(await DumpAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Import_updates_rows_in_place_adds_new_ones_and_removes_those_that_disappeared()
    {
        await ImportAsync();
        _catalog.Write("tools.csv", "slug,name,homepage,repository,license,kind,vendor,summary,tags\nmlflow,MLflow renamed,https://mlflow.org,,Apache-2.0,open-source,,,\nbentoml,BentoML,,,,open-source,,,\n");
        _catalog.Write("stack_tools.csv", "stack,tool,component\n");
        _catalog.Write("tool_coverage.csv", "tool,component,level,evidence\nbentoml,containers,partial,\n");
        Assert.That(await ImportAsync(), Is.Empty);

        await using var db = CatalogDatabase.Open(_directory);
        Assert.That(await db.Tools.OrderBy(t => t.Slug).Select(t => t.Name).ToListAsync(), Is.EqualTo(new[] { "BentoML", "MLflow renamed" }));
        Assert.That(await db.ToolCoverage.Select(c => c.ToolSlug + "/" + c.ComponentSlug).ToListAsync(), Is.EqualTo(new[] { "bentoml/containers" }));
        Assert.That((await db.CatalogState.SingleAsync()).Version, Is.EqualTo(2));
    }

    [Test]
    public async Task A_note_that_disappeared_is_removed_with_its_traces()
    {
        _catalog.Note("second", "---\ntitle: \"Second\"\n---\n");
        _catalog.Write("requirement_sources.csv", "requirement,source,note\nMOD-01,kumara-2022,Section 4\nMOD-01,second,\n");
        Assert.That(await ImportAsync(), Is.Empty);

        File.Delete(Path.Combine(_catalog.LiteratureDir, "second.md"));
        _catalog.Write("requirement_sources.csv", "requirement,source,note\nMOD-01,kumara-2022,Section 4\n");
        Assert.That(await ImportAsync(), Is.Empty);

        await using var db = CatalogDatabase.Open(_directory);
        Assert.That(await db.Sources.Select(s => s.Slug).ToListAsync(), Is.EqualTo(new[] { "kumara-2022" }));
        Assert.That(await db.RequirementSources.CountAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task Importing_the_same_files_twice_changes_nothing()
    {
        await ImportAsync();
        var first = await DumpAsync();
        Assert.That(await ImportAsync(), Is.Empty);
        Assert.That(await DumpAsync(), Is.EqualTo(first));
    }

    [Test]
    public async Task Changed_identifiers_and_tags_of_a_source_are_stored()
    {
        await ImportAsync();
        _catalog.Note("kumara-2022", "---\ntitle: \"K\"\nidentifiers:\n  - url: \"https://example.org\"\ntags:\n  - \"x\"\n  - \"y\"\n---\n");
        await ImportAsync();
        await using var db = CatalogDatabase.Open(_directory);
        var source = await db.Sources.SingleAsync();
        Assert.That(source.Identifiers.Select(i => i.Value), Is.EqualTo(new[] { "https://example.org" }));
        Assert.That(source.Tags, Is.EqualTo(new[] { "x", "y" }));
    }
}
