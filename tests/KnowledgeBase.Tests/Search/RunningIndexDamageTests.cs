using KnowledgeBase.Search;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Search;

/// <summary>Damage to the index files while the index is open: found, reported by searches, and repaired by starting over.</summary>
[Parallelizable(ParallelScope.All)]
public class RunningIndexDamageTests
{
    private static void DamageInPlace(string indexPath, bool truncate)
    {
        var random = new Random(3);
        foreach (var file in Directory.GetFiles(indexPath).Where(f => Path.GetFileName(f) != "write.lock"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Write);
            if (truncate)
            {
                stream.SetLength(stream.Length / 3);
                continue;
            }
            var garbage = new byte[stream.Length];
            random.NextBytes(garbage);
            stream.Write(garbage);
        }
    }

    private static async Task RepairAsync(SearchSandbox sandbox)
    {
        sandbox.Index.StartOver(sandbox.Index.Damage ?? sandbox.Index.FindDamage() ?? "test");
        await using var db = sandbox.OpenDatabase();
        Assert.That(await sandbox.Indexer.EnsureCurrentAsync(db), Is.Not.Null, "a start-over forgets the catalog version, so the index is rebuilt");
    }

    [Test]
    public async Task A_sound_index_has_no_damage_to_find()
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);

        Assert.That(sandbox.Index.FindDamage(), Is.Null);
        Assert.That(sandbox.Index.Damage, Is.Null);
        Assert.That(sandbox.Find("mlflow").Notice, Is.Null);
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task A_search_on_files_damaged_in_place_says_so_and_a_start_over_rebuilds_the_index(bool truncate)
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);
        DamageInPlace(sandbox.Directory.IndexPath, truncate);

        var during = sandbox.Find("mlflow");
        Assert.That(during.IndexUnavailable, Is.True);
        Assert.That(during.Notice, Is.EqualTo(CatalogSearch.UnavailableNotice));
        Assert.That(sandbox.Index.Damage, Does.StartWith("a search failed"));
        Assert.That(sandbox.Index.FindDamage(), Is.Not.Null);

        sandbox.Index.StartOver(sandbox.Index.Damage!);
        var empty = sandbox.Find("mlflow");
        Assert.That((empty.IndexUnavailable, empty.Total, empty.Notice), Is.EqualTo((false, 0, CatalogSearch.RebuildingNotice)), "an empty index that says it is being rebuilt");

        await RepairAsync(sandbox);
        var after = sandbox.Find("mlflow");
        Assert.That((after.Total, after.Notice, sandbox.Index.Damage), Is.EqualTo((2, (string?)null, (string?)null)));
        sandbox.Reopen();
        Assert.That(sandbox.Index.OpenProblem, Is.Null, "the rebuilt index on disk is sound");
    }

    [Test]
    public async Task Files_deleted_under_an_open_index_still_search_but_are_found_missing_and_rebuilt()
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);
        foreach (var file in Directory.GetFiles(sandbox.Directory.IndexPath))
            File.Delete(file);

        Assert.That(sandbox.Find("mlflow").Total, Is.EqualTo(2), "open files outlive their names");
        Assert.That(sandbox.Index.FindDamage(), Does.Contain("cannot be read").Or.Contain("missing"));

        await RepairAsync(sandbox);
        Assert.That(sandbox.Index.FindDamage(), Is.Null);
        sandbox.Reopen();
        Assert.That((sandbox.Index.OpenProblem, sandbox.Find("mlflow").Total), Is.EqualTo(((string?)null, 2)));
    }
}
