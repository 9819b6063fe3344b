using KnowledgeBase.History;
using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Interchange;

/// <summary>
/// Makes the database hold exactly what a valid snapshot says, in one transaction: rows are updated in place by
/// their key, new rows added, and rows that disappeared from the files removed. Any failure rolls everything back.
/// </summary>
public static class CatalogImporter
{
    /// <summary>Reads and checks the folders; imports only when every file is valid. Returns the problems found.</summary>
    public static async Task<IReadOnlyList<ImportError>> ImportFilesAsync(CatalogDbContext db, string dataDir, string literatureDir,
        CancellationToken cancellationToken = default)
    {
        var files = CatalogReader.Read(dataDir, literatureDir);
        if (files.IsValid)
            await ImportAsync(db, files.Snapshot, cancellationToken);
        return files.Errors;
    }

    public static async Task ImportAsync(CatalogDbContext db, CatalogSnapshot files, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changeTracking = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var history = await ImportHistory.BeforeAsync(db, cancellationToken);
            await Sync(db, db.Layers, files.Layers, l => l.Slug, cancellationToken);
            await Sync(db, db.Components, files.Components, c => c.Slug, cancellationToken);
            await Sync(db, db.Pipelines, files.Pipelines, p => p.Slug, cancellationToken);
            await Sync(db, db.PipelineStages, files.Stages, s => $"{s.PipelineSlug}\u001f{s.Order}", cancellationToken);
            await Sync(db, db.StageComponents, files.StageComponents, s => $"{s.PipelineSlug}\u001f{s.StageOrder}\u001f{s.ComponentSlug}", cancellationToken);
            // Sources go in first, untracked, so the traces that cite them find them (see SourceBulkWriter).
            await SourceBulkWriter.UpsertAsync(db, files.Sources, cancellationToken);
            await Sync(db, db.Requirements, files.Requirements, r => r.Code, cancellationToken);
            await Sync(db, db.RequirementSources, files.RequirementSources, r => $"{r.RequirementCode}\u001f{r.SourceSlug}", cancellationToken);
            await Sync(db, db.RequirementComponents, files.RequirementComponents, r => $"{r.RequirementCode}\u001f{r.ComponentSlug}", cancellationToken);
            await Sync(db, db.Tools, files.Tools, t => t.Slug, cancellationToken);
            await Sync(db, db.ToolCoverage, files.Coverage, c => $"{c.ToolSlug}\u001f{c.ComponentSlug}", cancellationToken);
            await Sync(db, db.ToolRelations, files.ToolRelations, r => $"{r.ToolSlug}\u001f{r.Kind}\u001f{r.OtherSlug}", cancellationToken);
            await Sync(db, db.Stacks, files.Stacks, s => s.Slug, cancellationToken);
            await Sync(db, db.StackTools, files.StackTools, s => $"{s.StackSlug}\u001f{s.ToolSlug}\u001f{s.ComponentSlug}", cancellationToken);
            await Sync(db, db.ChecklistItems, files.Checklist, c => $"{c.StackSlug}\u001f{c.RequirementCode}", cancellationToken);
            await Sync(db, db.GlossaryTerms, files.Glossary, t => t.Slug, cancellationToken);

            var state = await db.CatalogState.SingleOrDefaultAsync(cancellationToken);
            if (state is null) db.CatalogState.Add(state = new CatalogState());
            state.Version++;
            state.ImportedAt = DateTimeOffset.UtcNow;
            history?.Record(db, files, state.ImportedAt.Value);

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
            await SourceBulkWriter.DeleteMissingAsync(db, files.Sources, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = changeTracking;
            db.ChangeTracker.Clear();
        }
    }

    private static async Task Sync<T>(CatalogDbContext db, DbSet<T> set, IReadOnlyList<T> incoming, Func<T, string> key,
        CancellationToken cancellationToken) where T : class
    {
        var existing = (await set.ToListAsync(cancellationToken)).ToDictionary(key, StringComparer.Ordinal);
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in incoming)
        {
            var k = key(item);
            kept.Add(k);
            if (existing.TryGetValue(k, out var current))
            {
                db.Entry(current).CurrentValues.SetValues(item);
            }
            else
            {
                set.Add(item);
            }
        }
        foreach (var (k, current) in existing)
            if (!kept.Contains(k))
                set.Remove(current);
    }
}
