using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Glossary;

/// <summary>
/// A term of the field as insiders use it ("data preprocessing"), its synonyms, the words outsiders use for the same
/// thing ("data cleaning"), and the components and requirements it means. Search reads the outsiders' words as the
/// term, so someone who does not know the vocabulary still finds what the catalog calls it.
/// </summary>
public sealed class GlossaryTerm
{
    public required string Slug { get; set; }
    public required string Term { get; set; }
    public string Summary { get; set; } = "";
    /// <summary>Other names insiders use for the same thing (abbreviations included: CT for continuous training).</summary>
    public List<string> Synonyms { get; set; } = [];
    /// <summary>What people outside the field call it.</summary>
    public List<string> OutsiderTerms { get; set; } = [];
    public List<string> Components { get; set; } = [];
    public List<string> Requirements { get; set; } = [];

    /// <summary>Every name the term goes by other than its own: synonyms first, then the outsiders' words.</summary>
    public IEnumerable<string> Aliases => Synonyms.Concat(OutsiderTerms);
}

internal sealed class GlossaryTermConfiguration : IEntityTypeConfiguration<GlossaryTerm>
{
    public void Configure(EntityTypeBuilder<GlossaryTerm> b)
    {
        b.ToTable("GlossaryTerms");
        b.HasKey(t => t.Slug);
        b.Property(t => t.Slug).HasMaxLength(FieldLimits.Slug);
        b.Property(t => t.Term).HasMaxLength(FieldLimits.Name);
        b.Property(t => t.Summary).HasMaxLength(FieldLimits.Summary);
        // Lists of names and keys, only ever read with their term: JSON columns, checked against the catalog on import.
        b.PrimitiveCollection(t => t.Synonyms);
        b.PrimitiveCollection(t => t.OutsiderTerms);
        b.PrimitiveCollection(t => t.Components);
        b.PrimitiveCollection(t => t.Requirements);
        b.Ignore(t => t.Aliases);
    }
}
