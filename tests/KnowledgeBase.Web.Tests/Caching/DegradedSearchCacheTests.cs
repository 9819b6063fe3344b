using System.Net;
using System.Text.Json;
using KnowledgeBase.Search;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Caching;
using KnowledgeBase.Web.Tests.Stacks;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Caching;

/// <summary>
/// A search answered while the index is damaged or half rebuilt ("results may be incomplete") is marked no-store and
/// never enters the page cache: once the index is repaired, the same URL shows the full results. The repair does not
/// change the catalog, so this runs without moving the catalog version (which would evict every page and hide the bug).
/// </summary>
[NonParallelizable]
public class DegradedSearchCacheTests : SiteSession
{
    [Test]
    public async Task A_degraded_search_answer_is_no_store_and_the_repaired_index_answers_the_same_url_afresh()
    {
        var healthy = await Client.GetAsync(new Uri("/search?q=kubeflow", UriKind.Relative));
        Assert.That(healthy.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var changes = Site.Services.GetRequiredService<CatalogChanges>();
        var generation = changes.Stamp(CatalogAreas.All);
        var index = Site.Services.GetRequiredService<SearchIndex>();

        // What the site does on finding damage: start over empty, then rebuild. Here the rebuild waits for the test.
        index.StartOver("damaged by the test");
        var page = await Client.GetAsync(new Uri("/search?q=mlflow", UriKind.Relative));
        var api = await Client.GetAsync(new Uri("/api/search?q=mlflow", UriKind.Relative));
        var pageNotice = StackForms.Parse(await page.Content.ReadAsStringAsync()).QuerySelector(".search-notice")?.TextContent.Trim();
        var apiNotice = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("notice").GetString();

        Assert.That((page.StatusCode, pageNotice), Is.EqualTo((HttpStatusCode.OK, CatalogSearch.RebuildingNotice)), "the page says it may be incomplete");
        Assert.That((api.StatusCode, apiNotice), Is.EqualTo((HttpStatusCode.OK, CatalogSearch.RebuildingNotice)), "the API says it may be incomplete");

        await using (var scope = Site.Services.CreateAsyncScope())
            await Site.Services.GetRequiredService<CatalogIndexer>().RebuildAsync(scope.ServiceProvider.GetRequiredService<CatalogDbContext>());
        Assume.That(index.Damage, Is.Null, "the rebuild repaired the index");
        Assume.That(changes.Stamp(CatalogAreas.All), Is.EqualTo(generation), "the catalog did not change, so nothing else evicted the cached pages");

        var repaired = await Client.GetAsync(new Uri("/search?q=mlflow", UriKind.Relative));
        var repairedPage = StackForms.Parse(await repaired.Content.ReadAsStringAsync());
        Assert.That(repairedPage.QuerySelector(".search-notice"), Is.Null, "the repaired index answers without the notice");
        Assert.That(repairedPage.QuerySelectorAll(".search-results li.search-hit"), Is.Not.Empty);
        var repairedApi = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/search?q=mlflow", UriKind.Relative))).RootElement;
        Assert.That(repairedApi.GetProperty("notice").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(repairedApi.GetProperty("total").GetInt32(), Is.GreaterThan(0));
        // And no cache on the way (a CDN, a browser) keeps the degraded copies either.
        Assert.That(page.Headers.CacheControl?.NoStore, Is.True, "the degraded page is no-store");
        Assert.That(api.Headers.CacheControl?.NoStore, Is.True, "the degraded API answer is no-store");
    }
}
