using Microsoft.AspNetCore.Hosting;
using KnowledgeBase.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeBase.Web.Tests.Support;

/// <summary>The real site on a fresh data directory of its own, importing the shipped catalog on first start.</summary>
public sealed class SiteFactory(params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    private readonly TempDirectory _data = new();

    public string DataDir => _data.Path;

    public SqlCounter Sql { get; } = new();

    /// <summary>What the site logged at Error or above, unhandled exceptions among them.</summary>
    public ErrorLog Errors { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("KnowledgeBase:DataDir", _data.Path);
        builder.UseSetting("KnowledgeBase:CatalogData", Repository.Data);
        builder.UseSetting("KnowledgeBase:CatalogLiterature", Repository.Literature);
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.ConfigureDbContext<CatalogDbContext>(o => o.AddInterceptors(Sql)));
        builder.ConfigureLogging(logging => logging.AddProvider(Errors));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _data.Dispose();
    }
}
