using Lucene.Net.Util;

namespace KnowledgeBase.Search;

/// <summary>The shape of the search index: one Lucene version, the field names, and how much each text field weighs.</summary>
public static class IndexSchema
{
    /// <summary>The only <see cref="LuceneVersion"/> the code uses, for analyzers, parsers and the writer alike.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Commit user data key holding the <c>CatalogState.Version</c> the index was built from.</summary>
    public const string CatalogVersionKey = "catalog-version";

    /// <summary>Bump when fields or analysis change: an index written with another layout is rebuilt on open.</summary>
    public const string Layout = "4";

    public const string LayoutKey = "layout";

    // Exact fields: indexed as given (lower-cased), never stemmed.
    public const string Id = "id";
    public const string Type = "type";
    public const string Slug = "slug";
    public const string Code = "code";
    public const string Tag = "tag";
    public const string Layer = "layer";
    /// <summary>The whole name or title, lower-cased, so a query that is exactly a name can be rewarded.</summary>
    public const string ExactName = "name";

    // Analysed text fields (English stemming).
    public const string Title = "title";
    public const string AltTitle = "alttitle";
    public const string People = "people";
    public const string TagText = "tagtext";
    public const string Related = "related";
    public const string Body = "body";

    /// <summary>Words of tool, component and layer names and of tags, lower-cased but not stemmed: the vocabulary of suggestions.</summary>
    public const string Spelling = "spelling";

    /// <summary>Stored (type, key and title are also stored) so the index can be inspected with Luke.</summary>
    public const string Key = "key";

    /// <summary>Stored only: the other names of a glossary term, read back to expand queries (see <see cref="GlossaryExpansion"/>).</summary>
    public const string Alias = "alias";

    /// <summary>Fields a bare word searches, with their weights: a name beats a passing mention in a note.</summary>
    public static readonly IReadOnlyDictionary<string, float> TextFieldBoosts = new Dictionary<string, float>(StringComparer.Ordinal)
    {
        [Slug] = 8f,
        [Code] = 8f,
        [Title] = 5f,
        [AltTitle] = 3f,
        [TagText] = 2f,
        [People] = 1.5f,
        [Related] = 1f,
        [Body] = 1f,
    };

    /// <summary>Fields users may name in a query (<c>type:tool</c>) and the exact field each maps to.</summary>
    public static readonly IReadOnlyDictionary<string, string> FilterFields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["type"] = Type,
        ["tag"] = Tag,
        ["tags"] = Tag,
        ["layer"] = Layer,
        ["slug"] = Slug,
        ["code"] = Code,
    };

    public static bool IsExactField(string field) =>
        field is Id or Type or Slug or Code or Tag or Layer or ExactName;

    /// <summary>
    /// A value as an exact field may hold it: cut to <see cref="SearchLimits.MaxExactValueLength"/> characters
    /// (never inside a surrogate pair), so that no value can make Lucene refuse the document. Writers and the terms
    /// that find documents again (updates, deletes) both go through here, so they agree on a cut value.
    /// </summary>
    public static string Exact(string value) => Cut(value, SearchLimits.MaxExactValueLength);

    /// <summary>The value cut to at most <paramref name="length"/> characters, never inside a surrogate pair.</summary>
    internal static string Cut(string value, int length)
    {
        if (value.Length <= length) return value;
        return value[..(char.IsHighSurrogate(value[length - 1]) ? length - 1 : length)];
    }
}
