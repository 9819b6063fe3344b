using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Literature;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> b)
    {
        b.HasKey(s => s.Slug);
        // Authors, tags and identifiers are only ever read with their source: JSON columns keep them in order
        // without three join tables.
        b.PrimitiveCollection(s => s.Authors);
        b.PrimitiveCollection(s => s.Tags);
        b.OwnsMany(s => s.Identifiers, i => i.ToJson());
        b.HasIndex(s => s.Year);
    }
}
