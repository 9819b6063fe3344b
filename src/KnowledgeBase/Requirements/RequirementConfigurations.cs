using KnowledgeBase.Storage;
using KnowledgeBase.Architecture;
using KnowledgeBase.Literature;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Requirements;

internal sealed class RequirementConfiguration : IEntityTypeConfiguration<Requirement>
{
    public void Configure(EntityTypeBuilder<Requirement> b)
    {
        b.HasKey(r => r.Code);
        b.Property(r => r.Code).HasMaxLength(FieldLimits.Code);
        b.Property(r => r.LayerSlug).HasMaxLength(FieldLimits.Slug);
        b.Property(r => r.Title).HasMaxLength(FieldLimits.Name);
        b.Property(r => r.Statement).HasMaxLength(FieldLimits.Statement);
        b.Property(r => r.Kind).HasConversion<string>();
        b.Property(r => r.Priority).HasConversion<string>();
        b.PrimitiveCollection(r => r.Tags);
        b.HasOne<Layer>().WithMany().HasForeignKey(r => r.LayerSlug).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Sources).WithOne().HasForeignKey(s => s.RequirementCode).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Components).WithOne().HasForeignKey(c => c.RequirementCode).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RequirementSourceConfiguration : IEntityTypeConfiguration<RequirementSource>
{
    public void Configure(EntityTypeBuilder<RequirementSource> b)
    {
        b.HasKey(s => new { s.RequirementCode, s.SourceSlug });
        b.Property(s => s.RequirementCode).HasMaxLength(FieldLimits.Code);
        b.Property(s => s.SourceSlug).HasMaxLength(FieldLimits.Slug);
        b.Property(s => s.Note).HasMaxLength(FieldLimits.Statement);
        b.HasOne<Source>().WithMany().HasForeignKey(s => s.SourceSlug).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RequirementComponentConfiguration : IEntityTypeConfiguration<RequirementComponent>
{
    public void Configure(EntityTypeBuilder<RequirementComponent> b)
    {
        b.HasKey(c => new { c.RequirementCode, c.ComponentSlug });
        b.Property(c => c.RequirementCode).HasMaxLength(FieldLimits.Code);
        b.Property(c => c.ComponentSlug).HasMaxLength(FieldLimits.Slug);
        b.HasOne<Component>().WithMany().HasForeignKey(c => c.ComponentSlug).OnDelete(DeleteBehavior.Restrict);
    }
}
