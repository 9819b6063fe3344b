using KnowledgeBase.Storage;

namespace KnowledgeBase.History;

/// <summary>
/// Adds changes to the context, to be saved by the caller's own SaveChanges: a change is committed with the edit it
/// describes or not at all.
/// </summary>
public static class ChangeLog
{
    /// <summary>Records the difference between two states of one entity; nothing when they are the same.</summary>
    public static Change? Record(CatalogDbContext db, ChangeEntry entry, EntityRecord? before, EntityRecord? after)
    {
        var fields = EntityRecord.Diff(before, after);
        if (fields.Count == 0) return null;
        var change = new Change
        {
            At = entry.At, Actor = entry.Actor, Origin = entry.Origin, EntityKind = entry.Kind, EntityKey = entry.Key,
            EntityName = entry.Name, Note = entry.Note, Fields = fields, Snapshot = after,
            Action = before is null ? ChangeAction.Created : after is null ? ChangeAction.Deleted : ChangeAction.Updated,
        };
        db.Changes.Add(change);
        return change;
    }
}

/// <summary>Who changed which entity, when and how; the fields come from the two records.</summary>
public sealed record ChangeEntry(string Actor, ChangeOrigin Origin, DateTimeOffset At, string Kind, string Key, string Name, string? Note = null);

/// <summary>Who is changing the catalog, when and why: what a write needs to record its changes.</summary>
public sealed record ChangeAuthor(string Actor, ChangeOrigin Origin, DateTimeOffset At, string? Note = null)
{
    public ChangeEntry For(string kind, string key, string name) => new(Actor, Origin, At, kind, key, name, Note);
}
