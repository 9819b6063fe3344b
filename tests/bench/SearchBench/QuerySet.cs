using System.Text.RegularExpressions;
using KnowledgeBase.Interchange;
using Lucene.Net.Analysis.En;

namespace SearchBench;

/// <summary>One benchmark query: the text typed into CatalogSearch and the same search as an FTS5 MATCH expression.</summary>
/// <param name="Fts5Type">The <c>type:</c> filter, which FTS5 applies as <c>type = $type</c> (the column is not indexed).</param>
internal sealed record BenchQuery(string Kind, string Lucene, string Fts5Match, string? Fts5Type);

/// <summary>
/// The fixed 200 queries of DESIGN §8, 40 of each kind, drawn with a fixed seed: words from the literature's word
/// frequencies, phrases from the notes of the catalog, tags from its sources and tools. Every word is quoted on the
/// FTS5 side so no word is read as an operator; stop words (which our English analysis drops and FTS5 keeps) are
/// never drawn, so both engines look for the same stems.
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
        var words = WordFrequencies.FromShippedLiterature();
        string Common() => Draw(() => words.Sample(random), w => w.Length >= 4);
        string Rare() => Draw(() => words.SampleContentWord(random), _ => true);

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
            var phrase = string.Join(' ', PhraseFrom(catalog.Sources[random.Next(catalog.Sources.Count)].Note, i % 4 == 3 ? 3 : 2, random));
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
        // Prefixes of four to six letters, of common and of rare words.
        for (var i = 0; i < PerKind; i++)
        {
            string prefix;
            do
            {
                var word = Draw(() => i % 2 == 0 ? words.Sample(random) : words.SampleContentWord(random), w => w.Length >= 6);
                prefix = word[..random.Next(4, Math.Min(6, word.Length - 1) + 1)];
            } while (!IsFairPrefix(prefix));
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

    private static string Draw(Func<string> sample, Func<string, bool> accept)
    {
        for (var attempt = 0; attempt < 10_000; attempt++)
        {
            var word = sample();
            if (Letters().IsMatch(word) && !EnglishAnalyzer.DefaultStopSet.Contains(word) && accept(word)) return word;
        }
        throw new InvalidOperationException("the vocabulary has no usable words");
    }

    /// <summary>Adjacent words of a note, all plain letters and none a stop word.</summary>
    private static string[] PhraseFrom(string note, int length, Random random)
    {
        var tokens = note.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var starts = Enumerable.Range(0, Math.Max(0, tokens.Length - length + 1))
            .Where(i => tokens.Skip(i).Take(length).All(t => Letters().IsMatch(t) && t.Length >= 3 && !EnglishAnalyzer.DefaultStopSet.Contains(t)))
            .ToList();
        if (starts.Count == 0) throw new InvalidOperationException("a note without a usable phrase");
        return tokens[starts[random.Next(starts.Count)]..][..length];
    }

    /// <summary>A prefix that matches the same words on both sides: not the start of a stop word (FTS5 indexes those) nor of a slug.</summary>
    private static bool IsFairPrefix(string prefix) =>
        !SlugWords.Any(w => w.StartsWith(prefix, StringComparison.Ordinal))
        && !EnglishAnalyzer.DefaultStopSet.Any(w => w.StartsWith(prefix, StringComparison.Ordinal));

    private static string Quote(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex("^[a-z]+$")]
    private static partial Regex Letters();

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex Plain();
}
