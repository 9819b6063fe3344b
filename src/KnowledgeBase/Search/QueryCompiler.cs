using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace KnowledgeBase.Search;

/// <summary>
/// Turns what a user typed into a Lucene query without ever throwing: syntax the parser rejects becomes a
/// friendly message plus, where possible, a query for the plain words.
/// </summary>
public static partial class QueryCompiler
{
    public const int MaxLength = SearchLimits.MaxLength;

    private static readonly string TooManyWords =
        $"That search has too many words to run at once (about {SearchLimits.MaxClauses / IndexSchema.TextFieldBoosts.Count} at most); remove some and try again.";

    public static CompiledQuery Compile(string? text, Analyzer analyzer)
    {
        var trimmed = Cleaned(text ?? "").Trim();
        if (trimmed.Length == 0) return CompiledQuery.Empty;

        if (trimmed.Length > MaxLength)
            return Fallback(Shorten(trimmed), analyzer,
                $"Searches are limited to {MaxLength} characters and yours has {trimmed.Length}; showing results for the first words only.");
        // The parser takes a slash as a character anyway; this only tells someone who typed /.../ why it did nothing special.
        if (RegexLike().IsMatch(trimmed)) return Fallback(trimmed, analyzer, CatalogQueryParser.RegexNotSupported);
        try
        {
            var query = new CatalogQueryParser(analyzer, Operator.AND).Parse(trimmed);
            if (Clauses(query) > SearchLimits.MaxClauses) return new CompiledQuery(trimmed, null, TooManyWords, Words(trimmed));
            return new CompiledQuery(trimmed, Reward(WithoutPureNegation(query), trimmed), null, Words(trimmed));
        }
        catch (ParseException e)
        {
            return Fallback(trimmed, analyzer, Explain(trimmed, e));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return new CompiledQuery(trimmed, null, TooManyWords, Words(trimmed));
        }
    }

    /// <summary>The text as plain words (all syntax escaped, any word may match): results for what the user probably meant.</summary>
    private static CompiledQuery Fallback(string text, Analyzer analyzer, string problem)
    {
        // A ~ or ^ with its number only weighs or loosens a word: escaped it would glue the number to the word as a phrase.
        var escaped = Operators().Replace(QueryParserBase.Escape(Modifiers().Replace(text, " ")), m => m.Value.ToLowerInvariant());
        Query? query;
        try
        {
            query = new CatalogQueryParser(analyzer, Operator.OR).Parse(escaped);
        }
        catch (Exception e) when (e is ParseException or BooleanQuery.TooManyClausesException)
        {
            query = null;
        }
        var usable = !IsEmpty(query) && Clauses(query!) <= SearchLimits.MaxClauses;
        return new CompiledQuery(text, usable ? query : null, problem, Words(text));
    }

    /// <summary>
    /// Leaf queries (one word or phrase in one field) over the whole tree. Lucene's own clause limit counts each
    /// Boolean query apart, so brackets would step round it; this counts them all.
    /// </summary>
    private static int Clauses(Query query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.Sum(c => Clauses(c.Query)),
        DisjunctionMaxQuery max => max.Disjuncts.Sum(Clauses),
        _ => 1,
    };

    /// <summary>
    /// The text without what nobody means to search for and some parts of Lucene choke on: control characters
    /// (tabs and line breaks included) become spaces, as do halves of broken surrogate pairs; invisible format
    /// characters (zero-width spaces, byte-order marks pasted from web pages) are dropped.
    /// </summary>
    private static string Cleaned(string text)
    {
        var cleaned = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                cleaned.Append(c).Append(text[++i]);
            else if (char.IsControl(c) || char.IsSurrogate(c))
                cleaned.Append(' ');
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
                cleaned.Append(c);
        }
        return cleaned.ToString();
    }

    private static string Explain(string text, ParseException e)
    {
        // Our own messages (an unknown type, an empty filter) are already written for people; the parser wraps them.
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
            if (inner is ReadableParseException readable) return readable.Message;
        if (EmptyField().IsMatch(text)) return "A field such as tag: needs a value right after the colon, as in tag:monitoring; showing results for the words alone.";
        if (text.Count(c => c == '"') % 2 == 1) return "A quotation mark is not closed; showing results for the words alone.";
        if (text.Count(c => c == '(') != text.Count(c => c == ')')) return "The brackets do not pair up; showing results for the words alone.";
        if (text.StartsWith('*') || text.StartsWith('?') || text.Contains(" *", StringComparison.Ordinal))
            return "A * must follow some letters, as in monitor*; showing results for the words alone.";
        if (text.AsSpan().IndexOfAny("[]{}") >= 0)
            return "Square brackets and braces search a range and need both ends, as in [a TO f]; showing results for the words alone.";
        if (BoostWithoutNumber().IsMatch(text)) return "A ^ needs a number after it, as in mlflow^2 to weigh that word more; showing results for the words alone.";
        if (TildeWithoutWord().IsMatch(text)) return "A ~ must follow a word, as in mlflow~ for similar spellings; showing results for the words alone.";
        if (FuzzyDistance().IsMatch(text)) return "A number after ~ is how many letters may differ, 0, 1 or 2, as in mlflow~1; showing results for the words alone.";
        if (text.EndsWith('\\')) return "A \\ must be followed by the character it escapes, as in c\\+\\+; showing results for the words alone.";
        if (text.Contains('!')) return "A ! means NOT and needs a word after it, as in drift !python; showing results for the words alone.";
        return "That search could not be understood (AND, OR and NOT need words on both sides, a field needs a value); showing results for the words alone.";
    }

    /// <summary>
    /// A query that is exactly an entity's name ("Great Expectations") should put that entity first even when a
    /// long note mentions both words often.
    /// </summary>
    private static Query? Reward(Query? query, string text)
    {
        if (IsEmpty(query) || !PlainWords().IsMatch(text)) return IsEmpty(query) ? null : query;
        var exact = new TermQuery(new Term(IndexSchema.ExactName, Whitespace().Replace(text, " ").ToLowerInvariant())) { Boost = 10f };
        return new BooleanQuery { { query, Occur.MUST }, { exact, Occur.SHOULD } };
    }

    /// <summary>Lucene matches nothing for <c>-type:source</c> alone; people mean "everything except sources".</summary>
    private static Query WithoutPureNegation(Query query)
    {
        if (query is BooleanQuery b && b.Clauses.Count > 0 && b.Clauses.All(c => c.Occur == Occur.MUST_NOT))
            b.Add(new MatchAllDocsQuery(), Occur.MUST);
        return query;
    }

    private static bool IsEmpty(Query? query) => query is null || query is BooleanQuery { Clauses.Count: 0 };

    private static string Shorten(string text)
    {
        var cut = text[..MaxLength];
        var space = cut.LastIndexOf(' ');
        return space > MaxLength / 2 ? cut[..space] : cut;
    }

    /// <summary>The words of the text, lower-cased, without syntax: the material for suggestions.</summary>
    private static List<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant())
            .Where(w => w is not ("and" or "or" or "not") && !IndexSchema.FilterFields.ContainsKey(w))
            .Distinct(StringComparer.Ordinal).Take(8).ToList();

    [GeneratedRegex(@"\b(AND|OR|NOT)\b")]
    private static partial Regex Operators();

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}\s.'&/]*$")]
    private static partial Regex PlainWords();

    [GeneratedRegex(@"(^|\s)[\p{L}]+:(\s|$)")]
    private static partial Regex EmptyField();

    [GeneratedRegex(@"\^(?![0-9])")]
    private static partial Regex BoostWithoutNumber();

    [GeneratedRegex(@"(^|[\s(])~")]
    private static partial Regex TildeWithoutWord();

    /// <summary>A ~ with a number after a word: the parser refuses distances it cannot hold as a whole number.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]~[0-9]")]
    private static partial Regex FuzzyDistance();

    [GeneratedRegex(@"[~^][0-9.]*")]
    private static partial Regex Modifiers();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>A word that starts with a slash and a later slash: what Lucene's syntax would take for a regular expression.</summary>
    [GeneratedRegex(@"(^|[\s(:+\-!])/[^/]*/")]
    private static partial Regex RegexLike();

    [GeneratedRegex(@"(?<![\p{L}\p{N}]:)\b[\p{L}][\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}

/// <summary>A user's search as a Lucene query; <see cref="Problem"/> says what was wrong with the text, if anything.</summary>
public sealed record CompiledQuery(string Text, Query? Query, string? Problem, IReadOnlyList<string> Words)
{
    public static readonly CompiledQuery Empty = new("", null, null, []);

    public bool IsInvalid => Problem is not null;
}
