using System.Globalization;
using System.Text.Json;
using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.History;

internal sealed class ChangeConfiguration : IEntityTypeConfiguration<Change>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Change> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Actor).HasMaxLength(FieldLimits.Person);
        b.Property(c => c.EntityKind).HasMaxLength(FieldLimits.Tag);
        b.Property(c => c.EntityKey).HasMaxLength(FieldLimits.Slug);
        b.Property(c => c.EntityName).HasMaxLength(FieldLimits.FullTitle);
        b.Property(c => c.Note).HasMaxLength(FieldLimits.Summary);
        b.Property(c => c.Origin).HasConversion<string>();
        b.Property(c => c.Action).HasConversion<string>();
        // UTC in round-trip form: text that sorts as time does. Lists order by Id, which grows with time anyway.
        b.Property(c => c.At).HasConversion(v => v.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            v => DateTimeOffset.Parse(v, CultureInfo.InvariantCulture));
        // Changes are written once and never edited: JSON text is enough, and comparing by text keeps EF honest.
        b.Property(c => c.Fields).HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            v => JsonSerializer.Deserialize<List<FieldChange>>(v, Json) ?? new List<FieldChange>(),
            new ValueComparer<List<FieldChange>>((x, y) => JsonSerializer.Serialize(x, Json) == JsonSerializer.Serialize(y, Json),
                v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal), v => v.ToList()));
        b.Property(c => c.Snapshot).HasConversion(
            v => v == null ? null : JsonSerializer.Serialize(v, Json),
            v => v == null ? null : JsonSerializer.Deserialize<EntityRecord>(v, Json),
            new ValueComparer<EntityRecord?>((x, y) => JsonSerializer.Serialize(x, Json) == JsonSerializer.Serialize(y, Json),
                v => v == null ? 0 : JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal), v => v));
        b.HasIndex(c => new { c.EntityKind, c.EntityKey });
        b.HasIndex(c => c.Actor);
    }
}
