namespace KnowledgeBase.History;

/// <summary>
/// An entity as named text fields, in a fixed order, using the names of the files (front-matter keys, CSV columns):
/// what history compares, shows and restores. Lists are one item a line, as the edit forms show them.
/// </summary>
public sealed class EntityRecord
{
    public List<RecordField> Fields { get; set; } = [];

    public EntityRecord Add(string field, string? value)
    {
        Fields.Add(new RecordField(field, string.IsNullOrEmpty(value) ? null : value));
        return this;
    }

    public string? this[string field] => Fields.FirstOrDefault(f => f.Name == field)?.Value;

    /// <summary>The fields whose values differ, in record order; a missing side counts as all fields empty.</summary>
    public static List<FieldChange> Diff(EntityRecord? before, EntityRecord? after)
    {
        var names = (before?.Fields ?? []).Select(f => f.Name).Concat((after?.Fields ?? []).Select(f => f.Name)).Distinct();
        return [.. names
            .Select(n => new FieldChange(n, before?[n], after?[n]))
            .Where(c => !string.Equals(c.Before, c.After, StringComparison.Ordinal))];
    }
}

public sealed record RecordField(string Name, string? Value);
