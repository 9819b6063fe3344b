using KnowledgeBase.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Home;

public sealed class HomeController(CatalogDbContext db) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var model = new CatalogCounts(
            await db.Layers.CountAsync(cancellationToken),
            await db.Components.CountAsync(cancellationToken),
            await db.Pipelines.CountAsync(cancellationToken),
            await db.Sources.CountAsync(cancellationToken),
            await db.Requirements.CountAsync(cancellationToken),
            await db.Tools.CountAsync(cancellationToken),
            await db.Stacks.CountAsync(cancellationToken));
        return View("~/Home/Index.cshtml", model);
    }

    [HttpGet("/error/{status:int?}")]
    [ApiExplorerSettings(IgnoreApi = true)]
    public IActionResult Error(int? status)
    {
        var code = status ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = code;
        return View("~/Home/Error.cshtml", code);
    }
}

public sealed record CatalogCounts(int Layers, int Components, int Pipelines, int Sources, int Requirements, int Tools, int Stacks);
