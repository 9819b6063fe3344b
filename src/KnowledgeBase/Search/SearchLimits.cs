namespace KnowledgeBase.Search;

/// <summary>
/// How much one search may ask of the index, and what the index may be asked to hold, declared once. Every value bounds a cost that would otherwise grow with
/// what a user typed or with the size of the index; together they make every query finite in time and memory
/// whatever the text (DESIGN §6: no query can hang the server).
/// </summary>
public static class SearchLimits
{
    /// <summary>Characters of a search. Real searches are a few words; 500 leaves room for pasted titles.</summary>
    public const int MaxLength = 500;

    /// <summary>
    /// Leaf queries (one word or phrase in one field) in one parsed search, counted over the whole tree: a word
    /// searches the 8 text fields, so this is about 125 words, more than 500 characters of real words hold; only a
    /// pile of one-letter words reaches it. Counted by us because Lucene's global clause limit applies to each
    /// Boolean query separately and nested brackets step round it.
    /// </summary>
    public const int MaxClauses = 1_024;

    /// <summary>
    /// Index terms one prefix, wildcard, fuzzy or range query may expand to in one field (the top terms by score are
    /// kept). 50 is Lucene's own default for fuzzy queries and more than a word's real variants.
    /// </summary>
    public const int MaxExpansions = 50;

    /// <summary>
    /// Words with <c>*</c>, <c>?</c> or <c>~</c> in one search. Each enumerates the index's terms in every text field
    /// before anything is scored, and that enumeration cannot be interrupted, so its count is kept small.
    /// </summary>
    public const int MaxExpandingWords = 5;

    /// <summary>
    /// Letters or digits before the first <c>*</c> or <c>?</c>: <c>a*</c> walks a large part of the term dictionary
    /// to keep a few arbitrary terms, which helps nobody; two letters narrow it enough.
    /// </summary>
    public const int MinPrefixLength = 2;

    /// <summary>
    /// <c>*</c> and <c>?</c> in one word. A wildcard becomes an automaton that is made deterministic when the query is
    /// built (not cancellable), and each <c>?</c> after a <c>*</c> can double its states: <c>ab*a????????????????????</c>
    /// would need millions. Three keep it to a few dozen.
    /// </summary>
    public const int MaxWildcards = 3;

    /// <summary>Leading characters a fuzzy word must match exactly: the first letter is rarely the typo, and it cuts the terms compared by an order of magnitude.</summary>
    public const int FuzzyPrefixLength = 1;

    /// <summary>
    /// Time to collect and score the hits of one search. Searches take about 2 ms (p99 under 10 ms on 10,000
    /// sources), so half a second is only reached by a pathological query, even on a loaded machine.
    /// </summary>
    public static readonly TimeSpan TimeBudget = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Characters of one value of an exact (not tokenised) field: the whole value is one term, and Lucene refuses a
    /// term over 32,766 UTF-8 bytes by failing the whole document. 1,000 characters are at most 4,000 bytes and far
    /// above any real slug, tag or name (the importer's limits are lower still); a longer value is cut, never refused.
    /// </summary>
    public const int MaxExactValueLength = 1_000;
}
