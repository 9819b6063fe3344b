using Lucene.Net.Search;

namespace KnowledgeBase.Search;

/// <summary>The stems and prefixes a query looks for in text fields: what snippets mark. Excluded (NOT) parts are left out.</summary>
public sealed class HighlightTerms
{
    private readonly HashSet<string> _stems = new(StringComparer.Ordinal);
    private readonly List<string> _prefixes = [];

    public static HighlightTerms From(Query? query)
    {
        var terms = new HighlightTerms();
        if (query is not null) terms.Walk(query);
        return terms;
    }

    public bool IsEmpty => _stems.Count == 0 && _prefixes.Count == 0;

    /// <summary>True when an analysed token (a stem) or the word it came from is something the query asked for.</summary>
    public bool Matches(string stem, ReadOnlySpan<char> word)
    {
        if (_stems.Contains(stem)) return true;
        foreach (var prefix in _prefixes)
            if (stem.StartsWith(prefix, StringComparison.Ordinal) || word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>
    /// A cheap screen before stemming: stemming only changes the end of a word, so a word that can match starts
    /// like a stem (its first three letters) or like a prefix.
    /// </summary>
    public bool MightMatch(ReadOnlySpan<char> word)
    {
        foreach (var stem in _stems)
            if (word.StartsWith(stem.AsSpan(0, Math.Min(3, stem.Length)), StringComparison.OrdinalIgnoreCase))
                return true;
        foreach (var prefix in _prefixes)
            if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private void Walk(Query query)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                    Walk(clause.Query);
                break;
            case TermQuery term when IsText(term.Term.Field):
                _stems.Add(term.Term.Text);
                break;
            case PhraseQuery phrase:
                foreach (var term in phrase.GetTerms().Where(t => IsText(t.Field)))
                    _stems.Add(term.Text);
                break;
            case MultiPhraseQuery phrase:
                foreach (var term in phrase.GetTermArrays().SelectMany(t => t).Where(t => IsText(t.Field)))
                    _stems.Add(term.Text);
                break;
            case PrefixQuery prefix when IsText(prefix.Prefix.Field) && prefix.Prefix.Text.Length > 0:
                if (!_prefixes.Contains(prefix.Prefix.Text)) _prefixes.Add(prefix.Prefix.Text);
                break;
            case DisjunctionMaxQuery max:
                foreach (var disjunct in max.Disjuncts) Walk(disjunct);
                break;
        }
    }

    private static bool IsText(string field) => IndexSchema.TextFieldBoosts.ContainsKey(field) && !IndexSchema.IsExactField(field);
}
