using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Search;

/// <summary>Ranking, counts per type and paging, on the catalog the repository ships.</summary>
[Parallelizable(ParallelScope.All)]
public class RankingAndFacetTests
{
    [TestCase("MLflow", "mlflow")]
    [TestCase("Kubeflow", "kubeflow")]
    [TestCase("Feast", "feast")]
    [TestCase("Great Expectations", "great-expectations")]
    [TestCase("Evidently", "evidently")]
    [TestCase("Prometheus", "prometheus")]
    [TestCase("Apache Airflow", "apache-airflow")]
    public async Task Searching_a_tools_name_ranks_that_tool_first(string name, string slug)
    {
        using var sandbox = await SearchSandbox.ShippedAsync();

        var first = sandbox.Find(name).Hits.First();

        Assert.That((first.Type, first.Key), Is.EqualTo(("tool", slug)));
        Assert.That(first.MarkedTitle.HasMarks, Is.True);
    }

    [Test]
    public async Task A_components_name_ranks_the_component_above_tools_that_only_mention_it()
    {
        using var sandbox = await SearchSandbox.ShippedAsync();
        var first = sandbox.Find("feature store").Hits.First();
        Assert.That((first.Type, first.Key), Is.EqualTo(("component", "feature-store")));
    }

    [Test]
    public async Task Facets_count_all_hits_per_type_and_stay_when_a_type_is_chosen()
    {
        using var sandbox = await SearchSandbox.ShippedAsync();

        var all = sandbox.Find("monitoring");
        var tools = sandbox.Find("monitoring", type: "tool");

        Assert.That(all.Facets.Sum(f => f.Count), Is.EqualTo(all.Total));
        Assert.That(all.Facets.Count(f => f.Count > 0), Is.GreaterThanOrEqualTo(3));
        Assert.That(tools.Facets, Is.EqualTo(all.Facets), "choosing a type does not change the counts");
        Assert.That(tools.Total, Is.EqualTo(all.Facets.Single(f => f.Type == "tool").Count));
        Assert.That(tools.Hits.Select(h => h.Type), Has.All.EqualTo("tool"));
    }

    [Test]
    public async Task Pages_do_not_overlap_and_together_hold_every_hit()
    {
        using var sandbox = await SearchSandbox.ShippedAsync();
        var first = sandbox.Find("data", pageSize: 10);
        Assume.That(first.Total, Is.GreaterThan(20));

        var keys = Enumerable.Range(1, first.PageCount).SelectMany(p => sandbox.Find("data", page: p, pageSize: 10).Hits)
            .Select(h => h.Type + ":" + h.Key).ToList();

        Assert.That(keys, Is.Unique);
        Assert.That(keys, Has.Count.EqualTo(first.Total));
        Assert.That(sandbox.Find("data", page: first.PageCount + 1).Hits, Is.Empty);
    }

    [Test]
    public async Task Every_hit_links_to_its_entity_page()
    {
        using var sandbox = await SearchSandbox.ShippedAsync();
        var paths = sandbox.Find("monitoring", pageSize: 50).Hits.Select(h => h.Path).ToList();
        Assert.That(paths, Has.All.Match(@"^(/(sources|requirements|tools|components|layers)/|/glossary#)[A-Za-z0-9-]+$"));
        Assert.That(paths, Does.Contain("/layers/monitoring-observability"));
    }
}
