using KnowledgeBase.Interchange;
using KnowledgeBase.Requirements;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Architecture;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using KnowledgeBase.Web.Caching;

namespace KnowledgeBase.Web.Requirements;

public sealed record RequirementListItem(string Code, string Title, string Statement, string LayerSlug, string LayerName, string Kind, string Priority, IReadOnlyList<string> Tags, int Sources);

public sealed record RequirementsPage(IReadOnlyList<RequirementListItem> Items, int Total,
    IReadOnlyList<(string Slug, string Name)> Layers, IReadOnlyList<(string Slug, string Name)> Components, IReadOnlyList<string> Tags,
    string? Layer, string? Component, string? Kind, string? Priority, string? Tag);

/// <summary>A requirement as the list reads it: its layer's name, its tags, how many sources it cites, the components it concerns.</summary>
public sealed record RequirementListRow(string Code, string Title, string Statement, string LayerSlug, string LayerName,
    KnowledgeBase.Requirements.RequirementKind Kind, Priority Priority, List<string> Tags, int Sources, List<string> Components);

public sealed record TraceSource(string Slug, string Title, int? Year, string Note);

public sealed record TraceComponent(string Slug, string Name, IReadOnlyList<ToolOnComponent> Tools);

public sealed record RequirementPage(string Code, string Title, string Statement, string LayerSlug, string LayerName, string Kind, string Priority,
    IReadOnlyList<string> Tags, IReadOnlyList<TraceSource> Sources, IReadOnlyList<TraceComponent> Components);

[Reads(CatalogAreas.Sources | CatalogAreas.Tools | CatalogAreas.Requirements | CatalogAreas.Architecture)]
public sealed class RequirementsController(CatalogDbContext db) : Controller
{
    [HttpGet("/requirements")]
    public async Task<IActionResult> Index(RequirementsQuery query, CancellationToken ct)
    {
        var (layer, component, kind, priority, tag) = (query.Layer, query.Component, query.Kind, query.Priority, query.Tag);
        var rows = await RequirementData.RowsAsync(db, ct);
        var items = rows.Where(query.Matches)
            .Select(r => new RequirementListItem(r.Code, r.Title, r.Statement, r.LayerSlug, r.LayerName, EnumText.Format(r.Kind), EnumText.Format(r.Priority), r.Tags, r.Sources))
            .ToList();
        var layers = (await db.Layers.AsNoTracking().OrderBy(l => l.Order).Select(l => new { l.Slug, l.Name }).ToListAsync(ct)).Select(l => (l.Slug, l.Name)).ToList();
        var components = (await db.Components.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Slug, c.Name }).ToListAsync(ct)).Select(c => (c.Slug, c.Name)).ToList();
        var tags = rows.SelectMany(r => r.Tags).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        ViewData["Crumbs"] = new[] { new Crumb("Requirements") };
        return View("~/Requirements/Index.cshtml", new RequirementsPage(items, rows.Count, layers, components, tags, layer, component, kind, priority, tag));
    }

    [HttpGet("/requirements/{code}")]
    public async Task<IActionResult> Show(string code, CancellationToken ct)
    {
        var page = await RequirementData.TraceAsync(db, code, ct);
        if (page is null) return NotFound();
        if (page.Code != code) return RedirectPermanent("/requirements/" + page.Code);
        ViewData["Crumbs"] = new[] { new Crumb("Requirements", "/requirements"), new Crumb(page.Code) };
        return View("~/Requirements/Show.cshtml", page);
    }
}
