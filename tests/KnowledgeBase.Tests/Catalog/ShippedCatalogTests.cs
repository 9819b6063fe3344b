using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Tools;

namespace KnowledgeBase.Tests.Catalog;

/// <summary>Checks over the catalog the repository ships.</summary>
public class ShippedCatalogTests
{
    private static readonly Lazy<CatalogReadResult> Shipped = new(() => CatalogReader.Read(Repository.Data, Repository.Literature));

    private static CatalogSnapshot Catalog => Shipped.Value.Snapshot;

    [Test]
    public void The_shipped_catalog_is_valid() => Assert.That(Shipped.Value.Errors.Select(e => e.ToString()), Is.Empty);

    [Test]
    public async Task Import_then_export_reproduces_the_shipped_files_byte_for_byte()
    {
        using var temp = new TempDirectory();
        var directory = new DataDirectory(temp.Combine("kb")).Create();
        await using (var db = CatalogDatabase.Open(directory))
        {
            await CatalogDatabase.MigrateAsync(db);
            Assert.That(await CatalogImporter.ImportFilesAsync(db, Repository.Data, Repository.Literature), Is.Empty);
            await CatalogExporter.ExportAsync(db, temp.Combine("out"));
        }

        foreach (var folder in new[] { "data", "literature" })
        {
            var expected = Directory.GetFiles(Path.Combine(Repository.Root, folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            var actual = Directory.GetFiles(temp.Combine("out", folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.That(actual, Is.EqualTo(expected), folder);
            foreach (var file in expected)
                Assert.That(File.ReadAllBytes(temp.Combine("out", folder, file!)), Is.EqualTo(File.ReadAllBytes(Path.Combine(Repository.Root, folder, file!))), $"{folder}/{file}");
        }
    }

    [Test]
    public void At_least_250_tool_relations_ship_and_both_ends_of_each_are_catalog_tools()
    {
        var tools = Catalog.Tools.Select(t => t.Slug).ToHashSet();
        Assert.That(Catalog.ToolRelations, Has.Count.GreaterThanOrEqualTo(250));
        Assert.That(Catalog.ToolRelations.Where(r => !tools.Contains(r.ToolSlug) || !tools.Contains(r.OtherSlug))
            .Select(r => $"{r.ToolSlug} {r.Kind} {r.OtherSlug}"), Is.Empty);
        Assert.That(Catalog.ToolRelations.Select(r => r.Kind).Distinct(), Is.SupersetOf(new[] { ToolRelationKind.IntegratesWith, ToolRelationKind.AlternativeTo, ToolRelationKind.PartOf }));
    }

    [Test]
    public void Every_integration_names_its_evidence_or_says_how_the_tools_fit()
    {
        Assert.That(Catalog.ToolRelations.Where(r => r.Kind == ToolRelationKind.IntegratesWith && r.Evidence is null && r.Note is null)
            .Select(r => $"{r.ToolSlug} {r.OtherSlug}"), Is.Empty);
        Assert.That(Catalog.ToolRelations.Where(r => r.Evidence is not null && !r.Evidence.StartsWith("https://", StringComparison.Ordinal))
            .Select(r => r.Evidence), Is.Empty, "evidence links are https");
    }

    [Test]
    public void Every_component_has_a_tool()
    {
        var covered = Catalog.Coverage.Select(c => c.ComponentSlug).ToHashSet();
        Assert.That(Catalog.Components.Where(c => !covered.Contains(c.Slug)).Select(c => c.Slug), Is.Empty);
    }

    [Test]
    public void Every_tool_covers_a_component()
    {
        var covering = Catalog.Coverage.Select(c => c.ToolSlug).ToHashSet();
        Assert.That(Catalog.Tools.Where(t => !covering.Contains(t.Slug)).Select(t => t.Slug), Is.Empty);
    }

    [Test]
    public void Every_requirement_is_traced_to_a_source_and_concerns_a_component()
    {
        var traced = Catalog.RequirementSources.Select(r => r.RequirementCode).ToHashSet();
        var linked = Catalog.RequirementComponents.Select(r => r.RequirementCode).ToHashSet();
        Assert.That(Catalog.Requirements.Where(r => !traced.Contains(r.Code)).Select(r => r.Code), Is.Empty, "without a source");
        Assert.That(Catalog.Requirements.Where(r => !linked.Contains(r.Code)).Select(r => r.Code), Is.Empty, "without a component");
    }

    [Test]
    public void Every_pipeline_has_at_least_four_stages() =>
        Assert.That(Catalog.Pipelines.Where(p => Catalog.Stages.Count(s => s.PipelineSlug == p.Slug) < 4).Select(p => p.Slug), Is.Empty);

    [Test]
    public void Every_source_has_a_title_a_kind_and_an_identifier() =>
        Assert.That(Catalog.Sources.Where(s => string.IsNullOrWhiteSpace(s.Title) || s.Kind is null || s.Identifiers.Count == 0).Select(s => s.Slug), Is.Empty);

    [Test]
    public void No_two_tools_share_a_homepage() =>
        Assert.That(Catalog.Tools.Where(t => t.Homepage is not null).GroupBy(t => t.Homepage!.TrimEnd('/').ToLowerInvariant())
            .Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty);

    [Test]
    public void The_catalog_is_big_enough_to_be_useful()
    {
        Assert.That(Catalog.Layers, Has.Count.GreaterThanOrEqualTo(9));
        Assert.That(Catalog.Components, Has.Count.GreaterThanOrEqualTo(45));
        Assert.That(Catalog.Pipelines, Has.Count.GreaterThanOrEqualTo(6));
        Assert.That(Catalog.Requirements, Has.Count.GreaterThanOrEqualTo(32));
        Assert.That(Catalog.Sources, Has.Count.GreaterThanOrEqualTo(40));
    }

    [Test]
    public void Pipelines_share_components_so_the_transit_map_has_interchanges()
    {
        var linesPerStation = Catalog.StageComponents.GroupBy(s => s.ComponentSlug).Select(g => g.Select(s => s.PipelineSlug).Distinct().Count());
        Assert.That(linesPerStation.Count(n => n > 1), Is.GreaterThanOrEqualTo(5));
    }

    /// <summary>The tools the seed documents name; each must be in the catalog with documented coverage.</summary>
    private static readonly string[] SeedTools =
    [
        "kubeflow", "mlflow", "tensorflow-extended", "seldon-core", "bentoml", "kserve", "feast", "argo-workflows", "dagster",
        "metaflow", "dvc", "cml", "ansible", "docker", "kubernetes", "istio", "jira", "trello", "github", "visual-studio-code",
        "jenkins", "travis-ci", "junit", "sonarqube", "spinnaker", "prometheus", "grafana", "amazon-sagemaker",
    ];

    [Test]
    public void Every_tool_the_seeds_name_is_in_the_catalog_with_evidence_for_each_coverage_row()
    {
        var slugs = Catalog.Tools.Select(t => t.Slug).ToHashSet();
        Assert.That(SeedTools.Where(s => !slugs.Contains(s)), Is.Empty, "missing");
        var withoutEvidence = Catalog.Coverage.Where(c => SeedTools.Contains(c.ToolSlug) && c.Evidence is null).Select(c => $"{c.ToolSlug}/{c.ComponentSlug}");
        Assert.That(withoutEvidence, Is.Empty);
    }

    [Test]
    public void Coverage_matches_what_practitioners_expect()
    {
        CoverageLevel? Level(string tool, string component) => Catalog.Coverage.FirstOrDefault(c => c.ToolSlug == tool && c.ComponentSlug == component)?.Level;
        Assert.That(Level("mlflow", "experiment-tracking"), Is.EqualTo(CoverageLevel.Full));
        Assert.That(Level("mlflow", "model-registry"), Is.EqualTo(CoverageLevel.Full));
        Assert.That(Level("mlflow", "model-serving"), Is.EqualTo(CoverageLevel.Partial));
        Assert.That(Catalog.Coverage.Where(c => c.ToolSlug == "feast").Select(c => c.ComponentSlug), Is.EqualTo(new[] { "feature-store" }));
    }

    [Test]
    public void Every_component_has_two_tools_where_the_catalog_can_offer_them() =>
        Assert.That(Catalog.Components.Where(c => Catalog.Coverage.Count(x => x.ComponentSlug == c.Slug) < 2).Select(c => c.Slug), Is.Empty);

    [Test]
    public void The_catalog_has_enough_tools_stacks_and_sources()
    {
        Assert.That(Catalog.Tools, Has.Count.GreaterThanOrEqualTo(120));
        Assert.That(Catalog.Stacks, Has.Count.GreaterThanOrEqualTo(6));
        Assert.That(Catalog.Sources, Has.Count.GreaterThanOrEqualTo(40));
    }
}
