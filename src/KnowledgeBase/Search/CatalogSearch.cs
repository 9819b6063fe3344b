using Lucene.Net.Search;

namespace KnowledgeBase.Search;

/// <summary>
/// Answers a search: compiles the text, runs it on a leased near-real-time searcher, counts hits per type, cuts
/// snippets for one page and, when nothing matched, suggests spellings. Thread-safe; bad input never throws.
/// </summary>
public sealed class CatalogSearch(SearchIndex index)
{
    private readonly SnippetBuilder _snippets = new(index.Analyzer);

    public SearchResults Search(SearchRequest request)
    {
        var compiled = QueryCompiler.Compile(request.Text, index.Analyzer);
        var type = SearchTypes.Normalize(request.Type);
        var problem = compiled.Problem;
        if (type is null && !string.IsNullOrWhiteSpace(request.Type))
            problem ??= $"There is no type '{request.Type.Trim()}'; showing all types.";
        var pageSize = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize);
        var page = Math.Clamp(request.Page, 1, SearchRequest.MaxPage);
        var results = new SearchResults
        {
            Query = compiled.Text, Type = type, Page = page, PageSize = pageSize, Problem = problem,
            Facets = SearchTypes.All.Select(t => new TypeCount(t, 0)).ToList(),
        };

        using var lease = index.Lease();
        var searcher = lease.Searcher;
        if (compiled.Query is null)
            return compiled.Words.Count == 0 ? results : results with { Suggestions = SpellingSuggester.Suggest(searcher, index.Analyzer, compiled.Words) };

        var ranking = TopScoreDocCollector.Create(page * pageSize, docsScoredInOrder: false);
        var facets = new TypeFacetCollector(ranking, type);
        try
        {
            searcher.Search(compiled.Query, facets);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return results with { Problem = "That search expands to too many terms; add letters before the *." };
        }

        var counts = facets.Counts;
        var terms = HighlightTerms.From(compiled.Query);
        var hits = ranking.GetTopDocs((page - 1) * pageSize, pageSize).ScoreDocs
            .Select(hit => ToHit(DisplayValues.Read(searcher.IndexReader, hit.Doc), hit.Score, terms)).ToList();
        return results with
        {
            Total = ranking.TotalHits,
            Facets = SearchTypes.All.Select(t => new TypeCount(t, counts.GetValueOrDefault(t))).ToList(),
            Hits = hits,
            Suggestions = counts.Count == 0 ? SpellingSuggester.Suggest(searcher, index.Analyzer, compiled.Words) : [],
        };
    }

    private SearchHit ToHit(Display display, float score, HighlightTerms terms) =>
        new(display.Type, display.Key, display.Title, _snippets.MarkAll(display.Title, terms), display.Detail,
            _snippets.Build(display.Body, terms), score);
}
