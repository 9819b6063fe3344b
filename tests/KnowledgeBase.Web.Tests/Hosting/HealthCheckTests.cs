using System.Net;
using System.Text.Json;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Web.Tests.Hosting;

/// <summary>
/// /healthz says the process answers; /readyz says the site can serve: the database file reachable, migrations applied
/// and the index built. Each fault test breaks a site of its own and first proves the fault is in place.
/// </summary>
[NonParallelizable]
public class HealthCheckTests
{
    private static async Task<(HttpStatusCode Status, JsonElement? Body, string? CacheControl)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        JsonElement? body = response.Content.Headers.ContentType?.MediaType == "application/json" ? JsonDocument.Parse(text).RootElement.Clone() : null;
        return (response.StatusCode, body, response.Headers.CacheControl?.ToString());
    }

    private static async Task<(SiteFactory Site, HttpClient Client)> StartAsync()
    {
        var site = new SiteFactory();
        var client = site.CreateClient();
        (await client.GetAsync(new Uri("/", UriKind.Relative))).EnsureSuccessStatusCode(); // the first-start import
        // The index is built after the import; until then the site is rightly not ready.
        Assert.That(await ReadyWithinAsync(client), Is.True, "the fresh site never became ready");
        return (site, client);
    }

    /// <summary>Asks /readyz until it says 200, for at most half a minute (a rebuild takes a second or two).</summary>
    private static async Task<bool> ReadyWithinAsync(HttpClient client)
    {
        for (var i = 0; i < 300; i++)
        {
            if ((await GetAsync(client, "/readyz")).Status == HttpStatusCode.OK) return true;
            await Task.Delay(100);
        }
        return false;
    }

    [Test]
    public async Task A_running_site_is_live_and_ready_and_neither_answer_is_cached()
    {
        var (site, client) = await StartAsync();
        using (site)
        using (client)
        {
            var live = await GetAsync(client, "/healthz");
            Assert.That(live.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(live.CacheControl, Does.Contain("no-store"));
            var ready = await GetAsync(client, "/readyz");
            Assert.That(ready.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(ready.CacheControl, Does.Contain("no-store"));
            var checks = ready.Body!.Value.GetProperty("checks");
            Assert.That(checks.EnumerateObject().Select(c => c.Name), Is.EquivalentTo(new[] { "database", "migrations", "index" }));
            Assert.That(checks.EnumerateObject().Select(c => c.Value.GetProperty("status").GetString()), Has.All.EqualTo("Healthy"));
        }
    }

    [Test]
    public async Task Without_its_database_file_the_site_is_not_ready_but_still_live()
    {
        var (site, client) = await StartAsync();
        using (site)
        using (client)
        {
            var database = new DataDirectory(site.DataDir).DatabasePath;
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists))
                File.Move(file, file + ".away");
            Assert.That(File.Exists(database), Is.False, "the fault is in place");

            var ready = await GetAsync(client, "/readyz");
            Assert.That(ready.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(ready.Body!.Value.GetProperty("checks").GetProperty("database").GetProperty("status").GetString(), Is.EqualTo("Unhealthy"));
            Assert.That((await GetAsync(client, "/healthz")).Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(File.Exists(database), Is.False, "asking did not create an empty database in its place");
        }
    }

    [Test]
    public async Task With_its_index_gone_the_site_is_not_ready_until_the_index_is_rebuilt()
    {
        var (site, client) = await StartAsync();
        using (site)
        using (client)
        {
            var index = new DataDirectory(site.DataDir).IndexPath;
            Directory.Delete(index, recursive: true);
            Assert.That(Directory.Exists(index), Is.False, "the fault is in place");

            var ready = await GetAsync(client, "/readyz");
            Assert.That(ready.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(ready.Body!.Value.GetProperty("checks").GetProperty("index").GetProperty("description").GetString(), Does.Contain("missing"));

            // Reported as damage, the missing index is rebuilt from SQLite without waiting for the periodic check.
            Assert.That(await ReadyWithinAsync(client), Is.True, "ready again once the index is back");
            Assert.That(Directory.EnumerateFiles(index, "segments_*"), Is.Not.Empty);
        }
    }
}
