using System.Text.RegularExpressions;
using KnowledgeBase.Interchange;
using KnowledgeBase.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchBench;

/// <summary>One benchmark query: the text typed into CatalogSearch and the same search as an FTS5 MATCH expression.</summary>
/// <param name="Fts5Type">The <c>type:</c> filter, which the FTS5 side applies as a rowid range (see <see cref="Fts5Baseline"/>).</param>
internal sealed record BenchQuery(string Kind, string Lucene, string Fts5Match, string? Fts5Type);

/// <summary>
/// The fixed 200 queries of DESIGN §8, 40 of each kind, drawn with a fixed seed: words from the literature's word
/// frequencies, phrases from the notes of the catalog, tags from its sources and tools. Every word is quoted on the
/// FTS5 side so no word is read as an operator. Words that are stop words, or whose stem is one ("being" is "be"),
/// are never drawn: our English analysis drops stop words and FTS5 keeps them, so such words match different
/// documents. See docs/benchmarks.md for how each kind is translated.
/// </summary>
internal static partial class QuerySet
{
    public const int PerKind = 40;

    public static readonly IReadOnlyList<string> Kinds = ["single term", "phrase", "boolean", "prefix", "field filter"];

    // Lucene also searches slugs and requirement codes as text; FTS5 keeps the key unindexed. A prefix of one of
    // these would match every slug of a type on one side only.
    private static readonly string[] SlugWords = ["source", "tool", "component", "layer", "req"];

    public static IReadOnlyList<BenchQuery> Create(CatalogSnapshot catalog, int seed = 2026)
    {
        var random = new Random(seed);
        // The words of the shipped notes, with their frequencies: the vocabulary the synthetic notes were drawn from.
        var words = KnowledgeBase.Synthetic.Vocabulary.FromNotes(catalog.Sources.Where(s => !s.Slug.StartsWith("synthetic-", StringComparison.Ordinal)).Select(s => s.Note));
        using var stemmer = new Stemmer();
        string Common() => Draw(() => words.Sample(random), w => w.Length >= 4, stemmer);
        string Rare() => Draw(() => words.SampleContentWord(random), _ => true, stemmer);

        var queries = new List<BenchQuery>();
        // Single terms: half drawn by frequency (in many documents), half uniformly from content words (in few).
        for (var i = 0; i < PerKind; i++)
        {
            var word = i % 2 == 0 ? Common() : Rare();
            queries.Add(new("single term", word, Quote(word), null));
        }
        // Phrases: two or three adjacent words of a note, so each phrase occurs at least once.
        for (var i = 0; i < PerKind; i++)
        {
            var phrase = string.Join(' ', PhraseFrom(catalog.Sources[random.Next(catalog.Sources.Count)].Note, i % 4 == 3 ? 3 : 2, random, stemmer));
            queries.Add(new("phrase", $"\"{phrase}\"", $"\"{phrase}\"", null));
        }
        // Boolean: five shapes; the operands are common words so the sets they combine are large.
        for (var i = 0; i < PerKind; i++)
        {
            var (a, b, c) = (Common(), Common(), Common());
            var (a5, b5, c5) = (Quote(a), Quote(b), Quote(c));
            queries.Add((i % 5) switch
            {
                0 => new("boolean", $"{a} AND {b}", $"{a5} AND {b5}", null),
                1 => new("boolean", $"{a} OR {b}", $"{a5} OR {b5}", null),
                2 => new("boolean", $"{a} -{b}", $"{a5} NOT {b5}", null),
                3 => new("boolean", $"({a} OR {b}) AND {c}", $"({a5} OR {b5}) AND {c5}", null),
                _ => new("boolean", $"{a} AND {b} NOT {c}", $"({a5} AND {b5}) NOT {c5}", null),
            });
        }
        // Prefixes of four to six letters of the stems of common and of rare words. FTS5 stems the prefix itself
        // ("deploy*" looks for "deploi*") and our parser does not, so only prefixes Porter leaves alone are drawn.
        for (var i = 0; i < PerKind; i++)
        {
            string prefix;
            do
            {
                var word = Draw(() => i % 2 == 0 ? words.Sample(random) : words.SampleContentWord(random), w => w.Length >= 6, stemmer);
                var stem = stemmer.Stem(word)!;
                prefix = stem.Length < 5 ? "" : stem[..random.Next(4, Math.Min(6, stem.Length - 1) + 1)];
            } while (prefix.Length == 0 || stemmer.Stem(prefix) != prefix || !IsFairPrefix(prefix));
            queries.Add(new("prefix", prefix + "*", Quote(prefix) + "*", null));
        }
        // Field filters: tags as the catalog has them, types, and both with a word.
        var sourceTags = catalog.Sources.SelectMany(s => s.Tags).Where(t => Plain().IsMatch(t)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var toolTags = catalog.Tools.SelectMany(t => t.Tags).Where(t => Plain().IsMatch(t)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < PerKind; i++)
        {
            var word = Common();
            queries.Add((i % 5) switch
            {
                0 => Tag(sourceTags[random.Next(sourceTags.Length)], null, null),
                1 => Tag(toolTags[random.Next(toolTags.Length)], "tool", null),
                2 => new("field filter", $"type:source {word}", Quote(word), "source"),
                3 => Tag(sourceTags[random.Next(sourceTags.Length)], null, word),
                _ => new("field filter", $"type:requirement {word}", Quote(word), "requirement"),
            });
        }
        return queries;
    }

    /// <summary>
    /// <c>tag:</c> is an exact field in our index; FTS5 has no exact columns, so it becomes a phrase in the tags
    /// column (stemmed, so <c>tag:models</c> would also find the tag <c>model</c>).
    /// </summary>
    private static BenchQuery Tag(string tag, string? type, string? word)
    {
        var lucene = (type is null ? "" : $"type:{type} ") + $"tag:{tag}" + (word is null ? "" : " " + word);
        var fts5 = $"tags : {Quote(tag)}" + (word is null ? "" : " AND " + Quote(word));
        return new("field filter", lucene, fts5, type);
    }

    private static string Draw(Func<string> sample, Func<string, bool> accept, Stemmer stemmer)
    {
        for (var attempt = 0; attempt < 10_000; attempt++)
        {
            var word = sample();
            if (Letters().IsMatch(word) && accept(word) && stemmer.IsContentWord(word)) return word;
        }
        throw new InvalidOperationException("the vocabulary has no usable words");
    }

    /// <summary>Adjacent words of a note, all plain letters and none a stop word.</summary>
    private static string[] PhraseFrom(string note, int length, Random random, Stemmer stemmer)
    {
        var tokens = note.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var starts = Enumerable.Range(0, Math.Max(0, tokens.Length - length + 1))
            .Where(i => tokens.Skip(i).Take(length).All(t => Letters().IsMatch(t) && t.Length >= 3 && stemmer.IsContentWord(t)))
            .ToList();
        if (starts.Count == 0) throw new InvalidOperationException("a note without a usable phrase");
        return tokens[starts[random.Next(starts.Count)]..][..length];
    }

    /// <summary>A prefix that matches the same words on both sides: not the start of a stop word (FTS5 indexes those) nor of a slug.</summary>
    private static bool IsFairPrefix(string prefix) =>
        !SlugWords.Any(w => w.StartsWith(prefix, StringComparison.Ordinal))
        && !EnglishAnalyzer.DefaultStopSet.Any(w => w.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>Words as our index sees them: the analyzer CatalogSearch uses, on a body field.</summary>
    private sealed class Stemmer : IDisposable
    {
        private readonly Analyzer _analyzer = SearchAnalyzers.Create();

        /// <summary>The word's stem, or null for a stop word.</summary>
        public string? Stem(string word)
        {
            using var stream = _analyzer.GetTokenStream(IndexSchema.Body, word);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            var stem = stream.IncrementToken() ? term.ToString() : null;
            stream.End();
            return stem;
        }

        /// <summary>Neither the word nor its stem is a stop word.</summary>
        public bool IsContentWord(string word) => Stem(word) is { } stem && !EnglishAnalyzer.DefaultStopSet.Contains(stem);

        public void Dispose() => _analyzer.Dispose();
    }

    private static string Quote(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex("^[a-z]+$")]
    private static partial Regex Letters();

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex Plain();
}
