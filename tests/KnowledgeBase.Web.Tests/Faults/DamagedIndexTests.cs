using System.Net;
using System.Text.Json;
using KnowledgeBase.Search;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Tests.Stacks;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Web.Tests.Faults;

/// <summary>
/// The search index is damaged under the running site: its files deleted, overwritten with garbage or truncated,
/// while the catalog changes (as <c>kb import</c> beside the site would). Searches on the page and the API keep
/// answering, either with the right results or with a 503 that says the index is being rebuilt, never a 500 or a
/// stack trace; the site rebuilds the index from SQLite by itself; and a restart on the same data directory,
/// right after more damage, searches correctly again.
/// </summary>
[NonParallelizable]
public class DamagedIndexTests
{
    private static readonly string[] Queries = ["kubeflow", "model registry", "drift", "\"feature store\"", "type:tool tag:python"];
    private static readonly TimeSpan RecoveryLimit = TimeSpan.FromSeconds(90);

    /// <summary>One search answered: by the API (JSON) or the page (HTML).</summary>
    private sealed record Answer(string Url, HttpStatusCode Status, int? Total, string? Notice, string Body, string? RetryAfter);

    // The site looks at its index every second here instead of every 30, so the repair is seen soon.
    private static LiveSite SiteOn(string dataDir) => new(dataDir, ("KnowledgeBase:IndexCheckInterval", "00:00:01"));

    public enum Damage { DeleteEveryFile, OverwriteWithGarbage, TruncateToAThird }

    [TestCase(Damage.DeleteEveryFile)]
    [TestCase(Damage.OverwriteWithGarbage)]
    [TestCase(Damage.TruncateToAThird)]
    public async Task Searches_keep_answering_while_the_index_is_damaged_and_it_is_rebuilt(Damage damage)
    {
        using var temp = new TempDirectory();
        var dataDir = temp.Combine("kb");
        Dictionary<string, int> expected;
        await using (var site = SiteOn(dataDir))
        {
            await site.StartAsync();
            using var client = new HttpClient { BaseAddress = site.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
            expected = await TotalsAsync(client);
            Assume.That(expected.Values, Has.All.Positive);

            DamageIndex(dataDir, damage);
            BumpCatalogVersion(dataDir);
            var degraded = await SearchUntilRecoveredAsync(client, expected, dataDir);
            TestContext.Out.WriteLine($"{damage}: {degraded} degraded answer(s) before the index was rebuilt");

            Assert.That(site.Errors.Entries, Is.Empty, "the server logged errors");

            // More damage, and the site stops before it may notice: the next start must not trust these files.
            DamageIndex(dataDir, damage);
        }

        await using (var restarted = SiteOn(dataDir))
        {
            await restarted.StartAsync();
            using var client = new HttpClient { BaseAddress = restarted.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
            foreach (var answer in await SearchAllAsync(client))
            {
                Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.Url);
                Assert.That(answer.Total, Is.EqualTo(expected[answer.Url]), answer.Url);
                Assert.That(answer.Notice, Is.Null, answer.Url);
            }
            Assert.That(restarted.Errors.Entries, Is.Empty, "the server logged errors");
        }
    }

    /// <summary>
    /// Searches every query on both endpoints, round after round, checking every answer, until all are right again
    /// and the index is back on disk (deleted files still read fine through the site's open handles, so right
    /// answers alone do not show the repair).
    /// </summary>
    private static async Task<int> SearchUntilRecoveredAsync(HttpClient client, Dictionary<string, int> expected, string dataDir)
    {
        var degraded = 0;
        var deadline = DateTime.UtcNow + RecoveryLimit;
        while (true)
        {
            var answers = await SearchAllAsync(client);
            foreach (var answer in answers)
                AssertAcceptable(answer, expected[answer.Url]);
            degraded += answers.Count(a => a.Status != HttpStatusCode.OK || a.Notice is not null);
            if (answers.All(a => a.Status == HttpStatusCode.OK && a.Notice is null && a.Total == expected[a.Url]) &&
                Directory.GetFiles(Path.Combine(dataDir, "index"), "segments_*").Length > 0)
                return degraded;
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the site did not rebuild the damaged index: " +
                string.Join("; ", answers.Select(a => $"{a.Url} {(int)a.Status} {a.Total} {a.Notice}")));
            await Task.Delay(200);
        }
    }

    /// <summary>Right results; or results that say they may be incomplete; or a 503 that says the index is being rebuilt and when to retry.</summary>
    private static void AssertAcceptable(Answer answer, int expected)
    {
        Assert.That(answer.Body, Does.Not.Contain("Exception").And.Not.Contain("   at "), $"{answer.Url}: a stack trace");
        switch (answer.Status)
        {
            case HttpStatusCode.OK when answer.Notice is null:
                Assert.That(answer.Total, Is.EqualTo(expected), $"{answer.Url}: wrong results without a word of warning");
                break;
            case HttpStatusCode.OK:
                Assert.That(answer.Notice, Is.EqualTo(CatalogSearch.RebuildingNotice), answer.Url);
                break;
            case HttpStatusCode.ServiceUnavailable:
                Assert.That(answer.Notice, Is.EqualTo(CatalogSearch.UnavailableNotice), answer.Url);
                Assert.That(answer.RetryAfter, Is.Not.Null, $"{answer.Url}: a 503 says when to retry");
                break;
            default:
                Assert.Fail($"{answer.Url}: {(int)answer.Status} {answer.Body[..Math.Min(answer.Body.Length, 500)]}");
                break;
        }
    }

    private static async Task<Dictionary<string, int>> TotalsAsync(HttpClient client)
    {
        var answers = await SearchAllAsync(client);
        Assert.That(answers.Select(a => a.Status), Has.All.EqualTo(HttpStatusCode.OK));
        return answers.ToDictionary(a => a.Url, a => a.Total!.Value);
    }

    private static async Task<List<Answer>> SearchAllAsync(HttpClient client)
    {
        var answers = new List<Answer>();
        foreach (var q in Queries)
        {
            answers.Add(await AskAsync(client, "/api/search?q=" + Uri.EscapeDataString(q), api: true));
            answers.Add(await AskAsync(client, "/search?q=" + Uri.EscapeDataString(q), api: false));
        }
        return answers;
    }

    private static async Task<Answer> AskAsync(HttpClient client, string url, bool api)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        var retryAfter = response.Headers.RetryAfter?.ToString();
        if (api)
        {
            var json = JsonDocument.Parse(body).RootElement;
            return response.StatusCode == HttpStatusCode.OK
                ? new Answer(url, response.StatusCode, json.GetProperty("total").GetInt32(), json.GetProperty("notice").GetString(), body, retryAfter)
                : new Answer(url, response.StatusCode, null, json.TryGetProperty("detail", out var detail) ? detail.GetString() : null, body, retryAfter);
        }
        var page = StackForms.Parse(body);
        var summary = page.QuerySelector(".search-summary")?.TextContent.Trim();
        int? total = summary is null ? null : int.Parse(summary.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        return new Answer(url, response.StatusCode, total, page.QuerySelector(".search-notice")?.TextContent.Trim(), body, retryAfter);
    }

    private static void DamageIndex(string dataDir, Damage damage)
    {
        var random = new Random(11);
        var files = Directory.GetFiles(Path.Combine(dataDir, "index"));
        Assume.That(files, Is.Not.Empty);
        foreach (var file in files)
        {
            switch (damage)
            {
                case Damage.DeleteEveryFile:
                    File.Delete(file);
                    break;
                case Damage.OverwriteWithGarbage when Path.GetFileName(file) != "write.lock":
                    // In place, same length: the site's open files now read garbage.
                    using (var stream = new FileStream(file, FileMode.Open, FileAccess.Write))
                    {
                        var garbage = new byte[stream.Length];
                        random.NextBytes(garbage);
                        stream.Write(garbage);
                    }
                    break;
                case Damage.TruncateToAThird when Path.GetFileName(file) != "write.lock":
                    using (var stream = new FileStream(file, FileMode.Open, FileAccess.Write))
                        stream.SetLength(stream.Length / 3);
                    break;
            }
        }
    }

    /// <summary>What <c>kb import</c> beside the running site does to the catalog version, without the import itself.</summary>
    private static void BumpCatalogVersion(string dataDir)
    {
        using var connection = new SqliteConnection(CatalogDatabase.ConnectionString(new DataDirectory(dataDir)));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE CatalogState SET Version = Version + 1;";
        Assert.That(command.ExecuteNonQuery(), Is.EqualTo(1));
    }
}
