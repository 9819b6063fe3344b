using System.Net;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Caching;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Caching;

/// <summary>
/// A cached page is kept until an area of the catalog it declares it reads changes (<see cref="ReadsAttribute"/>).
/// A page that reads more than it declares would be served stale after an edit, so each declaration is checked
/// against the tables its queries really read, over every GET route and the overlays that read more.
/// </summary>
[NonParallelizable]
public class PageDependencyTests : SiteSession
{
    /// <summary>Query strings under which a page reads tables it does not read bare.</summary>
    private static readonly string[] WithQueries =
    [
        "/pipelines?tool=mlflow", "/pipelines?stack=aws-managed", "/pipelines?compare=mlflow,kubeflow", "/pipelines.svg?stack=aws-managed",
        "/tools?component=experiment-tracking", "/tools?maintained=1", "/tools/compare?t=mlflow&t=kubeflow", "/stacks/compare?s=aws-managed",
        "/changes?kind=tool", "/search?q=drift", "/api/v1/search?q=drift",
    ];

    [Test]
    public void Every_stored_type_is_placed_in_an_area()
    {
        using var scope = Site.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<CatalogDbContext>().Model;
        var unplaced = model.GetEntityTypes().Select(t => t.ClrType).Where(t => !CatalogAreaOf.IsDeclared(t)).Select(t => t.Name);
        Assert.That(unplaced, Is.Empty, $"place each in {nameof(CatalogAreaOf)}");
    }

    [Test]
    public async Task Every_page_declares_each_area_its_queries_read()
    {
        var areaOfTable = AreaOfTables();
        var declared = Site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .GroupBy(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Metadata.GetMetadata<ReadsAttribute>()?.Areas ?? CatalogAreas.All).Aggregate((a, b) => a | b));
        var urls = SiteRoutes.Get(Site.Services).Select(r => (r.Pattern, Url: r.Url()))
            .Concat(WithQueries.Select(u => (Pattern: u.Split('?')[0], Url: u)));
        var changes = Site.Services.GetRequiredService<CatalogChanges>();
        var failures = new List<string>();
        var checkedPages = 0;
        var narrower = 0;
        foreach (var (pattern, url) in urls)
        {
            changes.Changed(CatalogAreas.All); // rendered afresh, not served from the cache
            Site.Sql.Reset();
            using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK) continue;
            var read = Site.Sql.TablesRead.Aggregate(CatalogAreas.None, (areas, table) => areas | areaOfTable.GetValueOrDefault(table, CatalogAreas.All));
            var says = declared[pattern];
            checkedPages++;
            if (says != CatalogAreas.All) narrower++;
            if ((read & ~says) != CatalogAreas.None)
                failures.Add($"{url} reads {read & ~says} ({string.Join(", ", Site.Sql.TablesRead.Order())}) but declares {says}");
        }
        Assert.That(failures, Is.Empty);
        Assert.That(checkedPages, Is.GreaterThan(50), "enough pages answered to prove something");
        Assert.That(narrower, Is.GreaterThan(30), "most pages declare what they read rather than everything");
    }

    /// <summary>Each table's area. The catalog state table only moves with an import, which moves every area.</summary>
    private Dictionary<string, CatalogAreas> AreaOfTables()
    {
        using var scope = Site.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<CatalogDbContext>().Model;
        return model.GetEntityTypes().Where(t => t.GetTableName() is not null)
            .GroupBy(t => t.GetTableName()!)
            .ToDictionary(g => g.Key, g => g.Any(t => t.ClrType == typeof(CatalogState))
                ? CatalogAreas.None
                : g.Select(t => CatalogAreaOf.Type(t.ClrType)).Aggregate((a, b) => a | b), StringComparer.Ordinal);
    }
}
