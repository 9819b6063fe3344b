using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Search;

/// <summary>
/// Cuts the most telling window out of a stored text and marks the matched words. Both the text and the query
/// went through the same analyzer, so "monitoring" in a note is marked for a search on "monitor".
/// </summary>
public sealed class SnippetBuilder(Analyzer analyzer, int windowLength = 240)
{
    /// <summary>The best window of <paramref name="text"/>: the one holding the most different query terms, then the most matches.</summary>
    public Snippet Build(string text, HighlightTerms terms)
    {
        text = Flatten(text);
        if (text.Length == 0) return Snippet.None;
        var tokens = terms.IsEmpty ? [] : Matches(text, terms);
        if (tokens.Count == 0)
        {
            var end = WordEnd(text, Math.Min(windowLength, text.Length));
            return new Snippet([new SnippetPart(text[..end].TrimEnd(), false)], false, end < text.Length);
        }

        var (first, last) = BestRun(tokens);
        var spanStart = tokens[first].Start;
        var spanEnd = tokens[last].End;
        // A little context before the first match, the rest after it.
        var start = Math.Max(0, spanStart - Math.Max(0, windowLength - (spanEnd - spanStart)) / 3);
        if (start < 40) start = 0;
        start = WordStart(text, start);
        var stop = WordEnd(text, Math.Min(text.Length, Math.Max(spanEnd, start + windowLength)));
        return new Snippet(Mark(text, tokens, start, stop), start > 0, stop < text.Length);
    }

    /// <summary>The whole text (a title, say) with its matched words marked.</summary>
    public Snippet MarkAll(string text, HighlightTerms terms)
    {
        text = Flatten(text);
        return new Snippet(Mark(text, terms.IsEmpty ? [] : Matches(text, terms), 0, text.Length), false, false);
    }

    /// <summary>
    /// The matched words with their offsets. Running the analyzer over a whole note for every hit is what made
    /// snippets slow, so words are screened first and only a candidate is stemmed (once per distinct word).
    /// </summary>
    private List<(int Start, int End, string Stem)> Matches(string text, HighlightTerms terms)
    {
        var found = new List<(int, int, string)>();
        var stems = new Dictionary<string, string?>(StringComparer.Ordinal);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            var word = text.AsSpan(start, i - start);
            if (!terms.MightMatch(word)) continue;
            var lower = word.ToString().ToLowerInvariant();
            if (!stems.TryGetValue(lower, out var stem)) stems[lower] = stem = Stem(lower);
            if (stem is not null && terms.Matches(stem, word)) found.Add((start, i, stem));
        }
        return found;
    }

    /// <summary>The word as the index saw it (stemmed), or null for a stop word.</summary>
    private string? Stem(string word)
    {
        using var stream = analyzer.GetTokenStream(IndexSchema.Body, word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var stem = stream.IncrementToken() ? term.ToString() : null;
        stream.End();
        return stem;
    }

    private (int First, int Last) BestRun(List<(int Start, int End, string Stem)> tokens)
    {
        var best = (First: 0, Last: 0, Score: -1);
        for (var i = 0; i < tokens.Count; i++)
        {
            var j = i;
            while (j + 1 < tokens.Count && tokens[j + 1].End - tokens[i].Start <= windowLength) j++;
            var distinct = tokens.Skip(i).Take(j - i + 1).Select(t => t.Stem).Distinct(StringComparer.Ordinal).Count();
            var score = distinct * 1000 + (j - i + 1);
            if (score > best.Score) best = (i, j, score);
        }
        return (best.First, best.Last);
    }

    private static List<SnippetPart> Mark(string text, List<(int Start, int End, string Stem)> tokens, int start, int stop)
    {
        var parts = new List<SnippetPart>();
        var at = start;
        foreach (var (s, e, _) in tokens)
        {
            if (s < at || e > stop) continue;
            if (s > at) parts.Add(new SnippetPart(text[at..s], false));
            parts.Add(new SnippetPart(text[s..e], true));
            at = e;
        }
        if (at < stop) parts.Add(new SnippetPart(text[at..stop], false));
        return parts;
    }

    private static int WordStart(string text, int index)
    {
        if (index <= 0) return 0;
        var space = text.IndexOf(' ', index);
        return space < 0 || space - index > 30 ? index : space + 1;
    }

    private static int WordEnd(string text, int index)
    {
        if (index >= text.Length) return text.Length;
        var space = text.LastIndexOf(' ', index);
        return space <= 0 || index - space > 30 ? index : space;
    }

    /// <summary>Line breaks and runs of spaces read as one space in a snippet.</summary>
    private static string Flatten(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
