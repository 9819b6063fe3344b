using System.Globalization;
using KnowledgeBase.History;
using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Submissions;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
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
        b.Property(s => s.Fields).AsJson(() => new EntityRecord());
        b.HasIndex(s => new { s.Status, s.Id });
        b.HasIndex(s => s.Author);
    }
}

internal sealed class StackRequestConfiguration : IEntityTypeConfiguration<StackRequest>
{
    public void Configure(EntityTypeBuilder<StackRequest> b)
    {
        b.HasKey(r => r.Id);
        b.Property(r => r.Title).HasMaxLength(FieldLimits.Name);
        b.Property(r => r.Details).HasMaxLength(FieldLimits.Summary);
        b.Property(r => r.PostedBy).HasMaxLength(FieldLimits.Person);
        b.Property(r => r.AnsweredBy).HasMaxLength(FieldLimits.Slug);
        b.Property(r => r.PostedAt).HasConversion(v => v.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            v => DateTimeOffset.Parse(v, CultureInfo.InvariantCulture));
    }
}
