using KnowledgeBase.Search;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Web.Search;

public static class SearchServices
{
    /// <summary>One index per data directory, owned by the container: it is disposed (and its last batch committed) on shutdown.</summary>
    public static IServiceCollection AddCatalogSearch(this IServiceCollection services)
    {
        services.AddSingleton(sp => SearchIndex.Open(sp.GetRequiredService<DataDirectory>().IndexPath));
        services.AddSingleton<CatalogIndexer>();
        services.AddSingleton<CatalogSearch>();
        services.AddSingleton<SearchStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchStartup>());
        return services;
    }
}
