using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace KnowledgeBase.Search;

/// <summary>
/// The classic query syntax over all text fields with their boosts, plus the filters <c>type:</c>, <c>tag:</c> and
/// <c>layer:</c> mapped onto exact fields. A word before a colon that names no filter (<c>http://...</c>) is
/// searched as text. Without regular expressions, and with every expanding query bounded by <see cref="SearchLimits"/>.
/// Not thread-safe: create one per query (they are cheap).
/// </summary>
internal sealed class CatalogQueryParser : MultiFieldQueryParser
{
    private static readonly string[] TextFields = [.. IndexSchema.TextFieldBoosts.Keys];
    private static readonly int MaxExpandingQueries = SearchLimits.MaxExpandingWords * TextFields.Length;
    private readonly Analyzer _analyzer;
    private int _expanding;

    public CatalogQueryParser(Analyzer analyzer, Operator defaultOperator)
        : base(IndexSchema.Version, TextFields, analyzer, IndexSchema.TextFieldBoosts.ToDictionary(p => p.Key, p => p.Value))
    {
        _analyzer = analyzer;
        DefaultOperator = defaultOperator;
        // "ci/cd" or "INF-01" become phrases rather than two loose words.
        AutoGeneratePhraseQueries = true;
        AllowLeadingWildcard = false;
        FuzzyPrefixLength = SearchLimits.FuzzyPrefixLength;
        // Prefix, wildcard and range queries keep their best-scoring terms only, however many the index holds.
        MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(SearchLimits.MaxExpansions);
    }

    /// <summary>
    /// Parses with every <c>/</c> escaped. The grammar reads <c>/.../</c> as a regular expression in the lexer,
    /// before any method of ours is called: overriding <see cref="GetRegexpQuery"/> alone would still leave
    /// <c>ci/cd</c> a syntax error and cut <c>a/b/c</c> apart. Escaped, a slash is a character of a word like any
    /// other, the lexer can never produce a regular expression token, and no automaton is built from user input
    /// (one like <c>/[ab]*a[ab]{22}/</c> takes minutes and gigabytes to build and cannot be interrupted).
    /// </summary>
    public override Query Parse(string query) => base.Parse(EscapeSlashes(query));

    /// <summary>Unreachable once slashes are escaped; kept so that a gap in the escaping fails loudly instead of building an automaton.</summary>
    protected override Query GetRegexpQuery(string field, string termStr) =>
        throw new ReadableParseException(RegexNotSupported);

    public const string RegexNotSupported =
        "Regular expressions (/.../) are not supported; a / is searched as part of the words. Showing results for the words alone.";

    /// <summary>
    /// Puts a backslash before every <c>/</c> not already escaped. Escape pairs are copied whole, as the lexer reads
    /// them, so <c>\\/</c> (an escaped backslash, then a slash) gets its slash escaped too.
    /// </summary>
    internal static string EscapeSlashes(string text)
    {
        if (!text.Contains('/')) return text;
        var escaped = new System.Text.StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
                escaped.Append(text[i]).Append(text[++i]);
            else if (text[i] == '/')
                escaped.Append("\\/");
            else
                escaped.Append(text[i]);
        }
        return escaped.ToString();
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
            return NewPrefixQuery(new Term(exact, RequirePrefix(Require(field, termStr)).ToLowerInvariant()));
        if (field is not null && IndexSchema.TextFieldBoosts.ContainsKey(field) && !IndexSchema.IsExactField(field))
            termStr = StemmedPrefix(field, RequirePrefix(termStr));
        var known = Known(field, ref termStr);
        return base.GetPrefixQuery(known, RequirePrefix(termStr));
    }

    protected override Query GetWildcardQuery(string field, string termStr)
    {
        var known = Known(field, ref termStr);
        return base.GetWildcardQuery(known, RequireWildcardPrefix(termStr));
    }

    // Every query that expands into index terms is made here: each is counted, and fuzzy ones get an explicit cap.
    protected override Query NewPrefixQuery(Term prefix) => Expanding(base.NewPrefixQuery(prefix));

    protected override Query NewWildcardQuery(Term t) => Expanding(base.NewWildcardQuery(t));

    protected override Query NewRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        Expanding(base.NewRangeQuery(field, part1, part2, startInclusive, endInclusive));

    protected override Query NewFuzzyQuery(Term term, float minimumSimilarity, int prefixLength)
    {
        // The classic syntax still writes similarity as a float (mlflow~0.8, mlflow~2); the base parser converts it the same way.
#pragma warning disable CS0618
        var edits = FuzzyQuery.SingleToEdits(minimumSimilarity, term.Text.EnumerateRunes().Count());
#pragma warning restore CS0618
        return Expanding(new FuzzyQuery(term, edits, prefixLength, SearchLimits.MaxExpansions, transpositions: true));
    }

    private Query Expanding(Query query) =>
        ++_expanding <= MaxExpandingQueries ? query
            : throw new ReadableParseException(
                $"A search may use *, ? or ~ on at most {SearchLimits.MaxExpandingWords} words; showing results for the words alone.");

    /// <summary>A prefix (the text before a final <c>*</c>) needs a few letters to narrow the terms it walks.</summary>
    private static string RequirePrefix(string prefix) =>
        prefix.Count(char.IsLetterOrDigit) >= SearchLimits.MinPrefixLength ? prefix : throw TooShort();

    /// <summary>
    /// Letters before the first wildcard, and few wildcards: the pattern becomes an automaton as the query is built,
    /// and its states can double with each <c>?</c> after a <c>*</c>. Escaped characters (<c>\*</c>) are letters of the word.
    /// </summary>
    private static string RequireWildcardPrefix(string pattern)
    {
        var (letters, wildcards, first) = (0, 0, -1);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\') { i++; continue; }
            if (pattern[i] is '*' or '?')
            {
                wildcards++;
                if (first < 0) first = i;
            }
            else if (first < 0 && char.IsLetterOrDigit(pattern[i])) letters++;
        }
        if (letters < SearchLimits.MinPrefixLength) throw TooShort();
        return wildcards <= SearchLimits.MaxWildcards ? pattern
            : throw new ReadableParseException($"A word may hold at most {SearchLimits.MaxWildcards} * or ?; showing results for the words alone.");
    }

    private static ReadableParseException TooShort() =>
        new($"A * must follow at least {SearchLimits.MinPrefixLength} letters, as in monitor* (and so must a ?); showing results for the words alone.");

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
