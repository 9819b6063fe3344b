using KnowledgeBase.Architecture;
using KnowledgeBase.History;
using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Architecture;

/// <summary>
/// Storing pipelines from the site, with their stages and the components each stage touches, and the recorded change.
/// Pipelines have no search documents; the transit map is laid out afresh for a network it has not seen.
/// </summary>
public sealed class PipelineWrites(CatalogDbContext db, TimeProvider clock)
{
    public async Task AddAsync(Pipeline pipeline, string actor, CancellationToken ct)
    {
        db.Pipelines.Add(pipeline);
        ChangeLog.Record(db, Entry(actor, pipeline), null, PipelineVersion.Record(pipeline));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Replaces the stored fields and stages (all tracked, with their components) with <paramref name="edited"/>'s, matching stages by order.</summary>
    public async Task UpdateAsync(Pipeline stored, Pipeline edited, string actor, CancellationToken ct)
    {
        var before = PipelineVersion.Record(stored);
        db.Entry(stored).CurrentValues.SetValues(edited);
        var wanted = edited.Stages.ToDictionary(s => s.Order);
        foreach (var stage in stored.Stages.ToList())
        {
            if (!wanted.Remove(stage.Order, out var kept))
            {
                stored.Stages.Remove(stage);
                continue;
            }
            stage.Name = kept.Name;
            var touched = kept.Components.ToDictionary(c => c.ComponentSlug, StringComparer.Ordinal);
            foreach (var part in stage.Components.ToList())
            {
                if (touched.Remove(part.ComponentSlug, out var same)) part.Position = same.Position;
                else stage.Components.Remove(part);
            }
            stage.Components.AddRange(touched.Values);
        }
        stored.Stages.AddRange(wanted.Values);
        ChangeLog.Record(db, Entry(actor, stored), before, PipelineVersion.Record(stored));
        await db.SaveChangesAsync(ct);
    }

    public async Task DeleteAsync(Pipeline stored, string actor, CancellationToken ct)
    {
        ChangeLog.Record(db, Entry(actor, stored), PipelineVersion.Record(stored), null);
        db.Pipelines.Remove(stored);
        await db.SaveChangesAsync(ct);
    }

    private ChangeEntry Entry(string actor, Pipeline p) =>
        new ChangeAuthor(actor, ChangeOrigin.Site, clock.GetUtcNow()).For(EntityKinds.Pipeline, p.Slug, p.Name);
}
