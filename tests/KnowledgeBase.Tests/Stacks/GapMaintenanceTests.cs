using KnowledgeBase.Stacks;
using KnowledgeBase.Tools;

namespace KnowledgeBase.Tests.Stacks;

/// <summary>
/// Abandoned projects in gap reports, on the hand-made catalog of <see cref="GapReportTests"/> with Docker archived,
/// MLflow declared unmaintained and the notebook slow (still fine to recommend).
/// </summary>
public class GapMaintenanceTests
{
    private static readonly GapCatalog Catalog = GapReportTests.Catalog with
    {
        Maintenance = new Dictionary<string, MaintenanceStatus>
        {
            ["docker"] = MaintenanceStatus.Archived,
            ["mlflow"] = MaintenanceStatus.Unmaintained,
            ["notebook"] = MaintenanceStatus.Slow,
            ["k8s"] = MaintenanceStatus.Active,
        },
    };

    private static GapReport Report(params (string Tool, string Component)[] picks) =>
        GapReport.For(Catalog, picks.Select(p => new ToolPick(p.Tool, p.Component)));

    [Test]
    public void Archived_and_unmaintained_tools_are_never_offered_for_a_gap()
    {
        var report = Report(("k8s", "cluster"));

        Assert.That(report.Candidates["containers"].Select(c => c.Slug), Is.EqualTo(new[] { "k8s" }), "Docker would come first, but it is archived");
        Assert.That(report.Candidates["registry"].Select(c => c.Slug), Is.EqualTo(new[] { "notebook" }), "MLflow is unmaintained; a slow project still counts");
        Assert.That(report.Candidates["tracking"].Select(c => c.Slug), Is.EqualTo(new[] { "notebook" }));
    }

    [Test]
    public void Without_maintenance_records_the_same_gaps_offer_every_tool()
    {
        var report = GapReport.For(GapReportTests.Catalog, [new ToolPick("k8s", "cluster")]);
        Assert.That(report.Candidates["containers"].Select(c => c.Slug), Is.EqualTo(new[] { "docker", "k8s" }));
        Assert.That(report.Warnings, Is.Empty);
    }

    [Test]
    public void A_stack_using_an_abandoned_tool_is_warned_once_per_tool()
    {
        var report = Report(("docker", "containers"), ("mlflow", "registry"), ("mlflow", "tracking"), ("k8s", "cluster"), ("notebook", "wiki"));

        Assert.That(report.Warnings.Select(w => w.Text), Is.EqualTo(new[]
        {
            "Docker: the repository is archived",
            "MLflow: the repository says it is no longer maintained",
        }));
    }

    [Test]
    public void A_stack_of_maintained_tools_gets_no_warning() =>
        Assert.That(Report(("k8s", "cluster"), ("notebook", "wiki")).Warnings, Is.Empty);
}
