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
        b.HasOne<Source>().WithMany().HasForeignKey(s => s.SourceSlug).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RequirementComponentConfiguration : IEntityTypeConfiguration<RequirementComponent>
{
    public void Configure(EntityTypeBuilder<RequirementComponent> b)
    {
        b.HasKey(c => new { c.RequirementCode, c.ComponentSlug });
        b.HasOne<Component>().WithMany().HasForeignKey(c => c.ComponentSlug).OnDelete(DeleteBehavior.Restrict);
    }
}
