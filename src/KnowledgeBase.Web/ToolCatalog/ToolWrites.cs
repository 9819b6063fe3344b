using KnowledgeBase.History;
using KnowledgeBase.Search;
using KnowledgeBase.Storage;
using KnowledgeBase.Tools;
using KnowledgeBase.Web.Editing;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.ToolCatalog;

/// <summary>
/// Storing tools from the site: the tool row and its coverage rows with their recorded change, inside the form's
/// write transaction; once that commits, the tool's search document.
/// </summary>
public sealed class ToolWrites(CatalogDbContext db, SearchIndex index, AfterCommit afterCommit, TimeProvider clock)
{
    public async Task AddAsync(Tool tool, string actor, CancellationToken ct)
    {
        db.Tools.Add(tool);
        ChangeLog.Record(db, Entry(actor, tool), null, EntityRecords.Of(tool, tool.Coverage));
        await db.SaveChangesAsync(ct);
        await ReindexAfterCommitAsync(tool, ct);
    }

    /// <summary>Replaces <paramref name="stored"/>'s fields and coverage (both tracked) with <paramref name="edited"/>'s.</summary>
    public async Task UpdateAsync(Tool stored, Tool edited, string actor, CancellationToken ct, string? note = null)
    {
        var before = EntityRecords.Of(stored, stored.Coverage);
        db.Entry(stored).CurrentValues.SetValues(edited);
        stored.Tags = edited.Tags;
        var wanted = edited.Coverage.ToDictionary(c => c.ComponentSlug, StringComparer.Ordinal);
        foreach (var row in stored.Coverage.ToList())
        {
            if (wanted.Remove(row.ComponentSlug, out var kept)) db.Entry(row).CurrentValues.SetValues(kept);
            else stored.Coverage.Remove(row);
        }
        stored.Coverage.AddRange(wanted.Values);
        ChangeLog.Record(db, Entry(actor, stored) with { Note = note }, before, EntityRecords.Of(stored, stored.Coverage));
        await db.SaveChangesAsync(ct);
        await ReindexAfterCommitAsync(stored, ct);
    }

    public async Task DeleteAsync(Tool stored, string actor, CancellationToken ct)
    {
        ChangeLog.Record(db, Entry(actor, stored), EntityRecords.Of(stored, stored.Coverage), null);
        db.Tools.Remove(stored);
        await db.SaveChangesAsync(ct);
        afterCommit.Add(() => index.Delete(SearchTypes.Tool, stored.Slug));
    }

    /// <summary>The stacks that use the tool, by name: a tool they use cannot go, nor the coverage they rely on.</summary>
    public Task<List<StackUse>> UsesAsync(string slug, CancellationToken ct) =>
        db.StackTools.AsNoTracking().Where(s => s.ToolSlug == slug)
            .Join(db.Stacks, s => s.StackSlug, s => s.Slug, (use, stack) => new StackUse(stack.Name, use.ComponentSlug))
            .ToListAsync(ct);

    private async Task ReindexAfterCommitAsync(Tool tool, CancellationToken ct)
    {
        var slugs = tool.Coverage.Select(c => c.ComponentSlug).ToList();
        var covered = await db.Components.AsNoTracking().Where(c => slugs.Contains(c.Slug)).ToListAsync(ct);
        var document = CatalogDocuments.ForTool(tool, covered);
        afterCommit.Add(() => index.Upsert(document));
    }

    private ChangeEntry Entry(string actor, Tool tool) =>
        new(actor, ChangeOrigin.Site, clock.GetUtcNow(), EntityKinds.Tool, tool.Slug, tool.Name);
}

public sealed record StackUse(string Stack, string Component);
