using KnowledgeBase.Architecture;
using KnowledgeBase.History;
using KnowledgeBase.Search;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Editing;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Architecture;

/// <summary>Storing components from the site with their recorded change; once that commits, the search documents.</summary>
public sealed class ComponentWrites(CatalogDbContext db, SearchIndex index, AfterCommit afterCommit, TimeProvider clock)
{
    public async Task AddAsync(Component component, string actor, CancellationToken ct)
    {
        db.Components.Add(component);
        ChangeLog.Record(db, Entry(actor, component), null, EntityRecords.Of(component));
        await db.SaveChangesAsync(ct);
        var documents = await ArchitectureDocuments.ComponentsAsync(db, [component.Slug], ct);
        afterCommit.Add(() => documents.ForEach(index.Upsert));
    }

    public async Task UpdateAsync(Component stored, Component edited, string actor, CancellationToken ct)
    {
        var before = EntityRecords.Of(stored);
        var renamed = stored.Name != edited.Name || stored.LayerSlug != edited.LayerSlug;
        db.Entry(stored).CurrentValues.SetValues(edited);
        ChangeLog.Record(db, Entry(actor, stored), before, EntityRecords.Of(stored));
        await db.SaveChangesAsync(ct);
        var documents = await ArchitectureDocuments.ComponentsAsync(db, [stored.Slug], ct);
        // The tools and requirements that name the component carry its name and layer in their own documents.
        if (renamed) documents.AddRange(await ArchitectureDocuments.MentionsOfAsync(db, stored.Slug, ct));
        afterCommit.Add(() => documents.ForEach(index.Upsert));
    }

    public async Task DeleteAsync(Component stored, string actor, CancellationToken ct)
    {
        ChangeLog.Record(db, Entry(actor, stored), EntityRecords.Of(stored), null);
        db.Components.Remove(stored);
        await db.SaveChangesAsync(ct);
        afterCommit.Add(() => index.Delete(SearchTypes.Component, stored.Slug));
    }

    /// <summary>Everything in the catalog that points at the component, as sentences: while any does, it cannot go.</summary>
    public async Task<List<string>> UsesAsync(string slug, CancellationToken ct)
    {
        var tools = await db.ToolCoverage.AsNoTracking().Where(c => c.ComponentSlug == slug)
            .Join(db.Tools, c => c.ToolSlug, t => t.Slug, (_, t) => t.Name).OrderBy(n => n).ToListAsync(ct);
        var requirements = await db.RequirementComponents.AsNoTracking().Where(c => c.ComponentSlug == slug)
            .Join(db.Requirements, c => c.RequirementCode, r => r.Code, (_, r) => r.Code + " " + r.Title).OrderBy(r => r).ToListAsync(ct);
        var stages = await db.StageComponents.AsNoTracking().Where(s => s.ComponentSlug == slug)
            .Join(db.PipelineStages, s => new { s.PipelineSlug, Order = s.StageOrder }, st => new { st.PipelineSlug, st.Order }, (_, st) => st)
            .Join(db.Pipelines, st => st.PipelineSlug, p => p.Slug, (st, p) => new { Pipeline = p.Name, st.Order, st.Name }).ToListAsync(ct);
        var stacks = await db.StackTools.AsNoTracking().Where(s => s.ComponentSlug == slug)
            .Join(db.Stacks, s => s.StackSlug, s => s.Slug, (use, stack) => stack.Name).Distinct().OrderBy(n => n).ToListAsync(ct);
        // Glossary links are a JSON list per term: few terms, read whole.
        var terms = (await db.GlossaryTerms.AsNoTracking().ToListAsync(ct)).Where(t => t.Components.Contains(slug)).Select(t => t.Term).Order();
        return
        [
            .. tools.Select(t => $"the tool {t} covers it"),
            .. requirements.Select(r => $"the requirement {r} concerns it"),
            .. stages.OrderBy(s => s.Pipeline).ThenBy(s => s.Order).Select(s => $"stage {s.Order} ({s.Name}) of the {s.Pipeline} touches it"),
            .. stacks.Select(s => $"the stack {s} uses a tool for it"),
            .. terms.Select(t => $"the glossary term {t} means it"),
        ];
    }

    private ChangeEntry Entry(string actor, Component c) =>
        new ChangeAuthor(actor, ChangeOrigin.Site, clock.GetUtcNow()).For(EntityKinds.Component, c.Slug, c.Name);
}
