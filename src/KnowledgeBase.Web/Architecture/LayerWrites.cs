using KnowledgeBase.Architecture;
using KnowledgeBase.History;
using KnowledgeBase.Search;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Editing;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Architecture;

/// <summary>Storing layers from the site with their recorded change; once that commits, the search documents.</summary>
public sealed class LayerWrites(CatalogDbContext db, SearchIndex index, AfterCommit afterCommit, TimeProvider clock)
{
    public async Task AddAsync(Layer layer, string actor, CancellationToken ct)
    {
        db.Layers.Add(layer);
        ChangeLog.Record(db, Entry(actor, layer), null, EntityRecords.Of(layer));
        await db.SaveChangesAsync(ct);
        var document = CatalogDocuments.ForLayer(layer);
        afterCommit.Add(() => index.Upsert(document));
    }

    public async Task UpdateAsync(Layer stored, Layer edited, string actor, CancellationToken ct)
    {
        var before = EntityRecords.Of(stored);
        db.Entry(stored).CurrentValues.SetValues(edited);
        ChangeLog.Record(db, Entry(actor, stored), before, EntityRecords.Of(stored));
        await db.SaveChangesAsync(ct);
        // Its components' documents name the layer.
        var inLayer = await db.Components.AsNoTracking().Where(c => c.LayerSlug == stored.Slug).Select(c => c.Slug).ToListAsync(ct);
        var documents = (await ArchitectureDocuments.ComponentsAsync(db, inLayer, ct)).Prepend(CatalogDocuments.ForLayer(stored)).ToList();
        afterCommit.Add(() => documents.ForEach(index.Upsert));
    }

    public async Task DeleteAsync(Layer stored, string actor, CancellationToken ct)
    {
        ChangeLog.Record(db, Entry(actor, stored), EntityRecords.Of(stored), null);
        db.Layers.Remove(stored);
        await db.SaveChangesAsync(ct);
        afterCommit.Add(() => index.Delete(SearchTypes.Layer, stored.Slug));
    }

    /// <summary>What still belongs to the layer, as sentences: a layer with components or requirements cannot go.</summary>
    public async Task<List<string>> UsesAsync(string slug, CancellationToken ct)
    {
        var components = await db.Components.AsNoTracking().Where(c => c.LayerSlug == slug).OrderBy(c => c.Order).Select(c => c.Name).ToListAsync(ct);
        var requirements = await db.Requirements.AsNoTracking().Where(r => r.LayerSlug == slug).OrderBy(r => r.Code)
            .Select(r => r.Code + " " + r.Title).ToListAsync(ct);
        return
        [
            .. components.Select(c => $"the component {c} is in this layer: move it to another layer or delete it"),
            .. requirements.Select(r => $"the requirement {r} belongs to this layer: give it another layer"),
        ];
    }

    private ChangeEntry Entry(string actor, Layer l) =>
        new ChangeAuthor(actor, ChangeOrigin.Site, clock.GetUtcNow()).For(EntityKinds.Layer, l.Slug, l.Name);
}
