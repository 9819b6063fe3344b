using KnowledgeBase.Storage;
using KnowledgeBase.Architecture;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Tools;

internal sealed class ToolConfiguration : IEntityTypeConfiguration<Tool>
{
    public void Configure(EntityTypeBuilder<Tool> b)
    {
        b.HasKey(t => t.Slug);
        b.Property(t => t.Slug).HasMaxLength(FieldLimits.Slug);
        b.Property(t => t.Name).HasMaxLength(FieldLimits.Name);
        b.Property(t => t.Homepage).HasMaxLength(FieldLimits.Url);
        b.Property(t => t.Repository).HasMaxLength(FieldLimits.Url);
        b.Property(t => t.License).HasMaxLength(FieldLimits.Tag);
        b.Property(t => t.Vendor).HasMaxLength(FieldLimits.Person);
        b.Property(t => t.Summary).HasMaxLength(FieldLimits.Summary);
        b.Property(t => t.Kind).HasConversion<string>();
        b.PrimitiveCollection(t => t.Tags);
        b.HasMany(t => t.Coverage).WithOne().HasForeignKey(c => c.ToolSlug).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ToolCoverageConfiguration : IEntityTypeConfiguration<ToolCoverage>
{
    public void Configure(EntityTypeBuilder<ToolCoverage> b)
    {
        b.HasKey(c => new { c.ToolSlug, c.ComponentSlug });
        b.Property(c => c.ToolSlug).HasMaxLength(FieldLimits.Slug);
        b.Property(c => c.ComponentSlug).HasMaxLength(FieldLimits.Slug);
        b.Property(c => c.Evidence).HasMaxLength(FieldLimits.Url);
        b.Property(c => c.Level).HasConversion<string>();
        b.HasOne<Component>().WithMany().HasForeignKey(c => c.ComponentSlug).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.ComponentSlug);
    }
}

internal sealed class ToolRelationConfiguration : IEntityTypeConfiguration<ToolRelation>
{
    public void Configure(EntityTypeBuilder<ToolRelation> b)
    {
        b.HasKey(r => new { r.ToolSlug, r.Kind, r.OtherSlug });
        b.Property(r => r.ToolSlug).HasMaxLength(FieldLimits.Slug);
        b.Property(r => r.OtherSlug).HasMaxLength(FieldLimits.Slug);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(FieldLimits.Tag);
        b.Property(r => r.Note).HasMaxLength(FieldLimits.Statement);
        b.Property(r => r.Evidence).HasMaxLength(FieldLimits.Url);
        b.HasOne<Tool>().WithMany().HasForeignKey(r => r.ToolSlug).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Tool>().WithMany().HasForeignKey(r => r.OtherSlug).OnDelete(DeleteBehavior.Cascade);
        // A tool page reads the relations from both ends.
        b.HasIndex(r => r.OtherSlug);
    }
}
