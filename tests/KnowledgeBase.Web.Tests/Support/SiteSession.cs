namespace KnowledgeBase.Web.Tests.Support;

/// <summary>One site (on a fresh data directory with the shipped catalog) and one client shared by a fixture's tests.</summary>
public abstract class SiteSession
{
    protected SiteFactory Site { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartSite()
    {
        Site = new SiteFactory();
        Client = Site.CreateClient();
    }

    [OneTimeTearDown]
    public void StopSite()
    {
        Client.Dispose();
        Site.Dispose();
    }
}
