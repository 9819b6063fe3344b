using KnowledgeBase.History;
using KnowledgeBase.Requirements;
using KnowledgeBase.Interchange;
using KnowledgeBase.Search;
using KnowledgeBase.Stacks;
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

    /// <summary>Removes the requirement with its traces and components, and the checklist items nobody has worked on yet.</summary>
    public async Task DeleteAsync(Requirement stored, string actor, CancellationToken ct)
    {
        ChangeLog.Record(db, Entry(actor, stored), EntityRecords.Of(stored, stored.Sources, stored.Components), null);
        db.ChecklistItems.RemoveRange(await db.ChecklistItems.Where(c => c.RequirementCode == stored.Code).ToListAsync(ct));
        db.Requirements.Remove(stored);
        await db.SaveChangesAsync(ct);
        afterCommit.Add(() => index.Delete(SearchTypes.Requirement, stored.Code));
    }

    /// <summary>
    /// What still needs the requirement, as sentences: a checklist item someone has worked on (a status, an owner, a
    /// note or evidence) is a team's record and must not vanish with it; a glossary term that names it would no
    /// longer import. Untouched checklist items go with the requirement.
    /// </summary>
    public async Task<List<string>> UsesAsync(string code, CancellationToken ct)
    {
        var tracked = await db.ChecklistItems.AsNoTracking()
            .Where(c => c.RequirementCode == code && (c.Status != ChecklistStatus.Todo || c.Owner != null || c.Note != null || c.Evidence != null))
            .Join(db.Stacks, c => c.StackSlug, s => s.Slug, (c, s) => new { s.Name, c.Status, c.Owner }).ToListAsync(ct);
        // Glossary links are a JSON list per term: few terms, read whole.
        var terms = (await db.GlossaryTerms.AsNoTracking().ToListAsync(ct)).Where(t => t.Requirements.Contains(code)).Select(t => t.Term).Order();
        return
        [
            .. tracked.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t =>
                $"the checklist of the stack {t.Name} tracks it ({EnumText.Format(t.Status)}{(t.Owner is null ? "" : ", owner " + t.Owner)}): reset its item to to do, with no owner, note or evidence"),
            .. terms.Select(t => $"the glossary term {t} names it"),
        ];
    }

    /// <summary>How many stacks have an untouched checklist item for the requirement, to say what a delete removes.</summary>
    public Task<int> UntouchedItemsAsync(string code, CancellationToken ct) =>
        db.ChecklistItems.CountAsync(c => c.RequirementCode == code, ct);

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
