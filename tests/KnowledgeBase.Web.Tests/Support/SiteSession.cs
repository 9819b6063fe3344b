using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeBase.Web.Tests.Support;

/// <summary>
/// One site (on a fresh data directory with the shipped catalog, plus any <paramref name="settings"/>) and one client
/// shared by a fixture's tests. Fixtures that post forms pass <paramref name="followRedirects"/> false to see the
/// redirect a save answers with.
/// </summary>
public abstract class SiteSession(bool followRedirects = true, params (string Key, string Value)[] settings)
{
    protected SiteFactory Site { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    /// <summary>A role to sign <see cref="Client"/> in with (an account named <c>test-ROLE-N</c>), or null for an anonymous reader.</summary>
    protected virtual string? SignInAs => null;

    [OneTimeSetUp]
    public async Task StartSite()
    {
        Site = new SiteFactory(settings);
        Client = SignInAs is { } role
            ? await TestAccounts.SignedInAsAsync(Site, role, followRedirects)
            : Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects });
    }

    [OneTimeTearDown]
    public void StopSite()
    {
        Client.Dispose();
        Site.Dispose();
    }
}
