using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Hosting;

/// <summary>
/// Requests too large in any dimension are refused quickly with a 4xx by the real server (Kestrel, whose limits the
/// test server does not apply), and a request that runs too long is stopped with a 504.
/// </summary>
[NonParallelizable]
public class RequestLimitTests
{
    /// <summary>A refusal is immediate; this only catches a server that reads or waits instead.</summary>
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(5);

    private LiveSite _site = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartSite()
    {
        _site = new LiveSite();
        await _site.StartAsync();
        _client = new HttpClient { BaseAddress = _site.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    [OneTimeTearDown]
    public async Task StopSite()
    {
        _client.Dispose();
        await _site.DisposeAsync();
    }

    private async Task<HttpStatusCode> TimedAsync(HttpRequestMessage request)
    {
        var clock = Stopwatch.StartNew();
        using var response = await _client.SendAsync(request);
        Assert.That(clock.Elapsed, Is.LessThan(Quickly), $"{request.Method} {request.RequestUri} took {clock.Elapsed}");
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("   at "));
        return response.StatusCode;
    }

    [Test]
    public async Task A_huge_query_string_is_a_414()
    {
        var status = await TimedAsync(new HttpRequestMessage(HttpMethod.Get, new Uri("/tools?tag=" + new string('a', 20_000), UriKind.Relative)));
        Assert.That(status, Is.EqualTo(HttpStatusCode.RequestUriTooLong));
    }

    [Test]
    public async Task A_long_but_reasonable_query_string_is_answered()
    {
        var status = await TimedAsync(new HttpRequestMessage(HttpMethod.Get, new Uri("/tools?tag=" + new string('a', 4_000), UriKind.Relative)));
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    // Sizes between the site's limits and Kestrel's defaults (32 KB of headers, 100 of them): the site's limits apply.
    public async Task A_huge_header_is_a_431()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("X-Padding", new string('a', 20_000));
        Assert.That(await TimedAsync(request), Is.EqualTo(HttpStatusCode.RequestHeaderFieldsTooLarge));
    }

    [Test]
    public async Task Too_many_headers_are_a_431()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        for (var i = 0; i < 60; i++) request.Headers.TryAddWithoutValidation($"X-Header-{i}", "x");
        Assert.That(await TimedAsync(request), Is.EqualTo(HttpStatusCode.RequestHeaderFieldsTooLarge));
    }

    [TestCase("/stacks/new")]
    [TestCase("/stacks/kubeflow-on-kubernetes/checklist")]
    [TestCase("/stacks/kubeflow-on-kubernetes/checklist/import")]
    [TestCase("/sources/new")]
    [TestCase("/sources/new/references")]
    [TestCase("/tools/new")]
    [TestCase("/requirements/new")]
    [TestCase("/stacks/wanted")]
    [TestCase("/submissions/1/reject")]
    [TestCase("/account/sign-in")]
    public async Task A_form_post_over_the_body_limit_is_a_413_before_it_is_read(string url)
    {
        var body = new ByteArrayContent(Encoding.ASCII.GetBytes("Name=" + new string('a', 20 * 1024 * 1024)));
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        // Expect: 100-continue lets the server refuse before the client sends the 20 MB (else the client sees a reset).
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = body };
        request.Headers.ExpectContinue = true;
        Assert.That(await TimedAsync(request), Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }

    [Test]
    public async Task A_form_with_too_many_fields_is_refused_with_a_4xx()
    {
        var fields = string.Join("&", Enumerable.Range(0, 20_000).Select(i => $"Pick={i}"));
        var body = new StringContent(fields, Encoding.ASCII, "application/x-www-form-urlencoded");
        var status = await TimedAsync(new HttpRequestMessage(HttpMethod.Post, new Uri("/stacks/new", UriKind.Relative)) { Content = body });
        Assert.That((int)status, Is.InRange(400, 499));
    }

    [Test]
    public async Task A_body_that_never_arrives_does_not_hold_the_request_past_the_timeouts()
    {
        // Declares a megabyte and sends a few bytes: Kestrel's minimum data rate or the request timeout ends it.
        using var socket = new TcpClient();
        await socket.ConnectAsync(_site.BaseAddress.Host, _site.BaseAddress.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /stacks/new HTTP/1.1\r\nHost: {_site.BaseAddress.Authority}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000000\r\n\r\nName=a"));
        var clock = Stopwatch.StartNew();
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(40));
        var read = await stream.ReadAsync(buffer, timeout.Token);
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
        Assert.That(Encoding.ASCII.GetString(buffer, 0, read), Does.Match(@"^HTTP/1\.1 (4\d\d|504)"));
    }
}

/// <summary>A request stuck in a slow database call is cancelled at the configured timeout and answered 504.</summary>
[NonParallelizable]
public class RequestTimeoutTests
{
    /// <summary>Delays every SQL command, honouring cancellation, once switched on.</summary>
    private sealed class StuckSql : DbCommandInterceptor
    {
        public volatile bool On;

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (On) await Task.Delay(TimeSpan.FromMinutes(1), cancellationToken);
            return result;
        }
    }

    [Test]
    public async Task A_request_running_past_the_timeout_is_stopped_with_a_504()
    {
        var stuck = new StuckSql();
        using var site = new SiteFactory(("KnowledgeBase:Limits:RequestTimeout", "00:00:01"));
        using var factory = site.WithWebHostBuilder(b => b.ConfigureServices(s => s.ConfigureDbContext<CatalogDbContext>(o => o.AddInterceptors(stuck))));
        using var client = factory.CreateClient();
        (await client.GetAsync(new Uri("/", UriKind.Relative))).EnsureSuccessStatusCode();

        stuck.On = true;
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri("/layers?uncached=1", UriKind.Relative));
        clock.Stop();
        stuck.On = false;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.GatewayTimeout));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("The page took too long"));
    }
}
