using KnowledgeBase.Interchange;
using KnowledgeBase.Search;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Tests.Support;

/// <summary>A catalog imported into a real SQLite file in a fresh folder, with a real Lucene index built from it.</summary>
public sealed class SearchSandbox : IDisposable
{
    private SearchSandbox(TempDirectory temp, DataDirectory directory)
    {
        Temp = temp;
        Directory = directory;
        Index = SearchIndex.Open(directory.IndexPath);
        Indexer = new CatalogIndexer(Index);
        Search = new CatalogSearch(Index);
    }

    public TempDirectory Temp { get; }
    public DataDirectory Directory { get; }
    public SearchIndex Index { get; private set; }
    public CatalogIndexer Indexer { get; private set; }
    public CatalogSearch Search { get; private set; }

    /// <summary>The catalog the repository ships (40-odd sources, 150-odd tools).</summary>
    public static Task<SearchSandbox> ShippedAsync() => CreateAsync(Repository.Data, Repository.Literature);

    /// <summary>The tiny <see cref="SmallCatalog"/>, changed first by <paramref name="change"/> if given.</summary>
    public static Task<SearchSandbox> SmallAsync(Action<SmallCatalog>? change = null)
    {
        var temp = new TempDirectory();
        var catalog = new SmallCatalog(temp.Combine("files"));
        change?.Invoke(catalog);
        return CreateAsync(catalog.DataDir, catalog.LiteratureDir, temp);
    }

    private static async Task<SearchSandbox> CreateAsync(string data, string literature, TempDirectory? temp = null)
    {
        temp ??= new TempDirectory();
        var directory = new DataDirectory(temp.Combine("kb")).Create();
        await using (var db = CatalogDatabase.Open(directory))
        {
            await CatalogDatabase.MigrateAsync(db);
            var errors = await CatalogImporter.ImportFilesAsync(db, data, literature);
            Assert.That(errors.Select(e => e.ToString()), Is.Empty, "the test catalog should import");
        }
        var sandbox = new SearchSandbox(temp, directory);
        await sandbox.RebuildAsync();
        return sandbox;
    }

    public async Task<IndexReport> RebuildAsync()
    {
        await using var db = CatalogDatabase.Open(Directory);
        return await Indexer.RebuildAsync(db);
    }

    public CatalogDbContext OpenDatabase() => CatalogDatabase.Open(Directory);

    public SearchResults Find(string? text, string? type = null, int page = 1, int pageSize = SearchRequest.DefaultPageSize) =>
        Search.Search(new SearchRequest(text, type, page, pageSize));

    /// <summary>Closes the index and opens it again from disk, as a restarted site would.</summary>
    public void Reopen()
    {
        Index.Dispose();
        Index = SearchIndex.Open(Directory.IndexPath);
        Indexer = new CatalogIndexer(Index);
        Search = new CatalogSearch(Index);
    }

    public void CloseIndex() => Index.Dispose();

    public void Dispose()
    {
        Index.Dispose();
        Temp.Dispose();
    }
}
