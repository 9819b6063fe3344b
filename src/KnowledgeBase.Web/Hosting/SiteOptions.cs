namespace KnowledgeBase.Web.Hosting;

/// <summary>Settings under <c>KnowledgeBase:</c> (appsettings, environment <c>KnowledgeBase__DataDir</c>, or arguments).</summary>
public sealed class SiteOptions
{
    public const string Section = "KnowledgeBase";

    /// <summary>Where the SQLite file and the index live; empty means <c>KB_DATA_DIR</c> or <c>.kb/</c>.</summary>
    public string? DataDir { get; set; }

    /// <summary>The catalog imported on first start; empty means the nearest <c>data/</c> and <c>literature/</c>.</summary>
    public string? CatalogData { get; set; }

    public string? CatalogLiterature { get; set; }

    /// <summary>
    /// Whether the site accepts writes (building stacks, editing and importing checklists). On by default, for the
    /// local single-user site; set <c>KnowledgeBase__AllowEdits=false</c> where the site is public. Off, every write
    /// answers 403.
    /// </summary>
    public bool AllowEdits { get; set; } = true;

    /// <summary>
    /// How often the running site checks its search index: that its files are intact, and that it was built from the
    /// catalog in the database (which <c>kb import</c> beside a running site changes).
    /// </summary>
    public TimeSpan IndexCheckInterval { get; set; } = TimeSpan.FromSeconds(30);
}
