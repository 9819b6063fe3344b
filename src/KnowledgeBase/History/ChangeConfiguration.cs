using System.Globalization;
using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.History;

internal sealed class ChangeConfiguration : IEntityTypeConfiguration<Change>
{
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
        b.Property(c => c.Fields).AsJson(() => []);
        b.Property(c => c.Snapshot).AsNullableJson();
        b.HasIndex(c => new { c.EntityKind, c.EntityKey });
        b.HasIndex(c => c.Actor);
    }
}
