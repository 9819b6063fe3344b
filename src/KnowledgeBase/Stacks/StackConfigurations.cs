using KnowledgeBase.Storage;
using KnowledgeBase.Architecture;
using KnowledgeBase.Requirements;
using KnowledgeBase.Tools;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Stacks;

internal sealed class StackConfiguration : IEntityTypeConfiguration<Stack>
{
    public void Configure(EntityTypeBuilder<Stack> b)
    {
        b.HasKey(s => s.Slug);
        b.Property(s => s.Slug).HasMaxLength(FieldLimits.Slug);
        b.Property(s => s.Name).HasMaxLength(FieldLimits.Name);
        b.Property(s => s.Author).HasMaxLength(FieldLimits.Person);
        b.Property(s => s.Contact).HasMaxLength(FieldLimits.Contact);
        b.Property(s => s.Summary).HasMaxLength(FieldLimits.Summary);
        b.HasMany(s => s.Tools).WithOne().HasForeignKey(t => t.StackSlug).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Checklist).WithOne().HasForeignKey(c => c.StackSlug).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StackToolConfiguration : IEntityTypeConfiguration<StackTool>
{
    public void Configure(EntityTypeBuilder<StackTool> b)
    {
        b.HasKey(t => new { t.StackSlug, t.ToolSlug, t.ComponentSlug });
        b.Property(t => t.StackSlug).HasMaxLength(FieldLimits.Slug);
        b.Property(t => t.ToolSlug).HasMaxLength(FieldLimits.Slug);
        b.Property(t => t.ComponentSlug).HasMaxLength(FieldLimits.Slug);
        b.HasOne<Tool>().WithMany().HasForeignKey(t => t.ToolSlug).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Component>().WithMany().HasForeignKey(t => t.ComponentSlug).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ChecklistItemConfiguration : IEntityTypeConfiguration<ChecklistItem>
{
    public void Configure(EntityTypeBuilder<ChecklistItem> b)
    {
        b.HasKey(c => new { c.StackSlug, c.RequirementCode });
        b.Property(c => c.StackSlug).HasMaxLength(FieldLimits.Slug);
        b.Property(c => c.RequirementCode).HasMaxLength(FieldLimits.Code);
        b.Property(c => c.Owner).HasMaxLength(FieldLimits.Person);
        b.Property(c => c.Note).HasMaxLength(FieldLimits.Statement);
        b.Property(c => c.Evidence).HasMaxLength(FieldLimits.Url);
        b.Property(c => c.Status).HasConversion<string>();
        b.HasOne<Requirement>().WithMany().HasForeignKey(c => c.RequirementCode).OnDelete(DeleteBehavior.Restrict);
    }
}
