namespace KnowledgeBase.Search;

/// <summary>What a user asked for: the text as typed, an optional type to show, and which page.</summary>
public sealed record SearchRequest(string? Text, string? Type = null, int Page = 1, int PageSize = SearchRequest.DefaultPageSize)
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 50;
    /// <summary>Nobody reads page 101; deep pages would only make the ranking collector expensive.</summary>
    public const int MaxPage = 100;
}

/// <summary>One page of hits plus the counts of all hits per type, a message when the query was not valid, and suggestions.</summary>
public sealed record SearchResults
{
    public required string Query { get; init; }
    public string? Type { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = SearchRequest.DefaultPageSize;
    /// <summary>Hits of the selected type (of all types when none is selected).</summary>
    public int Total { get; init; }
    /// <summary>Hits per type over the whole query, in <see cref="SearchTypes.All"/> order, zeros included.</summary>
    public IReadOnlyList<TypeCount> Facets { get; init; } = [];
    public IReadOnlyList<SearchHit> Hits { get; init; } = [];
    /// <summary>Why the text could not be used as written (shown to the user), or null.</summary>
    public string? Problem { get; init; }
    public IReadOnlyList<string> Suggestions { get; init; } = [];
    /// <summary>Names in the query that the glossary reads as another term, which was searched as well.</summary>
    public IReadOnlyList<GlossaryMatch> Glossary { get; init; } = [];
    /// <summary>About the index rather than the query (it is being rebuilt after damage), or null.</summary>
    public string? Notice { get; init; }
    /// <summary>The index could not be read for this search, so there are no hits; trying again shortly will work.</summary>
    public bool IndexUnavailable { get; init; }

    public bool IsInvalid => Problem is not null;
    public bool IsEmptyQuery => Query.Length == 0;
    public int AllTypesTotal => Facets.Sum(f => f.Count);
    public int PageCount => Math.Min(SearchRequest.MaxPage, (Total + PageSize - 1) / PageSize);
}

public sealed record TypeCount(string Type, int Count)
{
    public string Label => SearchTypes.PluralLabel(Type);
}

/// <summary>One entity found: what it is, where it lives, and why it matched.</summary>
public sealed record SearchHit(string Type, string Key, string Title, Snippet MarkedTitle, string? Detail, Snippet Snippet, float Score)
{
    public string Path => SearchTypes.PathOf(Type, Key);
}
