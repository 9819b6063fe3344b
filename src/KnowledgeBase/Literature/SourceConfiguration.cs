using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Literature;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> b)
    {
        b.HasKey(s => s.Slug);
        // Authors, tags, difficulties and identifiers are only ever read with their source: JSON columns keep them in order
        // without three join tables.
        b.PrimitiveCollection(s => s.Authors);
        b.PrimitiveCollection(s => s.Tags);
        b.PrimitiveCollection(s => s.Difficulties);
        b.OwnsMany(s => s.Identifiers, i =>
        {
            i.ToJson();
            i.Property(x => x.Scheme).HasMaxLength(FieldLimits.Tag);
            i.Property(x => x.Value).HasMaxLength(FieldLimits.Url);
        });
        b.HasIndex(s => s.Year);
        b.Property(s => s.Slug).HasMaxLength(FieldLimits.Slug);
        b.Property(s => s.Title).HasMaxLength(FieldLimits.Name);
        b.Property(s => s.FullTitle).HasMaxLength(FieldLimits.FullTitle);
        b.Property(s => s.Kind).HasMaxLength(FieldLimits.Tag);
        b.Property(s => s.DateAdded).HasMaxLength(FieldLimits.Tag);
        b.Property(s => s.Note).HasMaxLength(FieldLimits.NoteBody);
        b.Property(s => s.UnknownFrontMatter).HasMaxLength(FieldLimits.UnknownFrontMatter);
    }
}
