using KnowledgeBase.Architecture;
using KnowledgeBase.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using KnowledgeBase.Web.Caching;

namespace KnowledgeBase.Web.Home;

[Reads(CatalogAreas.Sources | CatalogAreas.Tools | CatalogAreas.Requirements | CatalogAreas.Stacks | CatalogAreas.Architecture | CatalogAreas.Glossary)]
public sealed class HomeController(CatalogDbContext db) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var map = await ArchitectureMap.LoadAsync(db, cancellationToken);
        var counts = new CatalogCounts(
            map.Layers.Count,
            map.Components.Count(),
            await db.Pipelines.CountAsync(cancellationToken),
            await db.Sources.CountAsync(cancellationToken),
            await db.Requirements.CountAsync(cancellationToken),
            await db.Tools.CountAsync(cancellationToken),
            await db.Stacks.CountAsync(cancellationToken));
        var newest = await db.Sources.AsNoTracking().Where(s => !s.Draft)
            .OrderByDescending(s => s.DateAdded).ThenByDescending(s => s.Year).ThenBy(s => s.Slug).Take(6)
            .Select(s => new NewSource(s.Slug, s.Title, s.Year, s.Kind)).ToListAsync(cancellationToken);
        var diagram = ArchitectureDiagram.Render(map, "The layered MLOps reference architecture: each box is a component with the number of tools that cover it");
        return View("~/Home/Index.cshtml", new HomePage(counts, diagram, map, newest));
    }

    // Any method: status code pages re-execute the failed request (a POST too) here. The status is read from the route,
    // not model-bound: binding reads the failed request's form too, and when the form is what failed (a NUL in a
    // field) the binder gives up silently and the page would say 500.
    [Route("/error/{status:int?}")]
    [ApiExplorerSettings(IgnoreApi = true)]
    public IActionResult Error()
    {
        int? status = int.TryParse(RouteData.Values["status"] as string, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
        // Without a status it is the exception handler's page; a status that is no error (/error/0, /error/-1) is a
        // page that does not exist, not a failure of the site.
        var code = status switch
        {
            null => StatusCodes.Status500InternalServerError,
            >= 400 and < 600 => status.Value,
            _ => StatusCodes.Status404NotFound,
        };
        Response.StatusCode = code;
        // An API client asked: it gets a problem it can parse (an unknown /api/v1 route, a method it does not take).
        var original = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>()?.Path;
        if (original?.StartsWith("/api/", StringComparison.Ordinal) == true)
            return Problem(statusCode: code);
        return View("~/Home/Error.cshtml", code);
    }
}

public sealed record CatalogCounts(int Layers, int Components, int Pipelines, int Sources, int Requirements, int Tools, int Stacks);

public sealed record NewSource(string Slug, string Title, int? Year, string? Kind);

public sealed record HomePage(CatalogCounts Counts, string Diagram, ArchitectureMap Map, IReadOnlyList<NewSource> Newest);
