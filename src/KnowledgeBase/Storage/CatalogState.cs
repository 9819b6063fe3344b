using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Storage;

/// <summary>
/// A single row that counts catalog changes. The search index stores the version it was built from,
/// so a stale index can be told apart from a current one.
/// </summary>
public sealed class CatalogState
{
    public int Id { get; set; } = 1;
    public long Version { get; set; }
    public DateTimeOffset? ImportedAt { get; set; }
}

internal sealed class CatalogStateConfiguration : IEntityTypeConfiguration<CatalogState>
{
    public void Configure(EntityTypeBuilder<CatalogState> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        // Stored as text: it is only displayed, never sorted.
        b.Property(s => s.ImportedAt).HasConversion(v => v.HasValue ? v.Value.ToString("O") : null,
            v => v == null ? null : DateTimeOffset.Parse(v, System.Globalization.CultureInfo.InvariantCulture));
    }
}
