using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.History;

/// <summary>
/// What <c>kb import</c> changed, entity by entity: the sources and tools as they were before the import, compared
/// with the files once they are read. The first import into an empty catalog records nothing: history starts with
/// the catalog, not with thousands of "added" entries.
/// </summary>
public sealed class ImportHistory
{
    private readonly Dictionary<string, (string Name, EntityRecord Record)> _sources;
    private readonly Dictionary<string, (string Name, EntityRecord Record)> _tools;
    private readonly Dictionary<string, (string Name, EntityRecord Record)> _stacks;
    private readonly Dictionary<string, (string Name, EntityRecord Record)> _requirements;

    private ImportHistory(Dictionary<string, (string, EntityRecord)> sources, Dictionary<string, (string, EntityRecord)> tools,
        Dictionary<string, (string, EntityRecord)> stacks, Dictionary<string, (string, EntityRecord)> requirements)
    {
        _sources = sources;
        _tools = tools;
        _stacks = stacks;
        _requirements = requirements;
    }

    /// <summary>The recorded kinds as the database holds them now; null when the catalog is empty.</summary>
    public static async Task<ImportHistory?> BeforeAsync(CatalogDbContext db, CancellationToken ct)
    {
        if (!await db.Tools.AnyAsync(ct) && !await db.Sources.AnyAsync(ct)) return null;
        var sources = await db.Sources.AsNoTracking().ToListAsync(ct);
        var tools = await db.Tools.AsNoTracking().Include(t => t.Coverage).ToListAsync(ct);
        var stacks = await db.Stacks.AsNoTracking().Include(s => s.Tools).ToListAsync(ct);
        var requirements = await db.Requirements.AsNoTracking().Include(r => r.Sources).Include(r => r.Components).ToListAsync(ct);
        return new ImportHistory(
            sources.ToDictionary(s => s.Slug, s => (s.Title, EntityRecords.Of(s)), StringComparer.Ordinal),
            tools.ToDictionary(t => t.Slug, t => (t.Name, EntityRecords.Of(t, t.Coverage)), StringComparer.Ordinal),
            stacks.ToDictionary(s => s.Slug, s => (s.Name, EntityRecords.Of(s, s.Tools)), StringComparer.Ordinal),
            requirements.ToDictionary(r => r.Code, r => ($"{r.Code} {r.Title}", EntityRecords.Of(r, r.Sources, r.Components)), StringComparer.Ordinal));
    }

    /// <summary>Adds a change for every source, tool, stack and requirement the files add, change or drop.</summary>
    public void Record(CatalogDbContext db, CatalogSnapshot files, DateTimeOffset at)
    {
        var incomingSources = files.Sources.ToDictionary(s => s.Slug, s => (s.Title, EntityRecords.Of(s)), StringComparer.Ordinal);
        var coverage = files.Coverage.ToLookup(c => c.ToolSlug, StringComparer.Ordinal);
        var incomingTools = files.Tools.ToDictionary(t => t.Slug, t => (t.Name, EntityRecords.Of(t, coverage[t.Slug])), StringComparer.Ordinal);
        var stackTools = files.StackTools.ToLookup(t => t.StackSlug, StringComparer.Ordinal);
        var incomingStacks = files.Stacks.ToDictionary(s => s.Slug, s => (s.Name, EntityRecords.Of(s, stackTools[s.Slug])), StringComparer.Ordinal);
        Compare(db, EntityKinds.Source, _sources, incomingSources, at);
        Compare(db, EntityKinds.Tool, _tools, incomingTools, at);
        var traces = files.RequirementSources.ToLookup(t => t.RequirementCode, StringComparer.Ordinal);
        var concerns = files.RequirementComponents.ToLookup(c => c.RequirementCode, StringComparer.Ordinal);
        var incomingRequirements = files.Requirements.ToDictionary(r => r.Code,
            r => ($"{r.Code} {r.Title}", EntityRecords.Of(r, traces[r.Code], concerns[r.Code])), StringComparer.Ordinal);
        Compare(db, EntityKinds.Stack, _stacks, incomingStacks, at);
        Compare(db, EntityKinds.Requirement, _requirements, incomingRequirements, at);
    }

    private static void Compare(CatalogDbContext db, string kind, Dictionary<string, (string Name, EntityRecord Record)> before,
        Dictionary<string, (string Name, EntityRecord Record)> after, DateTimeOffset at)
    {
        foreach (var key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var had = before.TryGetValue(key, out var old);
            var has = after.TryGetValue(key, out var now);
            var name = has ? now.Name : old.Name;
            ChangeLog.Record(db, new ChangeEntry(ChangeActors.Import, ChangeOrigin.Import, at, kind, key, name),
                had ? old.Record : null, has ? now.Record : null);
        }
    }
}
