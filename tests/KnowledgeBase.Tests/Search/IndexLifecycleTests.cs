using KnowledgeBase.Interchange;
using KnowledgeBase.Search;
using KnowledgeBase.Storage;
using KnowledgeBase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Tests.Search;

/// <summary>The index on disk: built once, kept while current, rebuilt when missing, damaged or stale.</summary>
[Parallelizable(ParallelScope.All)]
public class IndexLifecycleTests
{
    private static async Task<IndexReport?> EnsureCurrentAsync(SearchSandbox sandbox)
    {
        await using var db = sandbox.OpenDatabase();
        return await sandbox.Indexer.EnsureCurrentAsync(db);
    }

    [Test]
    public async Task A_rebuild_counts_every_type_and_stores_the_catalog_version()
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);

        var report = await sandbox.RebuildAsync();

        Assert.That(report.Counts, Is.EqualTo(new Dictionary<string, int> { ["tool"] = 4, ["component"] = 3, ["layer"] = 3, ["requirement"] = 2, ["source"] = 2, ["term"] = 0 }));
        Assert.That(report.CatalogVersion, Is.EqualTo(1));
        sandbox.Reopen();
        Assert.That(sandbox.Index.CatalogVersion, Is.EqualTo(1));
    }

    [Test]
    public async Task A_current_index_is_kept_on_restart()
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);
        sandbox.Reopen();

        Assert.That(sandbox.Index.OpenProblem, Is.Null);
        Assert.That(await EnsureCurrentAsync(sandbox), Is.Null);
        Assert.That(sandbox.Find("mlflow").Total, Is.EqualTo(2));
    }

    [Test]
    public async Task A_deleted_index_directory_is_rebuilt()
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);
        sandbox.CloseIndex();
        Directory.Delete(sandbox.Directory.IndexPath, recursive: true);

        sandbox.Reopen();
        Assert.That(sandbox.Find("mlflow").Total, Is.Zero, "an empty index until the rebuild");
        Assert.That(await EnsureCurrentAsync(sandbox), Is.Not.Null);

        Assert.That(sandbox.Find("mlflow").Total, Is.EqualTo(2));
    }

    [TestCase(0.5)]
    [TestCase(0.0)]
    [TestCase(0.99)]
    public async Task An_index_with_a_truncated_file_is_detected_and_rebuilt(double keep)
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);
        sandbox.CloseIndex();
        var largest = new DirectoryInfo(sandbox.Directory.IndexPath).GetFiles().OrderByDescending(f => f.Length).First();
        using (var file = largest.Open(FileMode.Open, FileAccess.Write))
            file.SetLength((long)(largest.Length * keep));

        sandbox.Reopen();
        Assert.That(sandbox.Index.OpenProblem, Does.Contain("damaged"));
        Assert.That(await EnsureCurrentAsync(sandbox), Is.Not.Null);

        Assert.That(sandbox.Find("mlflow").Total, Is.EqualTo(2));
        sandbox.Reopen();
        Assert.That(sandbox.Index.OpenProblem, Is.Null, "the rebuilt index is sound");
    }

    [Test]
    public async Task A_segments_file_full_of_garbage_is_detected_and_rebuilt()
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);
        sandbox.CloseIndex();
        var segments = Directory.GetFiles(sandbox.Directory.IndexPath, "segments_*").Single();
        File.WriteAllBytes(segments, new byte[300]);

        sandbox.Reopen();
        Assert.That(sandbox.Index.OpenProblem, Is.Not.Null);
        await EnsureCurrentAsync(sandbox);
        Assert.That(sandbox.Find("mlflow").Total, Is.EqualTo(2));
    }

    [Test]
    public async Task An_index_written_with_another_field_layout_is_rebuilt()
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);
        sandbox.CloseIndex();
        using (var directory = Lucene.Net.Store.FSDirectory.Open(sandbox.Directory.IndexPath))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(IndexSchema.Version, null)))
        {
            writer.SetCommitData(new Dictionary<string, string> { [IndexSchema.CatalogVersionKey] = "1", [IndexSchema.LayoutKey] = "0" });
            writer.Commit();
        }

        sandbox.Reopen();

        Assert.That(sandbox.Index.OpenProblem, Does.Contain("layout"));
        Assert.That(await EnsureCurrentAsync(sandbox), Is.Not.Null);
    }

    [Test]
    public async Task An_index_older_than_the_database_is_rebuilt_with_the_new_rows()
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);
        await using (var db = sandbox.OpenDatabase())
        {
            var snapshot = await CatalogExporter.LoadAsync(db);
            snapshot.Tools.Single(t => t.Slug == "docker").Summary = "Builds container images; now also a zeppelin";
            await CatalogImporter.ImportAsync(db, snapshot);
        }
        Assert.That(sandbox.Find("zeppelin").Total, Is.Zero, "not yet indexed");

        var report = await EnsureCurrentAsync(sandbox);

        Assert.That(report?.CatalogVersion, Is.EqualTo(2));
        Assert.That(sandbox.Find("zeppelin").Hits.Single().Key, Is.EqualTo("docker"));
    }

    [Test]
    public async Task An_update_is_visible_to_the_next_search_before_any_commit_and_survives_a_restart()
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);
        var generation = Directory.GetFiles(sandbox.Directory.IndexPath, "segments_*").Single();

        sandbox.Index.Upsert(new SearchDocument { Type = SearchTypes.Tool, Key = "zenml", Title = "ZenML", Body = "Pipelines for portable ML workflows" });

        Assert.That(sandbox.Find("zenml").Hits.Single().Key, Is.EqualTo("zenml"), "near-real-time");
        Assert.That(Directory.GetFiles(sandbox.Directory.IndexPath, "segments_*").Single(), Is.EqualTo(generation), "the commit is batched, not per update");

        sandbox.Index.Upsert(new SearchDocument { Type = SearchTypes.Tool, Key = "mlflow", Title = "MLflow", Body = "Renamed summary about lineage" });
        Assert.That(sandbox.Find("lineage").Hits.Single().Key, Is.EqualTo("mlflow"));
        Assert.That(sandbox.Find("type:tool").Total, Is.EqualTo(5), "an update replaces, it does not add");

        sandbox.Index.Delete(SearchTypes.Tool, "docker");
        Assert.That(sandbox.Find("docker").Hits.Select(h => h.Key), Does.Not.Contain("docker"));

        sandbox.Reopen();
        Assert.That(sandbox.Find("zenml").Total, Is.EqualTo(1), "disposing the index commits the last batch");
    }

    [Test]
    public async Task A_batched_commit_happens_on_its_own_after_the_delay()
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);
        sandbox.CloseIndex();
        using var index = SearchIndex.Open(sandbox.Directory.IndexPath, TimeSpan.FromMilliseconds(50));
        var before = Directory.GetFiles(sandbox.Directory.IndexPath, "segments_*").Single();

        index.Upsert(new SearchDocument { Type = SearchTypes.Tool, Key = "zenml", Title = "ZenML" });

        Assert.That(() => Directory.GetFiles(sandbox.Directory.IndexPath, "segments_*").Single(), Is.Not.EqualTo(before).After(5000, 50));
    }

    [Test]
    public async Task A_second_writer_on_the_same_index_is_refused_and_the_index_is_left_alone()
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);

        Assert.Throws<Lucene.Net.Store.LockObtainFailedException>(() => SearchIndex.Open(sandbox.Directory.IndexPath).Dispose());

        Assert.That(sandbox.Find("mlflow").Total, Is.EqualTo(2));
    }

    [Test]
    public async Task Searches_on_several_threads_while_reindexing_never_fail_nor_see_a_half_built_index()
    {
        using var sandbox = await SearchSandbox.ShippedAsync();
        var expected = sandbox.Find("monitoring").Total;
        var queries = new[] { "monitoring", "\"feature store\"", "kube*", "type:tool python", "\"broken", "mlfow" };
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();

        var searchers = Enumerable.Range(0, 4).Select(worker => Task.Run(() =>
        {
            var n = 0;
            while (!stop.IsCancellationRequested)
            {
                var query = queries[n++ % queries.Length];
                var results = sandbox.Find(query);
                // A search that ran out of its time budget on a busy machine says so and shows nothing: that is not a
                // half-built index, and it is what a user would see too.
                if (query == "monitoring" && results.Problem != CatalogSearch.OverBudgetProblem && results.Total != expected)
                    failures.Add($"worker {worker} saw {results.Total} hits for monitoring, not {expected}");
            }
            return n;
        })).ToList();
        for (var i = 0; i < 5; i++)
            await sandbox.RebuildAsync();
        stop.Cancel();
        var searches = await Task.WhenAll(searchers);

        Assert.That(failures, Is.Empty);
        Assert.That(searches, Has.All.Positive);
    }
}
