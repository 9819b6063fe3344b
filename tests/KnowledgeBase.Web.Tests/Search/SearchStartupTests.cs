using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Search;

/// <summary>The site rebuilds a missing or damaged index when it starts on an existing data directory.</summary>
public class SearchStartupTests
{
    /// <summary>The site on a data directory the test owns, so it can be started, stopped and started again.</summary>
    private sealed class SiteOn(string dataDir) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("KnowledgeBase:DataDir", dataDir);
            builder.UseSetting("KnowledgeBase:CatalogData", Repository.Data);
            builder.UseSetting("KnowledgeBase:CatalogLiterature", Repository.Literature);
        }
    }

    private static async Task<int> HitsAsync(string dataDir, string q)
    {
        using var site = new SiteOn(dataDir);
        using var client = site.CreateClient();
        var json = await client.GetStringAsync(new Uri("/api/search?q=" + q, UriKind.Relative));
        return System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("total").GetInt32();
    }

    [Test]
    public async Task A_deleted_index_is_rebuilt_on_the_next_start()
    {
        using var temp = new TempDirectory();
        var before = await HitsAsync(temp.Path, "kubeflow");
        Assume.That(before, Is.Positive);

        Directory.Delete(Path.Combine(temp.Path, "index"), recursive: true);

        Assert.That(await HitsAsync(temp.Path, "kubeflow"), Is.EqualTo(before));
    }

    [Test]
    public async Task A_truncated_index_file_is_rebuilt_on_the_next_start()
    {
        using var temp = new TempDirectory();
        var before = await HitsAsync(temp.Path, "kubeflow");
        var largest = new DirectoryInfo(Path.Combine(temp.Path, "index")).GetFiles().OrderByDescending(f => f.Length).First();
        using (var file = largest.Open(FileMode.Open, FileAccess.Write))
            file.SetLength(largest.Length / 3);

        Assert.That(await HitsAsync(temp.Path, "kubeflow"), Is.EqualTo(before));
    }
}
