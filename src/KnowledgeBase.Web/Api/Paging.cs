using System.Buffers.Text;
using System.ComponentModel.DataAnnotations;
using System.Text;
using System.Text.Json.Serialization;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBase.Web.Api;

/// <summary>
/// <c>limit</c> and <c>cursor</c> of every list endpoint, checked at the edge: a limit outside 1..200 or a cursor this
/// API did not hand out is a 400 problem before any query runs (the [ApiController] model check answers it).
/// </summary>
[QueryKeys]
public sealed class PageRequest
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>Items per page, 1 to 200; 50 when left out.</summary>
    [FromQuery(Name = "limit")]
    [Range(1, MaxLimit, ErrorMessage = "limit must be a whole number from 1 to 200.")]
    public int? Limit { get; set; }

    /// <summary>The <c>nextCursor</c> of the previous page; left out for the first page.</summary>
    [FromQuery(Name = "cursor")]
    [CursorFormat]
    public string? Cursor { get; set; }

    /// <summary>The items after the cursor, in key order, and the cursor of the page after them (null on the last page).</summary>
    public Page<TItem> Take<TItem>(IEnumerable<TItem> items, Func<TItem, string> key)
    {
        var after = Cursor is null ? null : Api.Cursor.Decode(Cursor);
        var limit = Limit ?? DefaultLimit;
        var window = items.OrderBy(key, StringComparer.Ordinal)
            .Where(i => after is null || string.CompareOrdinal(key(i), after) > 0)
            .Take(limit + 1).ToList();
        var more = window.Count > limit;
        if (more) window.RemoveAt(limit);
        return new Page<TItem>(window, more ? Api.Cursor.Encode(key(window[^1])) : null);
    }
}

/// <summary>One page of a list: its items, and the cursor that asks for the next page (null when this is the last).</summary>
public sealed record Page<TItem>(
    [property: JsonPropertyName("items")] IReadOnlyList<TItem> Items,
    [property: JsonPropertyName("nextCursor")] string? NextCursor);

/// <summary>
/// The opaque cursor: the base64url text of the last key (slug or code) of the page before. Lists are ordered by
/// that key, so a cursor stays meaningful across edits: an item added before it is skipped, not repeated.
/// </summary>
public static class Cursor
{
    public static string Encode(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(key));

    /// <summary>The key, or null when the text is no cursor this API makes (not base64url, not UTF-8, no key's shape).</summary>
    public static string? Decode(string cursor)
    {
        if (cursor.Length > 4 * QueryValues.MaxLength) return null;
        byte[] bytes;
        try { bytes = Base64Url.DecodeFromChars(cursor); }
        catch (FormatException) { return null; }
        string key;
        try { key = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes); }
        catch (DecoderFallbackException) { return null; }
        return QueryValues.One(key) == key ? key : null;
    }
}

/// <summary>Refuses a cursor that <see cref="Cursor.Decode"/> cannot read.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CursorFormatAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is not string text || Cursor.Decode(text) is not null
            ? ValidationResult.Success
            : new ValidationResult("cursor is not one this API handed out; start again without it.", [validationContext.MemberName ?? "cursor"]);
}
