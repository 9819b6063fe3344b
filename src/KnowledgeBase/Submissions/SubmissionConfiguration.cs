using System.Globalization;
using System.Text.Json;
using KnowledgeBase.History;
using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Submissions;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Submission> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Author).HasMaxLength(FieldLimits.Person);
        b.Property(s => s.ReviewedBy).HasMaxLength(FieldLimits.Person);
        b.Property(s => s.Title).HasMaxLength(FieldLimits.Name);
        b.Property(s => s.Reason).HasMaxLength(FieldLimits.Summary);
        b.Property(s => s.ResultKey).HasMaxLength(FieldLimits.Slug);
        b.Property(s => s.Kind).HasConversion<string>();
        b.Property(s => s.Status).HasConversion<string>();
        b.Property(s => s.SubmittedAt).HasConversion(v => v.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            v => DateTimeOffset.Parse(v, CultureInfo.InvariantCulture));
        b.Property(s => s.ReviewedAt).HasConversion(v => v.HasValue ? v.Value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) : null,
            v => v == null ? null : DateTimeOffset.Parse(v, CultureInfo.InvariantCulture));
        b.Property(s => s.Fields).HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            v => JsonSerializer.Deserialize<EntityRecord>(v, Json) ?? new EntityRecord(),
            new ValueComparer<EntityRecord>((x, y) => JsonSerializer.Serialize(x, Json) == JsonSerializer.Serialize(y, Json),
                v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal), v => v));
        b.HasIndex(s => new { s.Status, s.Id });
        b.HasIndex(s => s.Author);
    }
}
