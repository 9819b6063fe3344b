using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace KnowledgeBase.Search;

/// <summary>
/// The classic query syntax over all text fields with their boosts, plus the filters <c>type:</c>, <c>tag:</c> and
/// <c>layer:</c> mapped onto exact fields. A word before a colon that names no filter (<c>http://...</c>) is
/// searched as text. Not thread-safe: create one per query (they are cheap).
/// </summary>
internal sealed class CatalogQueryParser : MultiFieldQueryParser
{
    private static readonly string[] TextFields = [.. IndexSchema.TextFieldBoosts.Keys];
    private readonly Analyzer _analyzer;

    public CatalogQueryParser(Analyzer analyzer, Operator defaultOperator)
        : base(IndexSchema.Version, TextFields, analyzer, IndexSchema.TextFieldBoosts.ToDictionary(p => p.Key, p => p.Value))
    {
        _analyzer = analyzer;
        DefaultOperator = defaultOperator;
        // "ci/cd" or "INF-01" become phrases rather than two loose words.
        AutoGeneratePhraseQueries = true;
        AllowLeadingWildcard = false;
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted) =>
        Filter(field, queryText)
        ?? (IsUnknown(field) ? Both(base.GetFieldQuery(null, field, false), base.GetFieldQuery(null, queryText, quoted))!
            : base.GetFieldQuery(field, queryText, quoted));

    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        Filter(field, queryText)
        ?? (IsUnknown(field) ? Both(base.GetFieldQuery(null, field, false), base.GetFieldQuery(null, queryText, slop))!
            : base.GetFieldQuery(field, queryText, slop));

    protected override Query GetPrefixQuery(string field, string termStr)
    {
        if (field is not null && IndexSchema.FilterFields.TryGetValue(field, out var exact))
            return new PrefixQuery(new Term(exact, Require(field, termStr).ToLowerInvariant()));
        if (field is not null && IndexSchema.TextFieldBoosts.ContainsKey(field) && !IndexSchema.IsExactField(field))
            termStr = StemmedPrefix(field, termStr);
        return base.GetPrefixQuery(Known(field, ref termStr), termStr);
    }

    protected override Query GetWildcardQuery(string field, string termStr) =>
        base.GetWildcardQuery(Known(field, ref termStr), termStr);

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(Known(field, ref termStr), termStr, minSimilarity);

    /// <summary>An exact-field query for a filter, or null when the field is a text field (or none).</summary>
    private static TermQuery? Filter(string? field, string text)
    {
        if (field is null || !IndexSchema.FilterFields.TryGetValue(field, out var exact)) return null;
        var value = Require(field, text);
        if (exact != IndexSchema.Type) return new TermQuery(new Term(exact, value.ToLowerInvariant()));
        var type = SearchTypes.Normalize(value)
            ?? throw new ReadableParseException($"'{value}' is not a type; use one of {string.Join(", ", SearchTypes.All)}.");
        return new TermQuery(new Term(IndexSchema.Type, type));
    }

    private static string Require(string field, string value) =>
        string.IsNullOrWhiteSpace(value) ? throw new ReadableParseException($"'{field}:' needs a value, such as {field}:something.") : value.Trim();

    private static bool IsUnknown(string? field) =>
        field is not null && !IndexSchema.TextFieldBoosts.ContainsKey(field) && !IndexSchema.FilterFields.ContainsKey(field) && field != IndexSchema.Spelling;

    /// <summary>"word: more words" where word names no field: both parts are searched as text. Null (all stop words) is what Lucene expects then.</summary>
    private Query? Both(Query? first, Query? second)
    {
        if (first is null) return second;
        if (second is null) return first;
        var occur = DefaultOperator == Operator.AND ? Occur.MUST : Occur.SHOULD;
        return new BooleanQuery { { first, occur }, { second, occur } };
    }

    /// <summary>Text fields stay as they are; an unknown field prefix is put back in front of the words.</summary>
    private static string? Known(string? field, ref string text)
    {
        if (field is null || IndexSchema.TextFieldBoosts.ContainsKey(field) || field == IndexSchema.Spelling) return field;
        text = field + " " + text;
        return null;
    }

    /// <summary>Index terms are stems, so <c>monitoring*</c> should look for <c>monitor*</c>.</summary>
    private string StemmedPrefix(string field, string prefix)
    {
        using var stream = _analyzer.GetTokenStream(field, prefix);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var stem = stream.IncrementToken() ? term.ToString() : null;
        var single = !stream.IncrementToken();
        stream.End();
        var lower = prefix.ToLowerInvariant();
        return stem is not null && single && lower.StartsWith(stem, StringComparison.Ordinal) ? stem : lower;
    }
}

/// <summary>A rejection whose message is written for the person who typed the query.</summary>
internal sealed class ReadableParseException(string message) : ParseException(message);
