using KnowledgeBase.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeBase.Web.Tests.Support;

/// <summary>The real site on Kestrel, on a free loopback port, for a real browser or real HTTP clients.</summary>
public sealed class LiveSite : IAsyncDisposable
{
    private readonly TempDirectory? _ownData;
    private readonly (string Key, string Value)[] _settings;
    private WebApplication? _app;

    /// <summary>The site on a fresh data directory of its own, deleted afterwards.</summary>
    public LiveSite() : this(null) { }

    /// <summary>
    /// The site on <paramref name="dataDir"/> (kept afterwards, so a test can stop the site and start it again on
    /// the same files), or on a fresh one when null; <paramref name="settings"/> are extra configuration keys.
    /// </summary>
    public LiveSite(string? dataDir, params (string Key, string Value)[] settings)
    {
        _ownData = dataDir is null ? new TempDirectory() : null;
        DataDir = dataDir ?? _ownData!.Path;
        _settings = settings;
    }

    public string DataDir { get; }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>What the site logged at Error or above: a test can then say "no exceptions" about the server too.</summary>
    public ErrorLog Errors { get; } = new();

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("the site is not started");

    public async Task StartAsync()
    {
        _app = Site.Build(
        [
            "--urls=http://127.0.0.1:0",
            "--environment=Production",
            $"--KnowledgeBase:DataDir={DataDir}",
            $"--KnowledgeBase:CatalogData={Repository.Data}",
            $"--KnowledgeBase:CatalogLiterature={Repository.Literature}",
            // Plain HTTP on loopback: a Secure cookie would never come back from an HttpClient.
            "--KnowledgeBase:SignIn:SecureCookie=false",
            .. _settings.Select(s => $"--{s.Key}={s.Value}"),
        ], builder => builder.Logging.AddProvider(Errors));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        // The first request waits for the first-start import and index build; take that wait here, outside any
        // browser timeout, so the tests measure pages and not a cold start on a busy machine.
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(3) };
        (await client.GetAsync(new Uri("/", UriKind.Relative))).EnsureSuccessStatusCode();
    }

    /// <summary>Adds an account holding <paramref name="role"/> and returns its name (the password is <see cref="TestAccounts.Password"/>).</summary>
    public async Task<string> AddAccountAsync(string role)
    {
        var name = TestAccounts.NewName(role);
        await TestAccounts.AddAsync(Services, name, role);
        return name;
    }

    /// <summary>Stops the site and releases its files; the data directory stays until disposal (or for good, when the caller owns it).</summary>
    public async Task StopAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _ownData?.Dispose();
    }
}
