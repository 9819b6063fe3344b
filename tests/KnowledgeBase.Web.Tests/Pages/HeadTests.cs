using System.Net;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Pages;

/// <summary>
/// HEAD is answered wherever GET is (link checkers, uptime monitors and caches use it): the same status and headers,
/// no body. Over every GET route of the site, read from its endpoints, on the real server (Kestrel), which is what
/// leaves the body out on the wire.
/// </summary>
[NonParallelizable]
public class HeadTests
{
    private LiveSite _site = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartSite()
    {
        _site = new LiveSite();
        await _site.StartAsync();
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _site.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    [OneTimeTearDown]
    public async Task StopSite()
    {
        _client.Dispose();
        await _site.DisposeAsync();
    }

    private static readonly string[] SameHeaders = ["Content-Type", "Content-Disposition", "Location", "Cache-Control", "Retry-After"];

    [Test]
    public async Task Every_get_route_answers_head_with_the_same_status_and_headers_and_no_body()
    {
        var routes = SiteRoutes.Get(_site.Services);
        Assert.That(routes, Has.Count.GreaterThan(20));
        var failures = new List<string>();
        foreach (var route in routes)
        {
            var url = new Uri(route.Url(), UriKind.Relative);
            using var get = await _client.GetAsync(url);
            var getBody = await get.Content.ReadAsByteArrayAsync();
            using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
            var headBody = await head.Content.ReadAsByteArrayAsync();
            if (head.StatusCode != get.StatusCode) failures.Add($"{route}: HEAD {(int)head.StatusCode}, GET {(int)get.StatusCode}");
            if (headBody.Length != 0) failures.Add($"{route}: HEAD sent {headBody.Length} bytes of body");
            foreach (var name in SameHeaders)
            {
                var (g, h) = (Header(get, name), Header(head, name));
                if (g != h) failures.Add($"{route}: {name} is '{h}' on HEAD, '{g}' on GET");
            }
            if (get.StatusCode == HttpStatusCode.OK && getBody.Length == 0) failures.Add($"{route}: GET has no body, so this test proves nothing");
        }
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task A_head_request_does_not_leave_an_empty_page_in_the_cache_for_get()
    {
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/layers?after-head", UriKind.Relative)));
        Assert.That(head.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var page = await _client.GetStringAsync(new Uri("/layers?after-head", UriKind.Relative));
        Assert.That(page, Does.Contain("<h1"));
    }

    [Test]
    public async Task Head_of_an_unknown_page_is_a_404_without_body()
    {
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/tools/no-such-tool", UriKind.Relative)));
        Assert.That(head.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await head.Content.ReadAsByteArrayAsync(), Is.Empty);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : "";
}
