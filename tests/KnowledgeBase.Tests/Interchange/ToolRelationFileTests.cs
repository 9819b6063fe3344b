using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Tools;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Tests.Interchange;

/// <summary>data/tool_relations.csv: every check with its line, and the way through SQLite and back.</summary>
public class ToolRelationFileTests
{
    private const string Header = "tool,relation,other,note,evidence\n";
    private TempDirectory _temp = null!;
    private SmallCatalog _catalog = null!;

    [SetUp]
    public void SetUp()
    {
        _temp = new TempDirectory();
        _catalog = new SmallCatalog(_temp.Combine("files"));
        _catalog.Write("tools.csv", SmallCatalog.Files["tools.csv"] +
            "kserve,KServe,,,Apache-2.0,open-source,,Serves models,\nknative-serving,Knative Serving,,,Apache-2.0,open-source,,Scales to zero,\n");
    }

    [TearDown]
    public void TearDown() => _temp.Dispose();

    private string RelationsPath => Path.Combine(_catalog.DataDir, "tool_relations.csv");

    private List<string> Errors(string rows)
    {
        _catalog.Write("tool_relations.csv", Header + rows);
        return CatalogReader.Read(_catalog.DataDir, _catalog.LiteratureDir).Errors.Select(e => e.ToString()).ToList();
    }

    [Test]
    public void Valid_relations_are_read_with_their_kind_note_and_evidence()
    {
        _catalog.Write("tool_relations.csv", Header +
            "knative-serving,integrates-with,kserve,serverless mode,https://kserve.github.io/website/\nkserve,alternative-to,mlflow,,\n");
        var result = CatalogReader.Read(_catalog.DataDir, _catalog.LiteratureDir);
        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Snapshot.ToolRelations.Select(r => (r.ToolSlug, r.Kind, r.OtherSlug, r.Note, r.Evidence)), Is.EqualTo(new[]
        {
            ("knative-serving", ToolRelationKind.IntegratesWith, "kserve", (string?)"serverless mode", (string?)"https://kserve.github.io/website/"),
            ("kserve", ToolRelationKind.AlternativeTo, "mlflow", null, null),
        }));
    }

    [Test]
    public void An_unknown_tool_at_either_end_names_the_line()
    {
        Assert.That(Errors("kserve,integrates-with,mlflow,,\nkserve,part-of,kubeflow,,\nnope,alternative-to,mlflow,,\n"), Is.EqualTo(new[]
        {
            $"{RelationsPath}:3:3: unknown tool 'kubeflow'",
            $"{RelationsPath}:4:1: unknown tool 'nope'",
        }));
    }

    [Test]
    public void An_unknown_relation_lists_the_kinds_there_are()
    {
        var error = Errors("kserve,depends-on,mlflow,,\n").Single();
        Assert.That(error, Does.StartWith($"{RelationsPath}:2:2: 'depends-on' is not one of integrates-with, alternative-to, part-of"));
    }

    [Test]
    public void A_tool_related_to_itself_is_refused() =>
        Assert.That(Errors("kserve,integrates-with,mlflow,,\nmlflow,part-of,mlflow,,\n"),
            Is.EqualTo(new[] { $"{RelationsPath}:3:3: 'mlflow' cannot be related to itself" }));

    [Test]
    public void The_same_relation_twice_is_a_duplicate() =>
        Assert.That(Errors("kserve,part-of,mlflow,,\nkserve,part-of,mlflow,again,\n"),
            Is.EqualTo(new[] { $"{RelationsPath}:3:3: duplicate 'kserve part-of mlflow' (first on line 2)" }));

    [Test]
    public void A_symmetric_relation_written_from_the_other_end_is_a_duplicate() =>
        Assert.That(Errors("kserve,integrates-with,mlflow,,\nmlflow,integrates-with,kserve,,\n"),
            Is.EqualTo(new[] { $"{RelationsPath}:3:3: duplicate 'kserve integrates-with mlflow' (a symmetric relation reads both ways) (first on line 2)" }));

    [Test]
    public void A_directed_relation_may_run_both_ways_but_a_symmetric_one_is_written_in_slug_order()
    {
        Assert.That(Errors("kserve,part-of,mlflow,,\nmlflow,part-of,kserve,,\n"), Is.Empty, "two directed facts, not one");
        Assert.That(Errors("mlflow,alternative-to,kserve,,\n"),
            Is.EqualTo(new[] { $"{RelationsPath}:2:1: 'alternative-to' reads both ways and is written once with the tools in slug order: 'kserve,alternative-to,mlflow'" }));
    }

    [TestCase("javascript:alert(1)")]
    [TestCase("docs/page.html")]
    public void Evidence_that_is_not_an_http_url_is_refused(string evidence) =>
        Assert.That(Errors($"kserve,integrates-with,mlflow,,{evidence}\n"),
            Is.EqualTo(new[] { $"{RelationsPath}:2:5: '{evidence}' is not an http(s) URL" }));

    [Test]
    public async Task Validate_reports_relation_errors_and_an_import_then_writes_nothing()
    {
        _catalog.Write("tool_relations.csv", Header + "kserve,integrates-with,nope,,\n");
        using var kb = new TempDirectory();
        var directory = new DataDirectory(kb.Path).Create();
        await using var db = CatalogDatabase.Open(directory);
        await CatalogDatabase.MigrateAsync(db);
        var errors = await CatalogImporter.ImportFilesAsync(db, _catalog.DataDir, _catalog.LiteratureDir);
        Assert.That(errors.Select(e => e.ToString()), Is.EqualTo(new[] { $"{RelationsPath}:2:3: unknown tool 'nope'" }));
        Assert.That(await db.Tools.CountAsync(), Is.Zero, "nothing imported");
    }

    [Test]
    public async Task Relations_survive_import_and_export_byte_for_byte_and_leave_with_their_tool()
    {
        var text = Header + "knative-serving,integrates-with,kserve,\"serverless mode, with \"\"scale to zero\"\"\",https://kserve.github.io/website/\n" +
                   "kserve,alternative-to,mlflow,,\nkserve,part-of,knative-serving,,\n";
        _catalog.Write("tool_relations.csv", text);
        var directory = new DataDirectory(_temp.Combine("kb")).Create();
        await using (var db = CatalogDatabase.Open(directory))
        {
            await CatalogDatabase.MigrateAsync(db);
            Assert.That(await CatalogImporter.ImportFilesAsync(db, _catalog.DataDir, _catalog.LiteratureDir), Is.Empty);
            await CatalogExporter.ExportAsync(db, _temp.Combine("out"));
        }
        Assert.That(File.ReadAllText(_temp.Combine("out", "data", "tool_relations.csv")), Is.EqualTo(text));

        // The tool goes, and its relations with it: the files stay valid, so the import succeeds.
        _catalog.Write("tools.csv", SmallCatalog.Files["tools.csv"] + "kserve,KServe,,,Apache-2.0,open-source,,Serves models,\n");
        _catalog.Write("tool_relations.csv", Header + "kserve,alternative-to,mlflow,,\n");
        await using (var db = CatalogDatabase.Open(directory))
        {
            Assert.That(await CatalogImporter.ImportFilesAsync(db, _catalog.DataDir, _catalog.LiteratureDir), Is.Empty);
            Assert.That(await db.ToolRelations.Select(r => r.ToolSlug + " " + r.OtherSlug).ToListAsync(), Is.EqualTo(new[] { "kserve mlflow" }));
        }
    }
}
