using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Caching;

public static class PageCacheServices
{
    /// <summary>The output cache for read pages, and what tells it the catalog changed.</summary>
    public static IServiceCollection AddPageCache(this IServiceCollection services)
    {
        services.AddSingleton<CatalogChanges>();
        services.AddSingleton<ChangeInterceptor>();
        services.AddHostedService<CatalogWatcher>();
        services.AddOutputCache(options =>
        {
            // Without the framework's default policy: it varies by every query key and, doing so, sorts the values
            // of a repeated key in place, so /tools/compare?t=b&t=a would be rendered as t=a&t=b.
            options.AddBasePolicy(policy => policy.AddPolicy<PageCachePolicy>(), excludeDefaultPolicy: true);
            options.SizeLimit = 256L * 1024 * 1024;
            options.MaximumBodySize = 16L * 1024 * 1024;
            options.UseCaseSensitivePaths = true; // slugs are case-sensitive: /tools/MLflow is not /tools/mlflow
        });
        // Every DbContext the site creates reports its writes.
        services.ConfigureDbContext<CatalogDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<ChangeInterceptor>()));
        return services;
    }
}
