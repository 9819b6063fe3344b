using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace KnowledgeBase.Search;

/// <summary>
/// English stemming for text; exact fields are only lower-cased (as whole values), so <c>tag:Drift-Detection</c>
/// finds the tag <c>drift-detection</c>. Analyzers are thread-safe and meant to be shared.
/// </summary>
public static class SearchAnalyzers
{
    public static Analyzer Create()
    {
        var exact = LowercaseKeyword();
        var perField = new Dictionary<string, Analyzer>(StringComparer.Ordinal)
        {
            [IndexSchema.Spelling] = LowercaseWords(),
        };
        foreach (var field in new[] { IndexSchema.Id, IndexSchema.Type, IndexSchema.Slug, IndexSchema.Code, IndexSchema.Tag, IndexSchema.Layer, IndexSchema.ExactName })
            perField[field] = exact;
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(IndexSchema.Version), perField);
    }

    /// <summary>The whole value as one token, lower-cased.</summary>
    private static Analyzer LowercaseKeyword() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new KeywordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(IndexSchema.Version, tokenizer));
    });

    /// <summary>Words, lower-cased, neither stemmed nor stopped: what a user might mistype.</summary>
    private static Analyzer LowercaseWords() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(IndexSchema.Version, reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(IndexSchema.Version, tokenizer));
    });
}
