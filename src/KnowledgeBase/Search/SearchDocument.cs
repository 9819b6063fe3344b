namespace KnowledgeBase.Search;

/// <summary>One catalog entity as the index sees it, independent of Lucene's document classes.</summary>
public sealed record SearchDocument
{
    public required string Type { get; init; }
    /// <summary>The slug, or the code of a requirement.</summary>
    public required string Key { get; init; }
    public required string Title { get; init; }
    public string? AltTitle { get; init; }
    /// <summary>A short line shown under the title: authors and year, vendor, layer...</summary>
    public string? Detail { get; init; }
    public IReadOnlyList<string> People { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Layers { get; init; } = [];
    /// <summary>Names of related entities, such as the components a tool covers.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];
    /// <summary>Plain text: the summary, statement or note. Snippets are cut from it.</summary>
    public string Body { get; init; } = "";
    /// <summary>Other names a glossary term goes by (synonyms, outsiders' words): searched, and stored for query expansion.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string Id => IdOf(Type, Key);

    public static string IdOf(string type, string key) => type + ":" + key;
}
