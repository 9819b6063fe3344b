using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search;

/// <summary>
/// "Did you mean MLflow?": for words of a query that found nothing, the closest words (by edit distance, else by
/// prefix) of tool, component and layer names and of tags, spelled as the catalog spells them.
/// </summary>
internal static class SpellingSuggester
{
    private const int MaxSuggestions = 3;

    public static IReadOnlyList<string> Suggest(IndexSearcher searcher, Analyzer analyzer, IReadOnlyList<string> words)
    {
        // null: the word is in the index and stays as typed.
        var corrections = words.Select(w => Known(searcher.IndexReader, analyzer, w) ? null : Candidates(searcher, w)).ToList();
        var pivot = corrections.FindIndex(c => c is { Count: > 0 });
        if (pivot < 0) return [];
        // One suggestion per candidate for the first unknown word; any other unknown word takes its best candidate.
        return corrections[pivot]!
            .Select(choice => string.Join(' ', words.Select((w, i) => i == pivot ? choice : corrections[i]?.FirstOrDefault() ?? w)))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static bool Known(IndexReader reader, Analyzer analyzer, string word)
    {
        if (reader.DocFreq(new Term(IndexSchema.Spelling, word)) > 0) return true;
        using var stream = analyzer.GetTokenStream(IndexSchema.Body, word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var known = true; // a stop word is not a typo
        while (stream.IncrementToken())
            known &= reader.DocFreq(new Term(IndexSchema.Body, term.ToString())) > 0 || reader.DocFreq(new Term(IndexSchema.Title, term.ToString())) > 0;
        stream.End();
        return known;
    }

    private static List<string> Candidates(IndexSearcher searcher, string word)
    {
        var reader = searcher.IndexReader;
        var fuzzy = new FuzzyQuery(new Term(IndexSchema.Spelling, word), word.Length >= 5 ? 2 : 1, prefixLength: 1);
        // Rewriting expands the fuzzy query into the index's nearby terms, boosted by similarity (a lone term comes back unwrapped).
        var expanded = searcher.Rewrite(fuzzy) switch
        {
            BooleanQuery b => b.Clauses.Select(c => c.Query).OfType<TermQuery>().ToList(),
            TermQuery t => [t],
            _ => [],
        };
        var terms = expanded.Select(q => (Text: q.Term.Text, Score: q.Boost, Freq: reader.DocFreq(q.Term)))
            .OrderByDescending(t => t.Score).ThenByDescending(t => t.Freq).Select(t => t.Text).ToList();
        if (terms.Count == 0) terms = Prefixed(reader, word);
        return terms.Where(t => t != word).Take(MaxSuggestions).Select(t => Spelled(searcher, t)).ToList();
    }

    /// <summary>Words that start with what was typed ("kubef" → "kubeflow"), most frequent first.</summary>
    private static List<string> Prefixed(IndexReader reader, string prefix)
    {
        var found = new List<(string Text, int Freq)>();
        var terms = MultiFields.GetTerms(reader, IndexSchema.Spelling)?.GetEnumerator();
        if (terms is null || terms.SeekCeil(new Lucene.Net.Util.BytesRef(prefix)) == TermsEnum.SeekStatus.END) return [];
        do
        {
            var text = terms.Term.Utf8ToString();
            if (!text.StartsWith(prefix, StringComparison.Ordinal)) break;
            found.Add((text, terms.DocFreq));
        } while (found.Count < 50 && terms.MoveNext());
        return found.OrderByDescending(t => t.Freq).Select(t => t.Text).ToList();
    }

    /// <summary>The word as a name writes it ("mlflow" → "MLflow"); tags are lower case anyway.</summary>
    private static string Spelled(IndexSearcher searcher, string word)
    {
        var top = searcher.Search(new TermQuery(new Term(IndexSchema.Spelling, word)), 5);
        foreach (var hit in top.ScoreDocs)
        {
            var title = DisplayValues.Read(searcher.IndexReader, hit.Doc).Title;
            var match = title.Split(' ', '-', '/', '(', ')', ',', '.').FirstOrDefault(w => w.Equals(word, StringComparison.OrdinalIgnoreCase));
            if (match is not null) return match;
        }
        return word;
    }
}
