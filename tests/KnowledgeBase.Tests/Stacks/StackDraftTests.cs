using KnowledgeBase.Stacks;

namespace KnowledgeBase.Tests.Stacks;

public class StackDraftTests
{
    private static StackDraft Draft(string? name = "Stack", string? slug = "stack", string? date = null, params ToolPick[] picks) =>
        new(name, slug, null, null, null, date, picks);

    [TestCase("Über Platform 2.0", "uber-platform-2-0")]
    [TestCase("  MLflow + Airflow (on-prem)  ", "mlflow-airflow-on-prem")]
    [TestCase("Straße & Œuvre", "strasse-oeuvre")]
    [TestCase("!!!", "")]
    public void A_slug_is_made_from_the_name_in_lowercase_words(string name, string slug) =>
        Assert.That(StackDraftRules.SlugFrom(name), Is.EqualTo(slug));

    [Test]
    public void A_valid_draft_has_no_problems() =>
        Assert.That(StackDraftRules.Check(Draft(picks: new ToolPick("mlflow", "registry")), GapReportTests.Catalog, new HashSet<string>()), Is.Empty);

    [Test]
    public void Every_problem_is_reported_at_once_and_only_a_taken_slug_is_a_conflict()
    {
        var problems = StackDraftRules.Check(Draft(name: "", slug: "Bad Slug", date: "2024-13-01", picks: new ToolPick("mlflow", "containers")), GapReportTests.Catalog, new HashSet<string>());
        Assert.That(problems.Select(p => p.Field), Is.EqualTo(new[] { "name", "slug", "date", "picks" }));
        Assert.That(problems, Has.None.Matches<DraftProblem>(p => p.Conflict));

        var taken = StackDraftRules.Check(Draft(slug: "taken"), GapReportTests.Catalog, new HashSet<string> { "taken" });
        Assert.That(taken.Single().Conflict, Is.True);
    }
}
