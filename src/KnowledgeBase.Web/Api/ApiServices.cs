using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace KnowledgeBase.Web.Api;

public static class ApiServices
{
    public const string RateLimitPolicy = "api";
    public const string DocumentName = "v1";

    /// <summary>The <c>/api/v1</c> controllers' filter, their OpenAPI document and their rate-limit partition.</summary>
    public static IServiceCollection AddJsonApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section);
        services.AddSingleton<CatalogETag>();
        // The document's schemas are generated with these options: numbers are numbers (the default also admits
        // numeric strings, which would document every integer as "integer or string").
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict);
        services.AddOpenApi(DocumentName, openApi =>
        {
            // The document describes the versioned API only: the pages and the older /api routes are not part of it.
            openApi.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            openApi.AddDocumentTransformer((document, _, _) =>
            {
                // Every GET answers HEAD too (HeadWhereGet); listing each operation twice would only double the reference.
                foreach (var path in document.Paths.Values)
                    path.Operations?.Remove(HttpMethod.Head);
                document.Info = new OpenApiInfo
                {
                    Title = "KnowledgeBase API",
                    Version = DocumentName,
                    Description = "Read access to the MLOps reference architecture: layers, components, pipelines, tools with their coverage, " +
                        "requirements with their traces, sources, stacks with their gap reports and checklists, and search. Lists page with " +
                        "limit (1-200, default 50) and the opaque nextCursor; answers carry a weak ETag and Cache-Control: public, max-age=60; " +
                        "errors are RFC 9457 problem details.",
                };
                return Task.CompletedTask;
            });
        });
        // After every Configure (the sign-in policy's among them), so the rejection handler below wraps theirs
        // whatever order the services were added in.
        services.AddOptions<RateLimiterOptions>().PostConfigure<IOptions<ApiOptions>>((limiter, api) =>
        {
            limiter.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = api.Value.PerAddressPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            // The sign-in policy answers its own way (a page); an API client gets a problem it can read.
            var others = limiter.OnRejected;
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var http = rejected.HttpContext;
                if (!http.Request.Path.StartsWithSegments("/api/v1"))
                {
                    if (others is not null) await others(rejected, cancellationToken);
                    return;
                }
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"This address made more than {http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.PerAddressPerMinute} API requests in a minute; try again in {seconds} s.",
                    },
                });
            };
        });
        return services;
    }
}
