using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting;

public static class RequestLimitServices
{
    /// <summary>Binds <see cref="RequestLimits"/> and applies it to Kestrel, the form reader and the request timeouts.</summary>
    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.AddOptions<RequestLimits>().BindConfiguration(RequestLimits.Section);
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestLimits>>((kestrel, options) =>
        {
            var limits = options.Value;
            kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestLineSize = limits.MaxRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = limits.MaxRequestHeadersBytes;
            kestrel.Limits.MaxRequestHeaderCount = limits.MaxRequestHeaderCount;
            kestrel.Limits.RequestHeadersTimeout = limits.RequestHeadersTimeout;
        });
        services.AddOptions<FormOptions>().Configure<IOptions<RequestLimits>>((form, options) =>
        {
            var limits = options.Value;
            form.ValueCountLimit = limits.MaxFormValues;
            // One value is bounded by the body, and no further here: each field's length is declared once, in
            // FieldLimits, and checked by its form with a message that names the field. A second, smaller figure
            // here refused a valid note (FieldLimits.NoteBody) or a 4,000-character checklist note in a script
            // whose characters URL-encoding makes nine bytes each, with a bare "bad request" naming nothing.
            form.ValueLengthLimit = (int)Math.Min(int.MaxValue, limits.MaxRequestBodyBytes);
            form.KeyLengthLimit = limits.MaxFormKeyLength;
        });
        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<RequestLimits>>((timeouts, options) =>
            timeouts.DefaultPolicy = new RequestTimeoutPolicy { Timeout = options.Value.RequestTimeout, TimeoutStatusCode = StatusCodes.Status504GatewayTimeout });
        return services;
    }

    /// <summary>
    /// Refuses a body declared larger than the server takes with 413 before anything reads it. Without this the
    /// first reader is the anti-forgery check, which turns the server's "too large" into a 400 "bad token".
    /// </summary>
    public static void UseRequestLimits(this WebApplication app) => app.Use((context, next) =>
    {
        if (context.Request.ContentLength > context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }
        return next(context);
    });
}
