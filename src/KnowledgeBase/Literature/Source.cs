namespace KnowledgeBase.Literature;

/// <summary>A piece of (grey) literature with its Markdown note; the slug is the note's file name.</summary>
public sealed class Source
{
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string? FullTitle { get; set; }
    public List<string> Authors { get; set; } = [];
    public int? Year { get; set; }
    /// <summary>Date added, as canonical ISO text (a date, or a date-time with offset) so it sorts and round-trips.</summary>
    public string? DateAdded { get; set; }
    public string? Kind { get; set; }
    /// <summary>Who the work suits: one or more of <see cref="Difficulty.Levels"/>, in that order.</summary>
    public List<string> Difficulties { get; set; } = [];
    public int? Rating { get; set; }
    public bool Draft { get; set; }
    public List<SourceIdentifier> Identifiers { get; set; } = [];
    public List<string> Tags { get; set; } = [];
    /// <summary>The Markdown note after the front matter, with line endings normalised to LF.</summary>
    public string Note { get; set; } = "";

    /// <summary>
    /// Front-matter keys the catalog does not know (<c>RSS:</c>, <c>description:</c>, <c>picture:</c>), as the lines
    /// they were written in, so that export gives them back instead of losing them. Null when there were none.
    /// </summary>
    public string? UnknownFrontMatter { get; set; }
}

/// <summary>An identifier of a work: scheme (doi, arxiv, isbn, url, ...) and value.</summary>
public sealed class SourceIdentifier
{
    public required string Scheme { get; set; }
    public required string Value { get; set; }
}
