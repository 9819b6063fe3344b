using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Architecture;

internal sealed class LayerConfiguration : IEntityTypeConfiguration<Layer>
{
    public void Configure(EntityTypeBuilder<Layer> b)
    {
        b.HasKey(l => l.Slug);
        b.Property(l => l.Slug).HasMaxLength(FieldLimits.Slug);
        b.Property(l => l.Name).HasMaxLength(FieldLimits.Name);
        b.Property(l => l.Summary).HasMaxLength(FieldLimits.Summary);
        b.HasIndex(l => l.Order);
        b.HasMany(l => l.Components).WithOne(c => c.Layer).HasForeignKey(c => c.LayerSlug).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ComponentConfiguration : IEntityTypeConfiguration<Component>
{
    public void Configure(EntityTypeBuilder<Component> b)
    {
        b.HasKey(c => c.Slug);
        b.Property(c => c.Slug).HasMaxLength(FieldLimits.Slug);
        b.Property(c => c.LayerSlug).HasMaxLength(FieldLimits.Slug);
        b.Property(c => c.Name).HasMaxLength(FieldLimits.Name);
        b.Property(c => c.Summary).HasMaxLength(FieldLimits.Summary);
        b.HasIndex(c => new { c.LayerSlug, c.Order });
    }
}

internal sealed class PipelineConfiguration : IEntityTypeConfiguration<Pipeline>
{
    public void Configure(EntityTypeBuilder<Pipeline> b)
    {
        b.HasKey(p => p.Slug);
        b.Property(p => p.Slug).HasMaxLength(FieldLimits.Slug);
        b.Property(p => p.Name).HasMaxLength(FieldLimits.Name);
        b.Property(p => p.Color).HasMaxLength(FieldLimits.Color);
        b.Property(p => p.Summary).HasMaxLength(FieldLimits.Summary);
        b.HasMany(p => p.Stages).WithOne().HasForeignKey(s => s.PipelineSlug).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PipelineStageConfiguration : IEntityTypeConfiguration<PipelineStage>
{
    public void Configure(EntityTypeBuilder<PipelineStage> b)
    {
        b.HasKey(s => new { s.PipelineSlug, s.Order });
        b.Property(s => s.PipelineSlug).HasMaxLength(FieldLimits.Slug);
        b.Property(s => s.Name).HasMaxLength(FieldLimits.Name);
        b.HasMany(s => s.Components).WithOne()
            .HasForeignKey(c => new { c.PipelineSlug, c.StageOrder }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StageComponentConfiguration : IEntityTypeConfiguration<StageComponent>
{
    public void Configure(EntityTypeBuilder<StageComponent> b)
    {
        b.HasKey(c => new { c.PipelineSlug, c.StageOrder, c.ComponentSlug });
        b.Property(c => c.PipelineSlug).HasMaxLength(FieldLimits.Slug);
        b.Property(c => c.ComponentSlug).HasMaxLength(FieldLimits.Slug);
        b.HasOne(c => c.Component).WithMany().HasForeignKey(c => c.ComponentSlug).OnDelete(DeleteBehavior.Restrict);
    }
}
