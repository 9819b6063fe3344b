using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Interchange;

/// <summary>Reads the whole working copy back into a snapshot, for export.</summary>
public static class CatalogExporter
{
    public static async Task<CatalogSnapshot> LoadAsync(CatalogDbContext db, CancellationToken cancellationToken = default)
    {
        var snapshot = new CatalogSnapshot();
        snapshot.Layers.AddRange(await db.Layers.AsNoTracking().ToListAsync(cancellationToken));
        snapshot.Components.AddRange(await db.Components.AsNoTracking().ToListAsync(cancellationToken));
        snapshot.Pipelines.AddRange(await db.Pipelines.AsNoTracking().ToListAsync(cancellationToken));
        snapshot.Stages.AddRange(await db.PipelineStages.AsNoTracking().ToListAsync(cancellationToken));
        snapshot.StageComponents.AddRange(await db.StageComponents.AsNoTracking().ToListAsync(cancellationToken));
        snapshot.Sources.AddRange(await db.Sources.AsNoTracking().ToListAsync(cancellationToken));
        snapshot.Requirements.AddRange(await db.Requirements.AsNoTracking().ToListAsync(cancellationToken));
        snapshot.RequirementSources.AddRange(await db.RequirementSources.AsNoTracking().ToListAsync(cancellationToken));
        snapshot.RequirementComponents.AddRange(await db.RequirementComponents.AsNoTracking().ToListAsync(cancellationToken));
        snapshot.Tools.AddRange(await db.Tools.AsNoTracking().ToListAsync(cancellationToken));
        snapshot.Coverage.AddRange(await db.ToolCoverage.AsNoTracking().ToListAsync(cancellationToken));
        snapshot.ToolRelations.AddRange(await db.ToolRelations.AsNoTracking().ToListAsync(cancellationToken));
        snapshot.Stacks.AddRange(await db.Stacks.AsNoTracking().ToListAsync(cancellationToken));
        snapshot.StackTools.AddRange(await db.StackTools.AsNoTracking().ToListAsync(cancellationToken));
        snapshot.Checklist.AddRange(await db.ChecklistItems.AsNoTracking().ToListAsync(cancellationToken));
        snapshot.Glossary.AddRange(await db.GlossaryTerms.AsNoTracking().ToListAsync(cancellationToken));
        return snapshot;
    }

    public static async Task ExportAsync(CatalogDbContext db, string outDir, CancellationToken cancellationToken = default)
    {
        var snapshot = await LoadAsync(db, cancellationToken);
        CatalogWriter.Write(snapshot, Path.Combine(outDir, "data"), Path.Combine(outDir, "literature"));
    }
}
