using KnowledgeBase.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Support;

/// <summary>The real site on Kestrel, on a free loopback port, for a real browser.</summary>
public sealed class LiveSite : IAsyncDisposable
{
    private readonly TempDirectory _data = new();
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task StartAsync()
    {
        _app = Site.Build(
        [
            "--urls=http://127.0.0.1:0",
            "--environment=Production",
            $"--KnowledgeBase:DataDir={_data.Path}",
            $"--KnowledgeBase:CatalogData={Repository.Data}",
            $"--KnowledgeBase:CatalogLiterature={Repository.Literature}",
        ]);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        // The first request waits for the first-start import and index build; take that wait here, outside any
        // browser timeout, so the tests measure pages and not a cold start on a busy machine.
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(3) };
        (await client.GetAsync(new Uri("/", UriKind.Relative))).EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _data.Dispose();
    }
}
