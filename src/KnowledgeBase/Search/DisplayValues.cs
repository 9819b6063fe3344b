using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KnowledgeBase.Search;

/// <summary>
/// What a hit shows (type, key, title, detail and the text snippets are cut from), kept in one binary doc value
/// per document. Reading stored fields decompresses a whole chunk per hit, which cost more than the search itself;
/// doc values are read in place.
/// </summary>
internal static class DisplayValues
{
    public const string Field = "display";
    private const char Separator = '\u001f';
    // Lucene 4.8 refuses binary doc values of 32 KiB or more; a snippet from the first 30,000 bytes is plenty.
    private const int MaxBytes = 30_000;
    // The title and detail line come before the text and must fit whole, or the values cannot be split apart again.
    private const int MaxHeadValue = 1_000;

    public static BinaryDocValuesField Create(SearchDocument d)
    {
        var head = string.Join(Separator, Head(d.Type), Head(d.Key), Head(d.Title), Head(d.Detail ?? "")) + Separator;
        var bytes = Encoding.UTF8.GetBytes(head + d.Body);
        if (bytes.Length > MaxBytes)
        {
            var cut = MaxBytes;
            while (cut > 0 && (bytes[cut] & 0xC0) == 0x80) cut--; // never split a UTF-8 sequence
            bytes = bytes[..cut];
        }
        return new BinaryDocValuesField(Field, new BytesRef(bytes));
    }

    /// <summary>The display values of a top-level document id.</summary>
    public static Display Read(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var values = leaf.AtomicReader.GetBinaryDocValues(Field);
        var bytes = new BytesRef();
        values?.Get(doc - leaf.DocBase, bytes);
        var text = bytes.Length == 0 ? "" : Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length);
        var parts = text.Split(Separator, 5);
        return parts.Length == 5 ? new Display(parts[0], parts[1], parts[2], parts[3].Length > 0 ? parts[3] : null, parts[4]) : new Display("", "", "", null, "");
    }

    private static string Head(string value) => IndexSchema.Cut(value, MaxHeadValue).Replace(Separator, ' ');
}

internal sealed record Display(string Type, string Key, string Title, string? Detail, string Body);
