using KnowledgeBase.Glossary;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using KnowledgeBase.Web.Caching;

namespace KnowledgeBase.Web.Glossary;

public sealed record GlossaryEntry(GlossaryTerm Term, IReadOnlyList<(string Slug, string Name)> Components, IReadOnlyList<(string Code, string Title)> Requirements);

/// <summary>The glossary: every term with the names outsiders and insiders give it, and what it means in the catalog.</summary>
[Reads(CatalogAreas.Requirements | CatalogAreas.Architecture | CatalogAreas.Glossary)]
public sealed class GlossaryController(CatalogDbContext db) : Controller
{
    [HttpGet("/glossary")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var terms = await db.GlossaryTerms.AsNoTracking().ToListAsync(ct);
        var components = await db.Components.AsNoTracking().ToDictionaryAsync(c => c.Slug, c => c.Name, ct);
        var requirements = await db.Requirements.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Title, ct);
        var entries = terms.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase)
            .Select(t => new GlossaryEntry(t,
                t.Components.Where(components.ContainsKey).Select(c => (c, components[c])).ToList(),
                t.Requirements.Where(requirements.ContainsKey).Select(r => (r, requirements[r])).ToList()))
            .ToList();
        ViewData["Crumbs"] = new[] { new Crumb("Glossary") };
        return View("~/Glossary/Index.cshtml", entries);
    }
}
