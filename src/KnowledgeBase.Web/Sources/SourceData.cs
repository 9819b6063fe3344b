using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Sources;

/// <summary>Reads shared by the source pages and their API resources.</summary>
internal static class SourceData
{
    public static Task<List<SourceListItem>> ListAsync(CatalogDbContext db, CancellationToken ct) =>
        db.Sources.AsNoTracking()
            .Select(s => new SourceListItem(s.Slug, s.Title, s.Authors, s.Year, s.DateAdded, s.Kind, s.Difficulties, s.Tags, s.Draft))
            .ToListAsync(ct);

    /// <summary>The requirements that cite the source, with the note of each trace, in code order.</summary>
    public static Task<List<CitingRequirement>> CitingAsync(CatalogDbContext db, string slug, CancellationToken ct) =>
        db.RequirementSources.AsNoTracking().Where(r => r.SourceSlug == slug)
            .Join(db.Requirements, t => t.RequirementCode, r => r.Code, (t, r) => new { r.Code, r.Title, t.Note })
            .OrderBy(r => r.Code).Select(r => new CitingRequirement(r.Code, r.Title, r.Note)).ToListAsync(ct);
}
