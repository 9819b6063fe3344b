using KnowledgeBase.Search;
using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Architecture;

/// <summary>
/// The search documents an architecture edit changes, read inside the form's transaction (so they show the edit)
/// and handed to the index once it commits: a component's document carries its layer's name, and a tool's or a
/// requirement's or a glossary term's carries the names of the components it covers, concerns or means.
/// </summary>
internal static class ArchitectureDocuments
{
    public static async Task<List<SearchDocument>> ComponentsAsync(CatalogDbContext db, IReadOnlyCollection<string> slugs, CancellationToken ct)
    {
        var components = await db.Components.AsNoTracking().Where(c => slugs.Contains(c.Slug)).Include(c => c.Layer).ToListAsync(ct);
        var glossary = await db.GlossaryTerms.AsNoTracking().ToListAsync(ct);
        return [.. components.Select(c => CatalogDocuments.ForComponent(c, c.Layer?.Name, glossary))];
    }

    /// <summary>The tools covering the component, the requirements concerning it and the glossary terms meaning it: what its name appears in.</summary>
    public static async Task<List<SearchDocument>> MentionsOfAsync(CatalogDbContext db, string component, CancellationToken ct)
    {
        var tools = await db.Tools.AsNoTracking().Where(t => t.Coverage.Any(c => c.ComponentSlug == component)).Include(t => t.Coverage).ToListAsync(ct);
        var requirements = await db.Requirements.AsNoTracking().Where(r => r.Components.Any(c => c.ComponentSlug == component))
            .Include(r => r.Components).ToListAsync(ct);
        var terms = (await db.GlossaryTerms.AsNoTracking().ToListAsync(ct)).Where(t => t.Components.Contains(component)).ToList();
        var named = tools.SelectMany(t => t.Coverage.Select(c => c.ComponentSlug)).Concat(requirements.SelectMany(r => r.Components.Select(c => c.ComponentSlug)))
            .Concat(terms.SelectMany(t => t.Components)).Distinct().ToList();
        var components = await db.Components.AsNoTracking().Where(c => named.Contains(c.Slug)).ToDictionaryAsync(c => c.Slug, StringComparer.Ordinal, ct);
        var layers = await db.Layers.AsNoTracking().ToDictionaryAsync(l => l.Slug, l => l.Name, StringComparer.Ordinal, ct);
        return
        [
            .. tools.Select(t => CatalogDocuments.ForTool(t, [.. t.Coverage.Select(c => components[c.ComponentSlug])])),
            .. requirements.Select(r => CatalogDocuments.ForRequirement(r, [.. r.Components.Select(c => components[c.ComponentSlug])], layers.GetValueOrDefault(r.LayerSlug))),
            .. terms.Select(t => CatalogDocuments.ForTerm(t, components)),
        ];
    }
}
