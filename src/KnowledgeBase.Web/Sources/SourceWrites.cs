using KnowledgeBase.Literature;
using KnowledgeBase.Search;
using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Sources;

/// <summary>
/// Storing sources from the site: the row in SQLite (inside the form's write transaction) and then the source's one
/// search document, so that the next search finds the edit without rebuilding the index.
/// </summary>
public sealed class SourceWrites(CatalogDbContext db, SearchIndex index)
{
    public async Task AddAsync(IEnumerable<Source> sources, CancellationToken ct)
    {
        var added = sources.ToList();
        db.Sources.AddRange(added);
        await db.SaveChangesAsync(ct);
        foreach (var source in added) index.Upsert(CatalogDocuments.ForSource(source));
    }

    /// <summary>Replaces the stored fields of <paramref name="stored"/> (tracked) with <paramref name="edited"/>'s.</summary>
    public async Task UpdateAsync(Source stored, Source edited, CancellationToken ct)
    {
        db.Entry(stored).CurrentValues.SetValues(edited);
        // Lists are JSON columns: assigned, not merged, so that a removed author goes.
        stored.Authors = edited.Authors;
        stored.Difficulties = edited.Difficulties;
        stored.Identifiers = edited.Identifiers;
        stored.Tags = edited.Tags;
        await db.SaveChangesAsync(ct);
        index.Upsert(CatalogDocuments.ForSource(stored));
    }

    public Task<bool> ExistsAsync(string slug, CancellationToken ct) => db.Sources.AnyAsync(s => s.Slug == slug, ct);
}
