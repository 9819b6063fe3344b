using System.IO.Compression;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using KnowledgeBase.Web.Caching;

namespace KnowledgeBase.Web.Api;

/// <summary>
/// The browsable API reference: Scalar's standalone script, served from the copy inside the Scalar.AspNetCore
/// package (never from a CDN), and configured by <c>wwwroot/js/api-reference.js</c>. The package's own page is not
/// used: it configures Scalar in an inline script, which the site's Content-Security-Policy does not run.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Reads(CatalogAreas.None)]
public sealed class ReferenceController : Controller
{
    /// <summary>The package keeps the bundle gzip-compressed under this name (Scalar.AspNetCore 3.0).</summary>
    private const string BundleResource = "ScalarStaticAssets.scalar.js";

    private static readonly Lazy<byte[]> GzippedBundle = new(() =>
    {
        using var stream = typeof(Scalar.AspNetCore.ScalarOptions).Assembly.GetManifestResourceStream(BundleResource)
            ?? throw new InvalidOperationException($"Scalar.AspNetCore no longer ships {BundleResource}; update {nameof(ReferenceController)}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    private static readonly Lazy<byte[]> PlainBundle = new(() =>
    {
        using var gzip = new GZipStream(new MemoryStream(GzippedBundle.Value), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        return plain.ToArray();
    });

    [HttpGet("/api")]
    public IActionResult Index() => RedirectPermanent("/api/reference");

    [HttpGet("/api/reference")]
    public IActionResult Reference()
    {
        // Scalar draws its theme and components with <style> elements it writes at run time; there is no stylesheet
        // file to point at instead. Inline styles are allowed on this page only; scripts stay 'self' only.
        Response.Headers.ContentSecurityPolicy = Hosting.SecurityHeaders.ContentSecurityPolicy.Replace("style-src 'self';", "style-src 'self' 'unsafe-inline';", StringComparison.Ordinal);
        return View("~/Api/Reference.cshtml");
    }

    [HttpGet("/api/reference/scalar.js")]
    public IActionResult Bundle()
    {
        Response.Headers.Vary = HeaderNames.AcceptEncoding;
        Response.Headers.CacheControl = "public, max-age=86400";
        var gzip = Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase);
        if (!gzip) return File(PlainBundle.Value, "text/javascript; charset=utf-8");
        // Sent as stored: response compression leaves a body that already has a Content-Encoding alone.
        Response.Headers.ContentEncoding = "gzip";
        return File(GzippedBundle.Value, "text/javascript; charset=utf-8");
    }
}
