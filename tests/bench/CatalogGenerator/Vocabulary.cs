using System.Text.RegularExpressions;

namespace KnowledgeBase.Synthetic;

/// <summary>
/// Words drawn with the frequencies they have in the catalog's own literature notes, so a synthetic corpus has a
/// natural (Zipf-like) distribution: common words are in most documents, technical words in some.
/// </summary>
public sealed partial class Vocabulary
{
    private readonly string[] _words;
    private readonly long[] _cumulative;
    private readonly string[] _contentWords;

    private Vocabulary(Dictionary<string, int> counts)
    {
        _words = [.. counts.Keys.Order(StringComparer.Ordinal)];
        _cumulative = new long[_words.Length];
        long total = 0;
        for (var i = 0; i < _words.Length; i++) _cumulative[i] = total += counts[_words[i]];
        // Words of five letters or more seen at least three times: the catalog's topics, good for tags and names.
        _contentWords = [.. _words.Where(w => w.Length >= 5 && counts[w] >= 3 && Slug().IsMatch(w))];
        if (_contentWords.Length == 0) throw new InvalidOperationException("the base catalog's notes have too few words to draw from");
    }

    /// <summary>Counts the words of the given Markdown notes (front matter already removed).</summary>
    public static Vocabulary FromNotes(IEnumerable<string> notes)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var note in notes)
            foreach (Match word in Word().Matches(note.ToLowerInvariant()))
                counts[word.Value] = counts.GetValueOrDefault(word.Value) + 1;
        return new Vocabulary(counts);
    }

    /// <summary>One word, as likely as it is in the notes.</summary>
    public string Sample(Random random)
    {
        var at = Array.BinarySearch(_cumulative, random.NextInt64(_cumulative[^1]) + 1);
        return _words[at >= 0 ? at : ~at];
    }

    /// <summary>A topical word (no stop words), usable as a tag or in a name.</summary>
    public string SampleContentWord(Random random) => _contentWords[random.Next(_contentWords.Length)];

    /// <summary><paramref name="count"/> words as running text.</summary>
    public string Words(Random random, int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Sample(random)));

    /// <summary>Topical words with capitals, for titles and names.</summary>
    public string Title(Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => Capitalise(SampleContentWord(random))));

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    [GeneratedRegex(@"[a-z][a-z0-9-]*[a-z0-9]")]
    private static partial Regex Word();

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
