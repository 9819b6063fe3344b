using KnowledgeBase.History;
using KnowledgeBase.Requirements;
using KnowledgeBase.Search;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Editing;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Requirements;

/// <summary>Storing requirements from the site with their traces, components and recorded change; the search document after the commit.</summary>
public sealed class RequirementWrites(CatalogDbContext db, SearchIndex index, AfterCommit afterCommit, TimeProvider clock)
{
    public async Task AddAsync(Requirement requirement, string actor, CancellationToken ct)
    {
        db.Requirements.Add(requirement);
        ChangeLog.Record(db, Entry(actor, requirement), null, EntityRecords.Of(requirement, requirement.Sources, requirement.Components));
        await db.SaveChangesAsync(ct);
        await ReindexAfterCommitAsync(requirement, ct);
    }

    /// <summary>Replaces the stored fields, traces and components (all tracked) with <paramref name="edited"/>'s.</summary>
    public async Task UpdateAsync(Requirement stored, Requirement edited, string actor, CancellationToken ct)
    {
        var before = EntityRecords.Of(stored, stored.Sources, stored.Components);
        db.Entry(stored).CurrentValues.SetValues(edited);
        stored.Tags = edited.Tags;
        var traces = edited.Sources.ToDictionary(t => t.SourceSlug, StringComparer.Ordinal);
        foreach (var trace in stored.Sources.ToList())
        {
            if (traces.Remove(trace.SourceSlug, out var kept)) trace.Note = kept.Note;
            else stored.Sources.Remove(trace);
        }
        stored.Sources.AddRange(traces.Values);
        var wanted = edited.Components.Select(c => c.ComponentSlug).ToHashSet(StringComparer.Ordinal);
        // Kept rows leave "wanted" as they are matched; what remains there is new.
        stored.Components.RemoveAll(c => !wanted.Remove(c.ComponentSlug));
        stored.Components.AddRange(wanted.Select(c => new RequirementComponent { RequirementCode = stored.Code, ComponentSlug = c }));
        ChangeLog.Record(db, Entry(actor, stored), before, EntityRecords.Of(stored, stored.Sources, stored.Components));
        await db.SaveChangesAsync(ct);
        await ReindexAfterCommitAsync(stored, ct);
    }

    private async Task ReindexAfterCommitAsync(Requirement requirement, CancellationToken ct)
    {
        var slugs = requirement.Components.Select(c => c.ComponentSlug).ToList();
        var concerned = await db.Components.AsNoTracking().Where(c => slugs.Contains(c.Slug)).ToListAsync(ct);
        var layer = await db.Layers.AsNoTracking().Where(l => l.Slug == requirement.LayerSlug).Select(l => l.Name).SingleOrDefaultAsync(ct);
        var document = CatalogDocuments.ForRequirement(requirement, concerned, layer);
        afterCommit.Add(() => index.Upsert(document));
    }

    private ChangeEntry Entry(string actor, Requirement r) =>
        new(actor, ChangeOrigin.Site, clock.GetUtcNow(), EntityKinds.Requirement, r.Code, $"{r.Code} {r.Title}");
}
