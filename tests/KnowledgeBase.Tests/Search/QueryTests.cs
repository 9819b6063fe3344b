using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Search;

/// <summary>What each kind of query finds, on a hand-made catalog. Hits are written as <c>type:key</c>.</summary>
[Parallelizable(ParallelScope.All)]
public class QueryTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Case(string query, string[] found, string[]? notFound = null) =>
            new TestCaseData(query, found, notFound ?? []).SetArgDisplayNames(query);

        yield return Case("mlflow", ["tool:mlflow"]);
        yield return Case("MLFLOW", ["tool:mlflow"]);
        yield return Case("monitor", ["layer:monitoring-observability", "tool:evidently", "source:sculley-2015"]);
        yield return Case("monitoring", ["tool:evidently", "layer:monitoring-observability"]);
        yield return Case("\"feature distributions\"", ["component:drift-detector"], ["requirement:MON-01"]);
        yield return Case("\"distributions feature\"", [], ["component:drift-detector"]);
        yield return Case("drift AND python", ["tool:evidently"], ["component:drift-detector", "requirement:MON-01"]);
        yield return Case("drift python", ["tool:evidently"], ["component:drift-detector"]);
        yield return Case("drift -python", ["component:drift-detector", "requirement:MON-01"], ["tool:evidently"]);
        yield return Case("drift NOT type:tool", ["component:drift-detector"], ["tool:evidently"]);
        yield return Case("docker OR kubeflow", ["tool:docker", "tool:kubeflow"]);
        yield return Case("regist*", ["tool:mlflow", "component:model-registry", "requirement:MOD-01"]);
        yield return Case("monitoring*", ["tool:evidently", "layer:monitoring-observability"]);
        yield return Case("type:tool python", ["tool:mlflow", "tool:evidently"], ["requirement:MOD-01"]);
        yield return Case("type:Tools", ["tool:docker", "tool:evidently", "tool:kubeflow", "tool:mlflow"], ["component:containers"]);
        yield return Case("tag:Monitoring", ["tool:evidently", "requirement:MON-01", "source:sculley-2015"], ["layer:monitoring-observability"]);
        yield return Case("tag:\"technical debt\"", ["source:sculley-2015"], ["tool:evidently"]);
        yield return Case("tag:python -tag:tracking", ["tool:evidently"], ["tool:mlflow"]);
        yield return Case("layer:monitoring-observability",
            ["layer:monitoring-observability", "component:drift-detector", "requirement:MON-01", "tool:evidently"], ["tool:mlflow"]);
        yield return Case("layer:infrastructure kubernetes", ["tool:kubeflow"], ["tool:docker"]);
        yield return Case("MON-01", ["requirement:MON-01"], ["requirement:MOD-01"]);
        yield return Case("sculley", ["source:sculley-2015"]);
        yield return Case("\"glue code\"", ["source:sculley-2015"]);
        yield return Case("\"Linux Foundation\"", ["tool:mlflow"]);
        yield return Case("\"drift detector\"", ["component:drift-detector", "tool:evidently"]);
        yield return Case("-type:source", ["tool:docker", "layer:infrastructure"], ["source:sculley-2015", "source:kumara-2022"]);
        yield return Case("mlflow: tracking", ["tool:mlflow"], ["tool:kubeflow"]);
    }

    [TestCaseSource(nameof(Cases))]
    public async Task A_query_finds_what_it_should_and_nothing_it_should_not(string query, string[] found, string[] notFound)
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);

        var results = sandbox.Find(query, pageSize: 50);

        var keys = results.Hits.Select(h => h.Type + ":" + h.Key).ToList();
        Assert.That(results.Problem, Is.Null);
        Assert.That(keys, Is.SupersetOf(found));
        Assert.That(keys.Intersect(notFound), Is.Empty);
    }

    [TestCase("mlfow", "MLflow")]
    [TestCase("kubflow", "Kubeflow")]
    [TestCase("evidnetly", "Evidently")]
    [TestCase("kubef", "Kubeflow")]
    [TestCase("mlfow tracking", "MLflow tracking")]
    public async Task A_misspelt_name_finds_nothing_but_suggests_the_name(string query, string suggestion)
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);

        var results = sandbox.Find(query);

        Assert.That(results.Total, Is.Zero);
        Assert.That(results.Suggestions, Does.Contain(suggestion));
        Assert.That(sandbox.Find(results.Suggestions[0]).Total, Is.Positive, "the suggestion itself finds something");
    }

    [Test]
    public async Task A_query_that_finds_something_suggests_nothing()
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);
        Assert.That(sandbox.Find("mlflow").Suggestions, Is.Empty);
    }

    [Test]
    public async Task An_empty_query_is_not_an_error_and_finds_nothing()
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);
        var results = sandbox.Find("   ");
        Assert.That((results.IsEmptyQuery, results.IsInvalid, results.Total), Is.EqualTo((true, false, 0)));
    }
}
