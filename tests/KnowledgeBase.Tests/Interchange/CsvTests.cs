using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Interchange;

public class CsvTests
{
    private TempDirectory _temp = null!;
    private SmallCatalog _catalog = null!;

    [SetUp]
    public void SetUp()
    {
        _temp = new TempDirectory();
        _catalog = new SmallCatalog(_temp.Path);
    }

    [TearDown]
    public void TearDown() => _temp.Dispose();

    private CatalogReadResult Read() => CatalogReader.Read(_catalog.DataDir, _catalog.LiteratureDir);

    [Test]
    public void The_small_catalog_is_valid()
    {
        var result = Read();
        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Snapshot.Coverage, Has.Count.EqualTo(1));
        Assert.That(result.Snapshot.StageComponents, Has.Count.EqualTo(3));
    }

    [Test]
    public void An_unknown_reference_names_file_line_and_column()
    {
        _catalog.Write("tool_coverage.csv", "tool,component,level,evidence\nmlflow,model-registry,full,\nmlflow,feature-stor,partial,\n");
        var error = Read().Errors.Single();
        Assert.That(error.ToString(), Is.EqualTo($"{Path.Combine(_catalog.DataDir, "tool_coverage.csv")}:3:2: unknown component 'feature-stor'"));
    }

    [Test]
    public void A_cell_over_its_columns_limit_is_reported_and_its_row_dropped()
    {
        var name = new string('n', FieldLimits.Name + 1);
        var tag = new string('t', FieldLimits.ForColumn("tags") + 1);
        _catalog.Write("tools.csv", "slug,name,homepage,repository,license,kind,vendor,summary,tags\n" +
            $"mlflow,{name},,,Apache-2.0,open-source,,S,\nother,Other,,,MIT,open-source,,S,{tag}\n");
        var errors = Read().Errors.Select(e => (e.Line, e.Column, e.Message)).ToList();
        Assert.That(errors, Does.Contain((2, 2, "'name' has 301 characters; the limit is 300")));
        Assert.That(errors, Does.Contain((3, 9, "'tags' has 6,101 characters; the limit is 6,100")));
    }

    [Test]
    public void A_tag_over_its_limit_is_reported_though_the_cell_is_within_its_own()
    {
        var tag = new string('t', FieldLimits.Tag + 1);
        _catalog.Write("requirements.csv", $"code,layer,title,statement,kind,priority,tags\nMOD-01,model-management,T,S,quality,could,ok;{tag}\n");
        var error = Read().Errors.Single();
        Assert.That((error.Line, error.Column), Is.EqualTo((2, 7)));
        Assert.That(error.Message, Does.StartWith("'one of the tags' has 61 characters; the limit is 60"));
    }

    [Test]
    public void An_unknown_component_inside_a_multi_valued_cell_is_reported()
    {
        _catalog.Write("pipeline_stages.csv", "pipeline,order,name,components\ndeployment,1,Select,model-registry; nope ;containers\n");
        var error = Read().Errors.Single();
        Assert.That((error.Line, error.Column, error.Message), Is.EqualTo((2, 4, "unknown component 'nope'")));
    }

    [Test]
    public void Multi_valued_cells_are_split_on_semicolons_and_trimmed()
    {
        _catalog.Write("requirements.csv", "code,layer,title,statement,kind,priority,tags\nMOD-01,model-management,T,S,quality,could, a ; b;;c \n");
        var requirement = Read().Snapshot.Requirements.Single();
        Assert.That(requirement.Tags, Is.EqualTo(new[] { "a", "b", "c" }));
    }

    [Test]
    public void Commas_quotes_and_newlines_inside_cells_survive_a_round_trip()
    {
        _catalog.Write("layers.csv", "slug,order,name,summary\ninfrastructure,1,\"Infra, \"\"core\"\"\",\"line one\nline two\"\nmodel-management,2,Model management,Models\n");
        var result = Read();
        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Snapshot.Layers[0].Name, Is.EqualTo("Infra, \"core\""));
        Assert.That(result.Snapshot.Layers[0].Summary, Is.EqualTo("line one\nline two"));
        // The next row starts on file line 4 because the quoted cell spans two lines.
        _catalog.Write("layers.csv", "slug,order,name,summary\ninfrastructure,1,A,\"x\ny\"\nBAD,2,B,\n");
        Assert.That(Read().Errors.First().Line, Is.EqualTo(4));

        using var output = new TempDirectory();
        CatalogWriter.Write(result.Snapshot, output.Combine("data"), output.Combine("literature"));
        Assert.That(File.ReadAllText(output.Combine("data", "layers.csv")),
            Is.EqualTo("slug,order,name,summary\ninfrastructure,1,\"Infra, \"\"core\"\"\",\"line one\nline two\"\nmodel-management,2,Model management,Models\n"));
    }

    [TestCase("layers.csv", "slug,order,name\ninfrastructure,1,I\n", 1, "missing column 'summary'")]
    [TestCase("layers.csv", "slug,order,name,summary,extra\n", 1, "unknown column 'extra'")]
    [TestCase("layers.csv", "slug,order,name,summary\ninfrastructure,1,I\n", 2, "expected 4 cells")]
    [TestCase("layers.csv", "slug,order,name,summary\ninfrastructure,first,I,\n", 2, "'first' is not a whole number")]
    [TestCase("layers.csv", "slug,order,name,summary\nInfra Structure,1,I,\n", 2, "not a valid slug")]
    [TestCase("tools.csv", "slug,name,homepage,repository,license,kind,vendor,summary,tags\nmlflow,MLflow,javascript:alert(1),,,open-source,,,\n", 2, "not an http(s) URL")]
    [TestCase("tools.csv", "slug,name,homepage,repository,license,kind,vendor,summary,tags\nmlflow,MLflow,,,,freeware,,,\n", 2, "'freeware' is not one of open-source, commercial, managed-service")]
    [TestCase("requirements.csv", "code,layer,title,statement,kind,priority,tags\nmod1,model-management,T,S,functional,must,\n", 2, "not a requirement code")]
    [TestCase("stack_tools.csv", "stack,tool,component\nsmall,mlflow,containers\n", 2, "does not cover component 'containers'")]
    [TestCase("checklist.csv", "stack,requirement,status,owner,note,evidence\nsmall,MOD-01,finished,,,\n", 2, "'finished' is not one of todo, in-progress, done, not-applicable")]
    [TestCase("tool_coverage.csv", "tool,component,level,evidence\nmlflow,model-registry,full,\nmlflow,model-registry,partial,\n", 3, "duplicate coverage")]
    public void A_bad_row_is_reported_with_its_line(string file, string text, int line, string message)
    {
        _catalog.Write(file, text);
        var errors = Read().Errors;
        Assert.That(errors, Is.Not.Empty);
        Assert.That(errors.Any(e => e.Line == line && e.Message.Contains(message, StringComparison.Ordinal) && e.Path.EndsWith(file, StringComparison.Ordinal)),
            string.Join("\n", errors));
    }

    [Test]
    public void Every_problem_is_reported_not_just_the_first()
    {
        _catalog.Write("components.csv", "slug,layer,order,name,summary\na,nowhere,1,A,\nb,nowhere,1,B,\n");
        _catalog.Note("broken", "no front matter");
        var errors = Read().Errors;
        Assert.That(errors.Count(e => e.Message == "unknown layer 'nowhere'"), Is.EqualTo(2));
        Assert.That(errors.Any(e => e.Path.EndsWith("broken.md", StringComparison.Ordinal)));
    }

    [Test]
    public void A_file_that_is_not_utf8_is_reported()
    {
        File.WriteAllBytes(Path.Combine(_catalog.DataDir, "layers.csv"), [0x73, 0x6c, 0x75, 0x67, 0x0a, 0xff, 0xfe, 0x0a]);
        Assert.That(Read().Errors.Any(e => e.Message.Contains("not valid UTF-8", StringComparison.Ordinal)));
    }
}
