namespace KnowledgeBase.History;

/// <summary>
/// One recorded change of one catalog entity: who made it, when, through what, and each field's value before and
/// after. <see cref="Snapshot"/> holds every field after the change, so that an editor can bring an entity back to
/// how it was at any recorded point, not only undo the last edit.
/// </summary>
public sealed class Change
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>The account name for a site edit; <see cref="ChangeActors.Import"/> for <c>kb import</c>.</summary>
    public required string Actor { get; set; }
    public ChangeOrigin Origin { get; set; }
    public ChangeAction Action { get; set; }
    public required string EntityKind { get; set; }
    public required string EntityKey { get; set; }
    /// <summary>The entity's display name at the time: it stays readable after a rename or delete.</summary>
    public required string EntityName { get; set; }
    public List<FieldChange> Fields { get; set; } = [];
    /// <summary>All fields after the change; null after a delete.</summary>
    public EntityRecord? Snapshot { get; set; }
    /// <summary>Why, when the change says so itself: "restored from change 12".</summary>
    public string? Note { get; set; }
}

public enum ChangeOrigin { Site, Import }

public enum ChangeAction { Created, Updated, Deleted }

/// <summary>One field's value before and after; null where the entity did not exist or the field was empty.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

public static class ChangeActors
{
    /// <summary>The actor of changes that arrived through the files.</summary>
    public const string Import = "kb import";
}
