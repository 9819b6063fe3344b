using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Accounts;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> b)
    {
        b.Property(a => a.UserName).HasMaxLength(AccountLimits.NameLength);
        b.Property(a => a.NormalizedUserName).HasMaxLength(AccountLimits.NameLength);
        b.Property(a => a.CreatedAt).HasConversion(v => v.ToString("O"),
            v => DateTimeOffset.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).HasMaxLength(40);
    }

    /// <summary>
    /// Identity leaves hashes, stamps and claim values without a length; every column here has one, so that no
    /// value is unbounded by omission (see <see cref="FieldLimits"/>).
    /// </summary>
    public static void BoundIdentityColumns(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.ClrType.Namespace is not ("Microsoft.AspNetCore.Identity" or "KnowledgeBase.Accounts")) continue;
            foreach (var property in entity.GetProperties())
                if (property.ClrType == typeof(string) && property.GetMaxLength() is null)
                    property.SetMaxLength(AccountLimits.OpaqueValue);
        }
    }
}
