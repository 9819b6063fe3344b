namespace KnowledgeBase.Synthetic;

/// <summary>
/// How big a synthetic catalog is, in totals: the base catalog's own entities count towards them and synthetic ones
/// fill up the rest (a total below the base catalog's count adds nothing). The defaults are the synthetic scale of
/// the design's budgets.
/// </summary>
public sealed record CatalogSize(int Notes = 10_000, int Tools = 1_000, int Requirements = 500, int Stacks = 20)
{
    /// <summary>A thousand notes: the scale of the import fault test and the smaller import benchmark.</summary>
    public static CatalogSize Thousand { get; } = new(Notes: 1_000);
}
