using KnowledgeBase.History;
using KnowledgeBase.Literature;
using KnowledgeBase.Search;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Editing;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Sources;

/// <summary>
/// Storing sources from the site: the row in SQLite and its recorded change (inside the form's write transaction),
/// then, once that commits, the source's one search document, so that the next search finds the edit without
/// rebuilding the index.
/// </summary>
public sealed class SourceWrites(CatalogDbContext db, SearchIndex index, AfterCommit afterCommit, TimeProvider clock)
{
    public async Task AddAsync(IEnumerable<Source> sources, string actor, CancellationToken ct)
    {
        var added = sources.ToList();
        db.Sources.AddRange(added);
        foreach (var source in added)
            ChangeLog.Record(db, Entry(actor, source), null, EntityRecords.Of(source));
        await db.SaveChangesAsync(ct);
        afterCommit.Add(() => { foreach (var source in added) index.Upsert(CatalogDocuments.ForSource(source)); });
    }

    /// <summary>Replaces the stored fields of <paramref name="stored"/> (tracked) with <paramref name="edited"/>'s.</summary>
    public async Task UpdateAsync(Source stored, Source edited, string actor, CancellationToken ct, string? note = null)
    {
        var before = EntityRecords.Of(stored);
        db.Entry(stored).CurrentValues.SetValues(edited);
        // Lists are JSON columns: assigned, not merged, so that a removed author goes.
        stored.Authors = edited.Authors;
        stored.Difficulties = edited.Difficulties;
        stored.Identifiers = edited.Identifiers;
        stored.Tags = edited.Tags;
        ChangeLog.Record(db, Entry(actor, stored) with { Note = note }, before, EntityRecords.Of(stored));
        await db.SaveChangesAsync(ct);
        afterCommit.Add(() => index.Upsert(CatalogDocuments.ForSource(stored)));
    }

    public async Task DeleteAsync(Source stored, string actor, CancellationToken ct)
    {
        ChangeLog.Record(db, Entry(actor, stored), EntityRecords.Of(stored), null);
        db.Sources.Remove(stored);
        await db.SaveChangesAsync(ct);
        afterCommit.Add(() => index.Delete(SearchTypes.Source, stored.Slug));
    }

    /// <summary>The requirements traced to the source, as sentences: a requirement's evidence cannot vanish under it.</summary>
    public Task<List<string>> UsesAsync(string slug, CancellationToken ct) =>
        db.RequirementSources.AsNoTracking().Where(t => t.SourceSlug == slug)
            .Join(db.Requirements, t => t.RequirementCode, r => r.Code, (_, r) => r.Code + " " + r.Title).OrderBy(r => r)
            .Select(r => "the requirement " + r + " is traced to it: trace it to another source, or remove the trace")
            .ToListAsync(ct);

    public Task<bool> ExistsAsync(string slug, CancellationToken ct) => db.Sources.AnyAsync(s => s.Slug == slug, ct);

    private ChangeEntry Entry(string actor, Source source) =>
        new(actor, ChangeOrigin.Site, clock.GetUtcNow(), EntityKinds.Source, source.Slug, source.Title);
}
