using KnowledgeBase.Requirements;
using KnowledgeBase.Stacks;
using KnowledgeBase.Tools;

namespace KnowledgeBase.Tests.Stacks;

/// <summary>The gap rules on a hand-made catalog of two layers, five components and four tools.</summary>
public class GapReportTests
{
    private static readonly CoverageLevel Full = CoverageLevel.Full, Partial = CoverageLevel.Partial;

    internal static readonly GapCatalog Catalog = new(
        [new GapLayer("infra", "Infrastructure", 1), new GapLayer("models", "Model management", 2), new GapLayer("people", "Collaboration", 3)],
        [
            new GapComponent("containers", "Containers", "infra"),
            new GapComponent("cluster", "Cluster", "infra"),
            new GapComponent("registry", "Model registry", "models"),
            new GapComponent("tracking", "Experiment tracking", "models"),
            new GapComponent("wiki", "Wiki", "people"),
        ],
        [
            new GapCoverage("docker", "containers", Full),
            new GapCoverage("k8s", "cluster", Full),
            new GapCoverage("k8s", "containers", Partial),
            new GapCoverage("mlflow", "registry", Full),
            new GapCoverage("mlflow", "tracking", Full),
            new GapCoverage("notebook", "tracking", Partial),
            new GapCoverage("notebook", "registry", Partial),
            new GapCoverage("notebook", "wiki", Partial),
        ],
        new Dictionary<string, string> { ["docker"] = "Docker", ["k8s"] = "Kubernetes", ["mlflow"] = "MLflow", ["notebook"] = "Notebook" },
        [
            new GapPipeline("deploy", "Deployment", [new GapStage(1, "Register", ["registry"]), new GapStage(2, "Package", ["containers"]), new GapStage(3, "Run", ["cluster"])]),
        ],
        [
            new GapRequirement("INF-01", "Images", "infra", Priority.Must, ["containers"]),
            new GapRequirement("INF-02", "Cluster", "infra", Priority.Should, ["cluster", "containers"]),
            new GapRequirement("MOD-01", "Registry", "models", Priority.Must, ["registry"]) { Tags = ["registry"] },
            new GapRequirement("MOD-02", "Tracking and registry", "models", Priority.Could, ["tracking", "registry"]),
        ]);

    private static GapReport Report(params (string Tool, string Component)[] picks) =>
        GapReport.For(Catalog, picks.Select(p => new ToolPick(p.Tool, p.Component)));

    [Test]
    public void A_requirement_is_met_when_every_component_it_concerns_is_fully_covered()
    {
        var report = Report(("docker", "containers"), ("k8s", "cluster"));
        Assert.That(Status(report, "INF-02"), Is.EqualTo(Fulfilment.Met));
    }

    [Test]
    public void A_requirement_is_partly_met_when_some_component_is_covered_at_any_level()
    {
        Assert.That(Status(Report(("docker", "containers")), "INF-02"), Is.EqualTo(Fulfilment.Partly), "one of two components fully covered");
        Assert.That(Status(Report(("k8s", "containers")), "INF-01"), Is.EqualTo(Fulfilment.Partly), "its only component partly covered");
    }

    [Test]
    public void A_requirement_is_unmet_when_none_of_its_components_is_covered()
    {
        var report = Report(("docker", "containers"));
        Assert.That(Status(report, "MOD-01"), Is.EqualTo(Fulfilment.Unmet));
        Assert.That(GapReport.Judge([], new Dictionary<string, CoverageLevel>()), Is.EqualTo(Fulfilment.Unmet), "no components: nothing shows it met");
    }

    [Test]
    public void A_component_takes_the_best_level_among_the_stack_tools_placed_on_it()
    {
        var report = Report(("k8s", "containers"), ("docker", "containers"));
        var containers = report.Components.Single(c => c.Slug == "containers");
        Assert.That(containers.Level, Is.EqualTo(Full));
        Assert.That(containers.Tools.Select(t => t.Name), Is.EqualTo(new[] { "Docker", "Kubernetes" }), "full coverage listed first");
    }

    [Test]
    public void Uncovered_partly_covered_and_overlapping_components_are_listed()
    {
        var report = Report(("k8s", "containers"), ("notebook", "tracking"), ("mlflow", "tracking"), ("notebook", "registry"));
        Assert.That(report.Uncovered.Select(c => c.Slug), Is.EqualTo(new[] { "cluster", "wiki" }));
        Assert.That(report.PartlyCovered.Select(c => c.Slug), Is.EqualTo(new[] { "containers", "registry" }), "tracking has a full tool too");
        Assert.That(report.Overlaps.Select(c => c.Slug), Is.EqualTo(new[] { "tracking" }));
        Assert.That(report.CoveredCount, Is.EqualTo(3));
    }

    [Test]
    public void A_tool_the_stack_places_on_a_component_it_does_not_cover_counts_for_nothing()
    {
        var report = Report(("docker", "registry"));
        Assert.That(report.Components.Single(c => c.Slug == "registry").Level, Is.Null);
    }

    [Test]
    public void A_pipeline_stage_is_a_gap_when_none_of_its_components_is_covered()
    {
        var report = Report(("k8s", "containers"));
        var gap = report.PipelineGaps.Single();
        Assert.That(gap.UncoveredStages.Select(s => s.Name), Is.EqualTo(new[] { "Register", "Run" }), "a partly covered stage is not a gap");
        Assert.That(Report(("mlflow", "registry"), ("docker", "containers"), ("k8s", "cluster")).PipelineGaps, Is.Empty);
    }

    [Test]
    public void Layer_scores_count_partly_met_as_half_and_the_overall_score_is_the_weakest_layer()
    {
        // infra: INF-01 met, INF-02 partly (cluster uncovered); models: both partly, through the notebook alone.
        var report = Report(("docker", "containers"), ("notebook", "registry"));
        var infra = report.Layers.Single(l => l.Slug == "infra");
        var models = report.Layers.Single(l => l.Slug == "models");
        Assert.That((infra.Met, infra.Partly, infra.Unmet, infra.Score), Is.EqualTo((1, 1, 0, 0.75)));
        Assert.That((models.Met, models.Partly, models.Unmet, models.Score), Is.EqualTo((0, 2, 0, 0.5)));
        Assert.That(report.Overall, Is.EqualTo(0.5));
        Assert.That(report.WeakestLayers.Select(l => l.Slug), Is.EqualTo(new[] { "models" }));
    }

    [Test]
    public void A_layer_without_requirements_has_no_score_and_does_not_drag_the_overall_score_down()
    {
        var report = Report(("docker", "containers"), ("k8s", "cluster"), ("mlflow", "registry"), ("mlflow", "tracking"));
        Assert.That(report.Layers.Single(l => l.Slug == "people").Score, Is.Null);
        Assert.That(report.Overall, Is.EqualTo(1.0));
        Assert.That(report.WeakestLayers.Select(l => l.Slug), Is.EqualTo(new[] { "infra", "models" }), "a tie names every weakest layer");
    }

    [Test]
    public void An_empty_stack_scores_zero_and_has_no_overall_score_without_requirements()
    {
        Assert.That(Report().Overall, Is.EqualTo(0.0));
        var bare = Catalog with { Requirements = [] };
        Assert.That(GapReport.For(bare, []).Overall, Is.Null);
    }

    [Test]
    public void Candidates_for_an_uncovered_component_rank_full_before_partial_then_broader_tools_first()
    {
        var report = Report(("docker", "containers"));
        Assert.That(report.Candidates["tracking"].Select(c => (c.Slug, c.Level)), Is.EqualTo(new[] { ("mlflow", Full), ("notebook", Partial) }));
        Assert.That(report.Candidates["registry"].Select(c => c.Slug), Is.EqualTo(new[] { "mlflow", "notebook" }));
        Assert.That(report.Candidates.ContainsKey("containers"), Is.False, "covered components need no candidates");
    }

    [Test]
    public void Among_equal_levels_the_tool_covering_more_components_comes_first_and_stack_tools_are_marked()
    {
        var catalog = Catalog with { Coverage = [.. Catalog.Coverage, new GapCoverage("docker", "wiki", Partial)] };
        var report = GapReport.For(catalog, [new ToolPick("docker", "containers")]);
        Assert.That(report.Candidates["wiki"].Select(c => (c.Slug, c.Breadth, c.AlreadyInStack)),
            Is.EqualTo(new[] { ("notebook", 3, false), ("docker", 2, true) }));
    }

    private static Fulfilment Status(GapReport report, string code) => report.Requirements.Single(r => r.Code == code).Status;
}
