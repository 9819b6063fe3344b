using System.Net;
using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Tests.Stacks;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeBase.Web.Tests.Caching;

/// <summary>
/// Read pages are served from memory after their first rendering, and never outlive a change of the catalog:
/// a write through the site shows at once, an import by another process within seconds; pages with a form
/// (a per-visitor anti-forgery token) are never cached.
/// </summary>
[NonParallelizable]
public class PageCacheTests() : SiteSession(followRedirects: false)
{
    private async Task<(HttpResponseMessage Response, int Queries)> GetCountingAsync(string url)
    {
        Site.Sql.Reset();
        var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        return (response, Site.Sql.Count);
    }

    [TestCase("/tools/mlflow", true)]
    [TestCase("/layers/model-management", true)]
    [TestCase("/matrix.csv", true)]
    [TestCase("/search?q=drift", false)]
    public async Task A_second_request_is_answered_from_memory_without_querying_SQLite(string url, bool readsSqlite)
    {
        var (first, firstQueries) = await GetCountingAsync(url);
        var (second, secondQueries) = await GetCountingAsync(url);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(first.Headers.Age, Is.Null, "the first request is rendered");
        if (readsSqlite) Assert.That(firstQueries, Is.GreaterThan(0), "the first request renders from SQLite");
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        // At most the catalog watcher's own version check can fall into the window.
        Assert.That(secondQueries, Is.LessThanOrEqualTo(1));
        Assert.That(second.Headers.Age, Is.Not.Null, "served from the output cache");
        Assert.That(await second.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
    }

    [Test]
    public async Task A_browser_that_takes_brotli_gets_a_compressed_copy_of_the_same_page_cached_on_its_own()
    {
        async Task<HttpResponseMessage> GetAsync(string? encoding)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/matrix", UriKind.Relative));
            if (encoding is not null) request.Headers.AcceptEncoding.ParseAdd(encoding);
            return await Client.SendAsync(request);
        }

        var plain = await (await GetAsync(null)).Content.ReadAsByteArrayAsync();
        var first = await GetAsync("br");
        var second = await GetAsync("br");
        var compressed = await first.Content.ReadAsByteArrayAsync();

        Assert.That(first.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "br" }));
        Assert.That(compressed.Length, Is.LessThan(plain.Length / 4));
        using var brotli = new System.IO.Compression.BrotliStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress);
        using var unpacked = new MemoryStream();
        await brotli.CopyToAsync(unpacked);
        Assert.That(unpacked.ToArray(), Is.EqualTo(plain));
        Assert.That(second.Headers.Age, Is.Not.Null, "the compressed copy is cached too");
        Assert.That(await second.Content.ReadAsByteArrayAsync(), Is.EqualTo(compressed));
    }

    [Test]
    public async Task Different_query_strings_are_different_pages()
    {
        var drift = await (await Client.GetAsync(new Uri("/search?q=drift", UriKind.Relative))).Content.ReadAsStringAsync();
        var registry = await (await Client.GetAsync(new Uri("/search?q=registry", UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.That(registry, Is.Not.EqualTo(drift));
    }

    [Test]
    public async Task The_order_of_repeated_query_keys_is_part_of_the_page()
    {
        var ab = await (await Client.GetAsync(new Uri("/tools/compare?t=mlflow&t=kubeflow", UriKind.Relative))).Content.ReadAsStringAsync();
        var ba = await (await Client.GetAsync(new Uri("/tools/compare?t=kubeflow&t=mlflow", UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.That(StackForms.Parse(ab).Title, Does.StartWith("Compare MLflow, Kubeflow"));
        Assert.That(StackForms.Parse(ba).Title, Does.StartWith("Compare Kubeflow, MLflow"));
    }

    [Test]
    public async Task Pages_with_a_form_are_never_cached_and_each_visitor_gets_a_working_token()
    {
        using var other = await TestAccounts.SignedInAsAsync(Site, KnowledgeBase.Accounts.AccountRoles.Editor);
        var mine = await StackForms.TokenAsync(Client, "/stacks/new");
        var theirs = await StackForms.TokenAsync(other, "/stacks/new");
        var again = await Client.GetAsync(new Uri("/stacks/new", UriKind.Relative));

        Assert.That(theirs, Is.Not.EqualTo(mine));
        Assert.That(again.Headers.Age, Is.Null);
        var slug = "cache-" + Guid.NewGuid().ToString("N")[..8];
        var saved = await StackForms.PostAsync(other, "/stacks/new", theirs, ("Name", "Cache test"), ("Slug", slug), ("Pick", "mlflow:model-registry"), ("Command", "save"));
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect).Or.EqualTo(HttpStatusCode.SeeOther));
    }

    [Test]
    public async Task A_write_through_the_site_shows_on_the_next_request()
    {
        var slug = "cache-" + Guid.NewGuid().ToString("N")[..8];
        Assert.That(await (await Client.GetAsync(new Uri("/stacks", UriKind.Relative))).Content.ReadAsStringAsync(), Does.Not.Contain(slug));

        using var editor = await TestAccounts.SignedInAsAsync(Site, KnowledgeBase.Accounts.AccountRoles.Editor);
        var token = await StackForms.TokenAsync(editor, "/stacks/new");
        var saved = await StackForms.PostAsync(editor, "/stacks/new", token, ("Name", "Fresh " + slug), ("Slug", slug), ("Pick", "mlflow:model-registry"), ("Command", "save"));
        Assert.That((int)saved.StatusCode, Is.InRange(300, 399));

        Assert.That(await (await Client.GetAsync(new Uri("/stacks", UriKind.Relative))).Content.ReadAsStringAsync(), Does.Contain(slug));
    }

    [Test]
    public async Task A_write_makes_cold_only_the_pages_that_show_what_it_changed()
    {
        string[] unrelated = ["/tools/mlflow", "/sources", "/requirements/CIC-01", "/layers"];
        foreach (var url in unrelated.Append("/stacks").Append("/changes")) await Client.GetAsync(new Uri(url, UriKind.Relative));

        var slug = "cache-" + Guid.NewGuid().ToString("N")[..8];
        using var editor = await TestAccounts.SignedInAsAsync(Site, KnowledgeBase.Accounts.AccountRoles.Editor);
        var token = await StackForms.TokenAsync(editor, "/stacks/new");
        var saved = await StackForms.PostAsync(editor, "/stacks/new", token, ("Name", "Fresh " + slug), ("Slug", slug), ("Pick", "mlflow:model-registry"), ("Command", "save"));
        Assert.That((int)saved.StatusCode, Is.InRange(300, 399));

        foreach (var url in unrelated)
        {
            var (page, queries) = await GetCountingAsync(url);
            Assert.That(page.Headers.Age, Is.Not.Null, $"{url} shows no stack, so a new stack leaves it cached");
            Assert.That(queries, Is.LessThanOrEqualTo(1), url);
        }
        foreach (var url in new[] { "/stacks", "/changes" })
        {
            var (page, _) = await GetCountingAsync(url);
            Assert.That(page.Headers.Age, Is.Null, $"{url} shows the new stack, so it is rendered again");
            Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain(slug), url);
        }
    }

    [Test]
    public async Task An_import_by_another_process_reaches_the_pages_within_seconds()
    {
        var before = await (await Client.GetAsync(new Uri("/tools/feast", UriKind.Relative))).Content.ReadAsStringAsync();
        var marker = "Changed by a parallel import " + Guid.NewGuid().ToString("N")[..8];
        Assert.That(before, Does.Not.Contain(marker));

        // What 'kb import' does beside a running site: its own connection, its own transaction, a new catalog version.
        var read = CatalogReader.Read(Repository.Data, Repository.Literature);
        read.Snapshot.Tools.Single(t => t.Slug == "feast").Summary = marker;
        await using (var db = CatalogDatabase.Open(new DataDirectory(Site.DataDir)))
            await CatalogImporter.ImportAsync(db, read.Snapshot);

        var deadline = DateTime.UtcNow.AddSeconds(15);
        string page;
        do
        {
            await Task.Delay(250);
            page = await (await Client.GetAsync(new Uri("/tools/feast", UriKind.Relative))).Content.ReadAsStringAsync();
        }
        while (!page.Contains(marker, StringComparison.Ordinal) && DateTime.UtcNow < deadline);
        Assert.That(page, Does.Contain(marker));
    }
}
