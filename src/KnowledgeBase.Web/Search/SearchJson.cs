using KnowledgeBase.Search;

namespace KnowledgeBase.Web.Search;

/// <summary>The JSON shape of search results, shared by <c>/api/search</c> and <c>kb search --json</c>.</summary>
public sealed record SearchJson(
    string Query, string? Type, int Page, int PageSize, int PageCount, int Total,
    IReadOnlyDictionary<string, int> Facets, IReadOnlyList<SearchHitJson> Hits, IReadOnlyList<string> Suggestions, string? Message, string? Notice,
    IReadOnlyList<GlossaryMatchJson> Glossary)
{
    public static SearchJson From(SearchResults r) => new(
        r.Query, r.Type, r.Page, r.PageSize, r.PageCount, r.Total,
        r.Facets.ToDictionary(f => f.Type, f => f.Count, StringComparer.Ordinal),
        r.Hits.Select(h => new SearchHitJson(h.Type, h.Key, h.Title, h.Detail, h.Path, h.MarkedTitle.ToHtml(), h.Snippet.ToHtml(), h.Score)).ToList(),
        r.Suggestions, r.Problem, r.Notice,
        r.Glossary.Select(g => new GlossaryMatchJson(g.Searched, g.Term, g.Path)).ToList());
}

/// <summary>One hit; <c>titleHtml</c> and <c>snippetHtml</c> are HTML-encoded with matched words in <c>&lt;mark&gt;</c>.</summary>
public sealed record SearchHitJson(string Type, string Key, string Title, string? Detail, string Url, string TitleHtml, string SnippetHtml, float Score);

/// <summary>A word of the query read as a glossary term: "you searched <c>searched</c>; the catalog calls this <c>term</c>".</summary>
public sealed record GlossaryMatchJson(string Searched, string Term, string Url);
