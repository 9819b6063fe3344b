using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.History;

/// <summary>
/// What <c>kb import</c> changed, entity by entity: every recorded kind as it was before the import, compared with
/// the files once they are read. The first import into an empty catalog records nothing: history starts with the
/// catalog, not with thousands of "added" entries.
/// </summary>
public sealed class ImportHistory
{
    private readonly Dictionary<string, Dictionary<string, Named>> _before;

    private ImportHistory(Dictionary<string, Dictionary<string, Named>> before) => _before = before;

    /// <summary>The recorded kinds as the database holds them now; null when the catalog is empty.</summary>
    public static async Task<ImportHistory?> BeforeAsync(CatalogDbContext db, CancellationToken ct)
    {
        if (!await db.Tools.AnyAsync(ct) && !await db.Sources.AnyAsync(ct)) return null;
        return new ImportHistory(RecordsOf(await CatalogExporter.LoadAsync(db, ct)));
    }

    /// <summary>Adds a change for every entity of a recorded kind the files add, change or drop.</summary>
    public void Record(CatalogDbContext db, CatalogSnapshot files, DateTimeOffset at)
    {
        var after = RecordsOf(files);
        foreach (var kind in EntityKinds.All)
            Compare(db, kind, _before[kind], after[kind], at);
    }

    /// <summary>Each recorded kind of a catalog, by key, as its display name and record.</summary>
    private static Dictionary<string, Dictionary<string, Named>> RecordsOf(CatalogSnapshot c)
    {
        var coverage = c.Coverage.ToLookup(x => x.ToolSlug, StringComparer.Ordinal);
        var stackTools = c.StackTools.ToLookup(t => t.StackSlug, StringComparer.Ordinal);
        var traces = c.RequirementSources.ToLookup(t => t.RequirementCode, StringComparer.Ordinal);
        var concerns = c.RequirementComponents.ToLookup(x => x.RequirementCode, StringComparer.Ordinal);
        var stages = c.Stages.ToLookup(s => s.PipelineSlug, StringComparer.Ordinal);
        var touched = c.StageComponents.ToLookup(s => s.PipelineSlug, StringComparer.Ordinal);
        return new Dictionary<string, Dictionary<string, Named>>
        {
            [EntityKinds.Source] = By(c.Sources, s => s.Slug, s => new Named(s.Title, EntityRecords.Of(s))),
            [EntityKinds.Tool] = By(c.Tools, t => t.Slug, t => new Named(t.Name, EntityRecords.Of(t, coverage[t.Slug]))),
            [EntityKinds.Stack] = By(c.Stacks, s => s.Slug, s => new Named(s.Name, EntityRecords.Of(s, stackTools[s.Slug]))),
            [EntityKinds.Requirement] = By(c.Requirements, r => r.Code,
                r => new Named($"{r.Code} {r.Title}", EntityRecords.Of(r, traces[r.Code], concerns[r.Code]))),
            [EntityKinds.Layer] = By(c.Layers, l => l.Slug, l => new Named(l.Name, EntityRecords.Of(l))),
            [EntityKinds.Component] = By(c.Components, x => x.Slug, x => new Named(x.Name, EntityRecords.Of(x))),
            [EntityKinds.Pipeline] = By(c.Pipelines, p => p.Slug, p => new Named(p.Name, EntityRecords.Of(p, stages[p.Slug], touched[p.Slug]))),
        };
    }

    private static Dictionary<string, Named> By<T>(IEnumerable<T> items, Func<T, string> key, Func<T, Named> named) =>
        items.ToDictionary(key, named, StringComparer.Ordinal);

    private static void Compare(CatalogDbContext db, string kind, Dictionary<string, Named> before, Dictionary<string, Named> after, DateTimeOffset at)
    {
        foreach (var key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var had = before.TryGetValue(key, out var old);
            var has = after.TryGetValue(key, out var now);
            var name = has ? now!.Name : old!.Name;
            ChangeLog.Record(db, new ChangeEntry(ChangeActors.Import, ChangeOrigin.Import, at, kind, key, name),
                had ? old!.Record : null, has ? now!.Record : null);
        }
    }

    private sealed record Named(string Name, EntityRecord Record);
}
