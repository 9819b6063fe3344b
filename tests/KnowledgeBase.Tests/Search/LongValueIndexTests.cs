using KnowledgeBase.Search;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Search;

/// <summary>
/// The index defends itself against values the importer should have refused: a value of an exact field longer than
/// a Lucene term can be once failed every rebuild, and search then answered "incomplete" for everyone.
/// </summary>
[Parallelizable(ParallelScope.All)]
public class LongValueIndexTests
{
    private static readonly string LongTitle = string.Join(' ', Enumerable.Repeat("lengthy", 5_000)); // 40,000 characters

    private static SearchDocument Tool(string key, string title, params string[] tags) =>
        new() { Type = SearchTypes.Tool, Key = key, Title = title, Body = "Tracks experiments", Tags = tags };

    [Test]
    public void A_40000_character_title_and_tag_are_indexed_and_search_still_works()
    {
        using var temp = new TempDirectory();
        using var index = SearchIndex.Open(temp.Combine("index"));
        var longTag = new string('t', 40_000);

        Assert.DoesNotThrow(() => index.Replace([Tool("mlflow", "MLflow", "python"), Tool("huge", LongTitle, longTag)], catalogVersion: 1));

        var search = new CatalogSearch(index);
        Assert.That(index.Damage, Is.Null, "a long value is not damage");
        Assert.That(search.Search(new SearchRequest("mlflow")).Hits.Select(h => h.Key), Is.EqualTo(new[] { "mlflow" }));
        Assert.That(search.Search(new SearchRequest("lengthy")).Hits.Select(h => h.Key), Is.EqualTo(new[] { "huge" }));
        Assert.That(search.Search(new SearchRequest("tag:python")).Hits.Select(h => h.Key), Is.EqualTo(new[] { "mlflow" }));
        Assert.That(search.Search(new SearchRequest("tag:ttt*")).Hits.Select(h => h.Key), Is.EqualTo(new[] { "huge" }), "the clipped tag is still there");
    }

    [Test]
    public void A_long_value_can_be_upserted_and_deleted_again()
    {
        using var temp = new TempDirectory();
        using var index = SearchIndex.Open(temp.Combine("index"));
        index.Replace([Tool("mlflow", "MLflow")], catalogVersion: 1);
        var longKey = new string('k', 40_000);

        Assert.DoesNotThrow(() => index.Upsert(Tool(longKey, LongTitle, new string('t', 40_000))));
        var search = new CatalogSearch(index);
        Assert.That(search.Search(new SearchRequest("lengthy")).Total, Is.EqualTo(1));

        index.Upsert(Tool(longKey, LongTitle + " again"));
        Assert.That(search.Search(new SearchRequest("lengthy")).Total, Is.EqualTo(1), "the upsert replaced the document with the long key");
        index.Delete(SearchTypes.Tool, longKey);
        Assert.That(search.Search(new SearchRequest("lengthy")).Total, Is.Zero);
        Assert.That(index.Damage, Is.Null);
    }
}
