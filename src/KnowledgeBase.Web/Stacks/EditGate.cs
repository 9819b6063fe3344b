using KnowledgeBase.Web.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Stacks;

/// <summary>Whether this site accepts writes at all: the <c>KnowledgeBase:AllowEdits</c> option (default true).</summary>
public static class EditPolicy
{
    public static bool Allowed(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.AllowEdits;

    /// <summary>A plain page explaining why a request was refused, with the status code to send.</summary>
    public static ViewResult Refusal(ActionContext context, int status, string title, string message)
    {
        var viewData = new ViewDataDictionary(new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(), context.ModelState)
        {
            Model = new Refusal(title, message),
        };
        return new ViewResult { ViewName = "~/Stacks/Refused.cshtml", ViewData = viewData, StatusCode = status };
    }
}

public sealed record Refusal(string Title, string Message);

/// <summary>
/// Caps the request body of an upload at <paramref name="bytes"/>: a declared length over the cap is refused with 413
/// before anything is read; a body without a declared length is read (here, before the anti-forgery check reads
/// it) only up to the cap, and refused with 413 beyond.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UploadLimitAttribute(long bytes) : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public long Bytes => bytes;

    public int Order => -1900;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.Request.ContentLength > bytes)
        {
            context.Result = TooLarge(context);
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = bytes;
        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = bytes }));
        if (!http.Request.HasFormContentType) return;
        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            context.Result = TooLarge(context);
        }
        catch (InvalidDataException)
        {
            // The multipart reader's own limit (or a malformed body): either way nothing usable arrived.
            context.Result = TooLarge(context);
        }
    }

    private ViewResult TooLarge(ActionContext context) =>
        EditPolicy.Refusal(context, StatusCodes.Status413PayloadTooLarge, "The file is too large",
            $"Uploads are limited to {bytes / (1024 * 1024)} MB. A checklist of a few hundred requirements is far smaller; is this the right file?");
}
