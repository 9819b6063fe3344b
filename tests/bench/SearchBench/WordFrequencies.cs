using System.Text.RegularExpressions;

namespace SearchBench;

/// <summary>
/// Words drawn with the frequencies they have in the repository's own literature notes, so the synthetic corpus has
/// a natural (Zipf-like) distribution: common words are in most documents, technical words in some.
/// </summary>
internal sealed partial class WordFrequencies
{
    private readonly string[] _words;
    private readonly long[] _cumulative;
    private readonly string[] _contentWords;

    private WordFrequencies(Dictionary<string, int> counts)
    {
        _words = [.. counts.Keys.Order(StringComparer.Ordinal)];
        _cumulative = new long[_words.Length];
        long total = 0;
        for (var i = 0; i < _words.Length; i++) _cumulative[i] = total += counts[_words[i]];
        _contentWords = [.. _words.Where(w => w.Length >= 5 && counts[w] >= 3)];
    }

    public static WordFrequencies FromShippedLiterature()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "literature"), "*.md"))
        {
            var text = File.ReadAllText(file);
            var body = text.IndexOf("\n---", 4, StringComparison.Ordinal) is var end and > 0 ? text[(end + 4)..] : text;
            foreach (Match word in Word().Matches(body.ToLowerInvariant()))
                counts[word.Value] = counts.GetValueOrDefault(word.Value) + 1;
        }
        return new WordFrequencies(counts);
    }

    public string Sample(Random random)
    {
        var at = Array.BinarySearch(_cumulative, random.NextInt64(_cumulative[^1]) + 1);
        return _words[at >= 0 ? at : ~at];
    }

    public string SampleContentWord(Random random) => _contentWords[random.Next(_contentWords.Length)];

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeBase.sln"))) return dir.FullName;
        throw new InvalidOperationException("run the benchmark from inside the repository");
    }

    [GeneratedRegex(@"[a-z][a-z0-9-]*[a-z0-9]")]
    private static partial Regex Word();
}
