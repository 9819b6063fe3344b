using KnowledgeBase.History;
using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using KnowledgeBase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Tests.History;

/// <summary>What <c>kb import</c> records: nothing for the first catalog, then one change per source or tool the files changed.</summary>
public class ImportHistoryTests
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

    private async Task<List<Change>> ImportAsync()
    {
        await using var db = CatalogDatabase.Open(_directory);
        await CatalogDatabase.MigrateAsync(db);
        Assert.That(await CatalogImporter.ImportFilesAsync(db, _catalog.DataDir, _catalog.LiteratureDir), Is.Empty);
        return await db.Changes.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
    }

    [Test]
    public async Task The_first_import_records_nothing_and_the_same_files_again_record_nothing()
    {
        Assert.That(await ImportAsync(), Is.Empty);
        Assert.That(await ImportAsync(), Is.Empty, "an import of unchanged files changes nothing");
    }

    [Test]
    public async Task A_changed_tool_an_added_tool_and_a_dropped_source_are_recorded_field_by_field()
    {
        await ImportAsync();
        var tools = SmallCatalog.Files["tools.csv"].Replace("Tracks experiments", "Tracks experiments and models", StringComparison.Ordinal)
                    + "feast,Feast,https://feast.dev,,Apache-2.0,open-source,,Feature store,features\n";
        _catalog.Write("tools.csv", tools);
        _catalog.Write("tool_coverage.csv", SmallCatalog.Files["tool_coverage.csv"] + "feast,containers,partial,\n");
        var extra = Path.Combine(_catalog.LiteratureDir, "extra-2024.md");
        _catalog.Note("extra-2024", "---\ntitle: Extra\nkind: paper\n---\nBody\n");
        await ImportAsync();
        File.Delete(extra);

        var changes = await ImportAsync();

        var byKey = changes.ToLookup(c => (c.EntityKind, c.EntityKey));
        var mlflow = byKey[(EntityKinds.Tool, "mlflow")].Single();
        Assert.That(mlflow.Action, Is.EqualTo(ChangeAction.Updated));
        Assert.That(mlflow.Actor, Is.EqualTo(ChangeActors.Import));
        Assert.That(mlflow.Origin, Is.EqualTo(ChangeOrigin.Import));
        Assert.That(mlflow.Fields, Is.EqualTo(new[] { new FieldChange("summary", "Tracks experiments", "Tracks experiments and models") }));
        var feast = byKey[(EntityKinds.Tool, "feast")].Single();
        Assert.That(feast.Action, Is.EqualTo(ChangeAction.Created));
        Assert.That(feast.Snapshot!["coverage"], Is.EqualTo("containers partial"));
        var added = byKey[(EntityKinds.Source, "extra-2024")].ToList();
        Assert.That(added.Select(c => c.Action), Is.EqualTo(new[] { ChangeAction.Created, ChangeAction.Deleted }));
        Assert.That(added[1].Fields.Single(f => f.Field == "title").Before, Is.EqualTo("Extra"), "a delete keeps every field, to restore from");
        Assert.That(changes, Has.Count.EqualTo(4));
    }

    [Test]
    public async Task A_renamed_layer_a_moved_component_and_a_changed_stage_are_recorded_with_their_kinds()
    {
        await ImportAsync();
        _catalog.Write("layers.csv", SmallCatalog.Files["layers.csv"].Replace("2,Model management,", "2,Model lifecycle,", StringComparison.Ordinal));
        _catalog.Write("components.csv", SmallCatalog.Files["components.csv"].Replace("containers,infrastructure,1", "containers,infrastructure,2", StringComparison.Ordinal));
        _catalog.Write("pipeline_stages.csv", SmallCatalog.Files["pipeline_stages.csv"].Replace("containers;model-registry", "model-registry;containers", StringComparison.Ordinal));

        var changes = await ImportAsync();

        Assert.That(changes.Select(c => (c.EntityKind, c.EntityKey, c.EntityName)), Is.EquivalentTo(new[]
        {
            (EntityKinds.Layer, "model-management", "Model lifecycle"),
            (EntityKinds.Component, "containers", "Containers"),
            (EntityKinds.Pipeline, "deployment", "Deployment"),
        }));
        Assert.That(changes.Single(c => c.EntityKind == EntityKinds.Layer).Fields, Is.EqualTo(new[] { new FieldChange("name", "Model management", "Model lifecycle") }));
        Assert.That(changes.Single(c => c.EntityKind == EntityKinds.Component).Fields, Is.EqualTo(new[] { new FieldChange("order", "1", "2") }));
        Assert.That(changes.Single(c => c.EntityKind == EntityKinds.Pipeline).Fields, Is.EqualTo(new[]
        {
            new FieldChange("stages", "1 Select: model-registry\n2 Package: containers, model-registry", "1 Select: model-registry\n2 Package: model-registry, containers"),
        }));
    }
}
