using KnowledgeBase.Stacks;
using KnowledgeBase.Tools;

namespace KnowledgeBase.Tests.Stacks;

/// <summary>
/// How integrations with the stack's tools order the candidates for a gap, on a hand-made catalog: an orchestrator
/// gap with four candidates and a stack that already runs Airflow, dbt and Snowflake.
/// </summary>
public class CandidateRankingTests
{
    private static readonly CoverageLevel Full = CoverageLevel.Full, Partial = CoverageLevel.Partial;

    private static readonly GapCatalog Catalog = new(
        [new GapLayer("data", "Data", 1), new GapLayer("pipelines", "Pipelines", 2)],
        [
            new GapComponent("warehouse", "Warehouse", "data"),
            new GapComponent("transform", "Transformation", "data"),
            new GapComponent("scheduler", "Scheduler", "pipelines"),
            new GapComponent("quality", "Data quality", "data"),
        ],
        [
            new GapCoverage("snowflake", "warehouse", Full),
            new GapCoverage("dbt", "transform", Full),
            new GapCoverage("airflow", "scheduler", Full),
            new GapCoverage("dagster", "scheduler", Full),
            new GapCoverage("luigi", "scheduler", Full),
            new GapCoverage("luigi", "transform", Partial),
            new GapCoverage("cron", "scheduler", Partial),
            new GapCoverage("soda", "quality", Full),
            new GapCoverage("soda", "warehouse", Partial),
            new GapCoverage("expectations", "quality", Full),
            new GapCoverage("expectations", "transform", Partial),
            new GapCoverage("expectations", "scheduler", Partial),
        ],
        new Dictionary<string, string>
        {
            ["snowflake"] = "Snowflake", ["dbt"] = "dbt", ["airflow"] = "Airflow", ["dagster"] = "Dagster",
            ["luigi"] = "Luigi", ["cron"] = "Cron", ["soda"] = "Soda", ["expectations"] = "Great Expectations",
        },
        [],
        [])
    {
        Integrations =
        [
            new GapIntegration("dagster", "dbt"), new GapIntegration("snowflake", "dagster"),
            new GapIntegration("cron", "dbt"),
            new GapIntegration("airflow", "soda"), new GapIntegration("expectations", "zzz-not-in-stack"),
        ],
    };

    private static GapReport Report(params (string Tool, string Component)[] picks) =>
        GapReport.For(Catalog, picks.Select(p => new ToolPick(p.Tool, p.Component)));

    [Test]
    public void At_the_same_level_a_candidate_that_integrates_with_the_stack_comes_before_a_broader_one()
    {
        // Luigi covers two components, Dagster one; Dagster integrates with dbt and Snowflake, which the stack runs.
        var report = Report(("snowflake", "warehouse"), ("dbt", "transform"));
        // Among the partial ones Cron (integrates with dbt) likewise passes the broader Great Expectations.
        Assert.That(report.Candidates["scheduler"].Select(c => c.Slug), Is.EqualTo(new[] { "dagster", "luigi", "airflow", "cron", "expectations" }));
        Assert.That(report.Candidates["scheduler"][0].IntegratesWith.Select(t => t.Name), Is.EqualTo(new[] { "dbt", "Snowflake" }));
    }

    [Test]
    public void Coverage_level_still_comes_first_an_integrating_partial_tool_stays_behind_full_ones()
    {
        var report = Report(("snowflake", "warehouse"), ("dbt", "transform"));
        var cron = report.Candidates["scheduler"].Single(c => c.Slug == "cron");
        Assert.That(cron.IntegratesWith.Select(t => t.Slug), Is.EqualTo(new[] { "dbt" }));
        Assert.That(report.Candidates["scheduler"].TakeWhile(c => c.Level == Full).Select(c => c.Slug), Does.Not.Contain("cron"));
    }

    [Test]
    public void Without_integrations_the_broader_tool_leads_as_before()
    {
        var report = Report();
        Assert.That(report.Candidates["scheduler"].Select(c => c.Slug), Is.EqualTo(new[] { "luigi", "airflow", "dagster", "expectations", "cron" }));
        Assert.That(report.Candidates["scheduler"].Select(c => c.IntegratesWith.Count), Has.All.Zero);
    }

    [Test]
    public void An_integration_counts_from_either_end_and_only_with_tools_in_the_stack()
    {
        // "airflow,soda" is written with Airflow first; Soda is the stack's tool here.
        var report = Report(("soda", "quality"));
        Assert.That(report.Candidates["scheduler"].Single(c => c.Slug == "airflow").IntegratesWith.Select(t => t.Slug), Is.EqualTo(new[] { "soda" }));
        Assert.That(Report(("dbt", "transform")).Candidates["quality"].Single(c => c.Slug == "expectations").IntegratesWith, Is.Empty,
            "its only partner is not in the stack");
    }

    [Test]
    public void The_reason_is_said_beside_the_candidate()
    {
        var report = Report(("snowflake", "warehouse"), ("dbt", "transform"), ("soda", "quality"));
        var candidates = report.Candidates["scheduler"];
        Assert.That(candidates.Single(c => c.Slug == "dagster").FitNote, Is.EqualTo("integrates with dbt and Snowflake, already in this stack"));
        Assert.That(candidates.Single(c => c.Slug == "airflow").FitNote, Is.EqualTo("integrates with Soda, already in this stack"));
        Assert.That(candidates.Single(c => c.Slug == "luigi").FitNote, Is.Null);
    }
}
