using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Architecture;

internal sealed class LayerConfiguration : IEntityTypeConfiguration<Layer>
{
    public void Configure(EntityTypeBuilder<Layer> b)
    {
        b.HasKey(l => l.Slug);
        b.HasIndex(l => l.Order);
        b.HasMany(l => l.Components).WithOne(c => c.Layer).HasForeignKey(c => c.LayerSlug).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ComponentConfiguration : IEntityTypeConfiguration<Component>
{
    public void Configure(EntityTypeBuilder<Component> b)
    {
        b.HasKey(c => c.Slug);
        b.HasIndex(c => new { c.LayerSlug, c.Order });
    }
}

internal sealed class PipelineConfiguration : IEntityTypeConfiguration<Pipeline>
{
    public void Configure(EntityTypeBuilder<Pipeline> b)
    {
        b.HasKey(p => p.Slug);
        b.HasMany(p => p.Stages).WithOne().HasForeignKey(s => s.PipelineSlug).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PipelineStageConfiguration : IEntityTypeConfiguration<PipelineStage>
{
    public void Configure(EntityTypeBuilder<PipelineStage> b)
    {
        b.HasKey(s => new { s.PipelineSlug, s.Order });
        b.HasMany(s => s.Components).WithOne()
            .HasForeignKey(c => new { c.PipelineSlug, c.StageOrder }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StageComponentConfiguration : IEntityTypeConfiguration<StageComponent>
{
    public void Configure(EntityTypeBuilder<StageComponent> b)
    {
        b.HasKey(c => new { c.PipelineSlug, c.StageOrder, c.ComponentSlug });
        b.HasOne(c => c.Component).WithMany().HasForeignKey(c => c.ComponentSlug).OnDelete(DeleteBehavior.Restrict);
    }
}
