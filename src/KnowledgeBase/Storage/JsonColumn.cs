using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace KnowledgeBase.Storage;

/// <summary>
/// A value stored as JSON text in one column, for rows written once and read whole (history, submissions): no join
/// tables, and EF compares values by their text, so it notices a replaced value and never a false change.
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property, Func<T> empty) where T : class =>
        property.HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            v => JsonSerializer.Deserialize<T>(v, Json) ?? empty(),
            new ValueComparer<T>((x, y) => JsonSerializer.Serialize(x, Json) == JsonSerializer.Serialize(y, Json),
                v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal), v => v));

    /// <summary>For a value that may be missing: null stays a NULL column.</summary>
    public static PropertyBuilder<T?> AsNullableJson<T>(this PropertyBuilder<T?> property) where T : class =>
        property.HasConversion(
            v => v == null ? null : JsonSerializer.Serialize(v, Json),
            v => v == null ? null : JsonSerializer.Deserialize<T>(v, Json),
            new ValueComparer<T?>((x, y) => JsonSerializer.Serialize(x, Json) == JsonSerializer.Serialize(y, Json),
                v => v == null ? 0 : JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal), v => v));
}
