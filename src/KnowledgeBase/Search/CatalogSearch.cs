using Lucene.Net.Search;

namespace KnowledgeBase.Search;

/// <summary>
/// Answers a search: compiles the text, runs it on a leased near-real-time searcher, counts hits per type, cuts
/// snippets for one page and, when nothing matched, suggests spellings. Thread-safe; bad input never throws, and
/// neither does a damaged index: the answer then says the index is being rebuilt.
/// </summary>
public sealed class CatalogSearch
{
    public const string RebuildingNotice = "The search index is being rebuilt; results may be incomplete.";
    public const string UnavailableNotice = "The search index is damaged and is being rebuilt from the catalog. Try again in a moment.";
    public const string OverBudgetProblem = "That search took too long to run; try fewer words, or fewer words with *, ? or ~.";

    private readonly SearchIndex _index;
    private readonly TimeSpan _timeBudget;
    private readonly SnippetBuilder _snippets;

    public CatalogSearch(SearchIndex index) : this(index, SearchLimits.TimeBudget)
    {
    }

    /// <summary>With another time budget than <see cref="SearchLimits.TimeBudget"/>: a test's way to see a search run out of time.</summary>
    internal CatalogSearch(SearchIndex index, TimeSpan timeBudget)
    {
        _index = index;
        _timeBudget = timeBudget;
        _snippets = new SnippetBuilder(index.Analyzer);
    }

    public SearchResults Search(SearchRequest request)
    {
        var compiled = QueryCompiler.Compile(request.Text, _index.Analyzer);
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
            // Read before searching: if the rebuild completes meanwhile, the results are complete and merely say otherwise.
            Notice = _index.Damage is null ? null : RebuildingNotice,
        };

        using var lease = _index.TryLease();
        if (lease is null) return Unavailable(results);
        try
        {
            return Find(lease.Searcher, compiled, results);
        }
        catch (Exception e) when (IndexDamage.MayBe(e))
        {
            // Only a reader that fails its checksums is damage; a failure on a sound index is a bug and must surface.
            if (!IndexDamage.IsConfirmedIn(lease.Searcher.IndexReader)) throw;
            _index.ReportDamage("a search failed: " + e.Message);
            return Unavailable(results);
        }
    }

    private static SearchResults Unavailable(SearchResults results) => results with { Notice = UnavailableNotice, IndexUnavailable = true };

    private SearchResults Find(IndexSearcher searcher, CompiledQuery compiled, SearchResults results)
    {
        if (compiled.Query is null)
            return compiled.Words.Count == 0 ? results : results with { Suggestions = SpellingSuggester.Suggest(searcher, _index.Analyzer, compiled.Words) };

        if (compiled.Problem is null && GlossaryExpansion.Expand(compiled.Text, searcher) is (var expanded, { Count: > 0 } matches)
            && QueryCompiler.Compile(expanded, _index.Analyzer) is { Problem: null, Query: { } wider })
        {
            // The query as typed stays what the page shows and suggests from; only what is searched widens.
            compiled = compiled with { Query = wider };
            results = results with { Glossary = matches };
        }

        var (page, pageSize) = (results.Page, results.PageSize);
        var ranking = TopScoreDocCollector.Create(page * pageSize, docsScoredInOrder: false);
        var facets = new TypeFacetCollector(ranking, results.Type);
        try
        {
            searcher.Search(compiled.Query, new TimeBudgetCollector(facets, _timeBudget));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return results with { Problem = "That search expands to too many terms; add letters before the *." };
        }
        catch (TimeBudgetExceededException)
        {
            // Hits so far are an arbitrary part of the answer, and counting them would mislead: say so, show none.
            return results with { Problem = results.Problem ?? OverBudgetProblem };
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
            Suggestions = counts.Count == 0 ? SpellingSuggester.Suggest(searcher, _index.Analyzer, compiled.Words) : [],
        };
    }

    private SearchHit ToHit(Display display, float score, HighlightTerms terms) =>
        new(display.Type, display.Key, display.Title, _snippets.MarkAll(display.Title, terms), display.Detail,
            _snippets.Build(display.Body, terms), score);
}
