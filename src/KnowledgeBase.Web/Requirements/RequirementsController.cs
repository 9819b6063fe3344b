using KnowledgeBase.Interchange;
using KnowledgeBase.Requirements;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Architecture;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Requirements;

public sealed record RequirementListItem(string Code, string Title, string Statement, string LayerSlug, string LayerName, string Kind, string Priority, IReadOnlyList<string> Tags, int Sources);

public sealed record RequirementsPage(IReadOnlyList<RequirementListItem> Items, int Total,
    IReadOnlyList<(string Slug, string Name)> Layers, IReadOnlyList<(string Slug, string Name)> Components, IReadOnlyList<string> Tags,
    string? Layer, string? Component, string? Kind, string? Priority, string? Tag);

public sealed record TraceSource(string Slug, string Title, int? Year, string Note);

public sealed record TraceComponent(string Slug, string Name, IReadOnlyList<ToolOnComponent> Tools);

public sealed record RequirementPage(string Code, string Title, string Statement, string LayerSlug, string LayerName, string Kind, string Priority,
    IReadOnlyList<string> Tags, IReadOnlyList<TraceSource> Sources, IReadOnlyList<TraceComponent> Components);

public sealed class RequirementsController(CatalogDbContext db) : Controller
{
    [HttpGet("/requirements")]
    public async Task<IActionResult> Index(RequirementsQuery query, CancellationToken ct)
    {
        var (layer, component, kind, priority, tag) = (query.Layer, query.Component, query.Kind, query.Priority, query.Tag);
        var rows = await db.Requirements.AsNoTracking().OrderBy(r => r.Code).Select(r => new
        {
            r.Code, r.Title, r.Statement, r.LayerSlug, LayerName = db.Layers.Where(l => l.Slug == r.LayerSlug).Select(l => l.Name).First(),
            r.Kind, r.Priority, r.Tags, Sources = r.Sources.Count, Components = r.Components.Select(c => c.ComponentSlug).ToList(),
        }).ToListAsync(ct);
        var items = rows.Where(r =>
                (layer is null || r.LayerSlug == layer)
                && (component is null || r.Components.Contains(component))
                && (kind is null || EnumText.Format(r.Kind) == kind)
                && (priority is null || EnumText.Format(r.Priority) == priority)
                && (tag is null || r.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)))
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
        var wanted = code.ToUpperInvariant();
        var r = await db.Requirements.AsNoTracking().Where(x => x.Code == wanted).Select(x => new
        {
            x.Code, x.Title, x.Statement, x.LayerSlug, LayerName = db.Layers.Where(l => l.Slug == x.LayerSlug).Select(l => l.Name).First(),
            x.Kind, x.Priority, x.Tags,
            Sources = x.Sources.Join(db.Sources, t => t.SourceSlug, s => s.Slug, (t, s) => new TraceSource(s.Slug, s.Title, s.Year, t.Note)).ToList(),
            Components = x.Components.Join(db.Components, t => t.ComponentSlug, c => c.Slug, (t, c) => new { c.Slug, c.Name, c.Order, LayerOrder = c.Layer!.Order }).ToList(),
        }).SingleOrDefaultAsync(ct);
        if (r is null) return NotFound();
        if (r.Code != code) return RedirectPermanent("/requirements/" + r.Code);

        var slugs = r.Components.Select(c => c.Slug).ToList();
        var tools = await ArchitectureQueries.ToolsByComponentAsync(db, slugs, ct);
        var page = new RequirementPage(r.Code, r.Title, r.Statement, r.LayerSlug, r.LayerName, EnumText.Format(r.Kind), EnumText.Format(r.Priority), r.Tags,
            r.Sources.OrderByDescending(s => s.Year).ToList(),
            r.Components.OrderBy(c => c.LayerOrder).ThenBy(c => c.Order).Select(c => new TraceComponent(c.Slug, c.Name, tools[c.Slug].ToList())).ToList());
        ViewData["Crumbs"] = new[] { new Crumb("Requirements", "/requirements"), new Crumb(r.Code) };
        return View("~/Requirements/Show.cshtml", page);
    }
}
