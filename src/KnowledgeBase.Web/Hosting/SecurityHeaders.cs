namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Headers that make every answer harder to abuse. The policy allows scripts and stylesheets from this site only:
/// the pages have no inline script, and a note's Markdown cannot bring any (raw HTML is off). Inline style
/// attributes stay allowed (<c>style-src-attr</c>): the pipeline colours and progress bars are drawn with them, and
/// an attribute cannot run code.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseHsts(); // only on HTTPS answers, as the standard says
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY"; // frame-ancestors for browsers that predate it
            return next(context);
        });
    }
}
