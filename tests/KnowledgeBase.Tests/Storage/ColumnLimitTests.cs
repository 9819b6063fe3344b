using KnowledgeBase.Storage;
using KnowledgeBase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Tests.Storage;

/// <summary>Every text column of the model declares its length from <see cref="FieldLimits"/>: none is unbounded by omission.</summary>
public class ColumnLimitTests
{
    [Test]
    public void Every_text_column_declares_a_maximum_length()
    {
        using var temp = new TempDirectory();
        using var db = CatalogDatabase.Open(new DataDirectory(temp.Combine("kb")));

        var unbounded = db.Model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Select(p => (Entity: e, Property: p)))
            .Where(x => x.Property.ClrType == typeof(string) && x.Property.GetMaxLength() is null)
            // The key that ties a JSON-mapped item to its owner exists only in the model, not in any column.
            .Where(x => !(x.Entity.IsMappedToJson() && x.Property.IsShadowProperty()))
            .Select(x => $"{x.Entity.ShortName()}.{x.Property.Name}")
            .ToList();

        Assert.That(unbounded, Is.Empty);
    }
}
