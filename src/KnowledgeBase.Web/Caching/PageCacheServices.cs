using KnowledgeBase.Storage;
using Microsoft.AspNetCore.ResponseCompression;
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
        // Compressed inside the cache, so a page is compressed once per encoding, not once per request. The matrix
        // of a thousand tools is 1.2 MB of HTML and about a tenth of that compressed.
        services.AddResponseCompression(options =>
        {
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml", "text/csv", "application/x-bibtex", "text/markdown"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        // Every DbContext the site creates reports its writes.
        services.ConfigureDbContext<CatalogDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<ChangeInterceptor>()));
        return services;
    }
}
