using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Tools;

/// <summary>
/// One relation seen from one tool's end: <see cref="FromOtherEnd"/> is true when the tool is the relation's
/// <c>other</c>, so a directed relation reads backwards ("Has parts" for <c>part-of</c>).
/// </summary>
public sealed record RelatedTool(string Slug, string Name, ToolRelationKind Kind, bool FromOtherEnd, string? Note, string? Evidence)
{
    /// <summary>The heading this relation is listed under on the tool's page.</summary>
    public string Heading => Kind.Phrase(FromOtherEnd && !Kind.IsSymmetric());
}

/// <summary>A tool with every relation that touches it, from either end, in the order the page lists them.</summary>
public sealed record ToolNeighbourhood(string Slug, string Name, IReadOnlyList<RelatedTool> Related)
{
    /// <summary>The relations grouped under their headings: structural facts first, then integrations, then alternatives.</summary>
    public IReadOnlyList<IGrouping<string, RelatedTool>> Groups =>
        Related.GroupBy(r => r.Heading).ToList();

    /// <summary>Reads the relations from both ends, with the name of the tool at the far end, in one query.</summary>
    public static async Task<ToolNeighbourhood> LoadAsync(CatalogDbContext db, string slug, string name, CancellationToken ct = default)
    {
        var rows = await db.ToolRelations.AsNoTracking()
            .Where(r => r.ToolSlug == slug || r.OtherSlug == slug)
            .Join(db.Tools, r => r.ToolSlug == slug ? r.OtherSlug : r.ToolSlug, t => t.Slug,
                (r, far) => new { far.Slug, far.Name, r.Kind, FromOtherEnd = r.OtherSlug == slug, r.Note, r.Evidence })
            .ToListAsync(ct);
        return new ToolNeighbourhood(slug, name, Order(rows.Select(r => new RelatedTool(r.Slug, r.Name, r.Kind, r.FromOtherEnd, r.Note, r.Evidence))));
    }

    /// <summary>Belonging and lineage first (part of, successor, fork, acquired), then integrations, then alternatives; within a kind the tool's own end first, then by name.</summary>
    public static IReadOnlyList<RelatedTool> Order(IEnumerable<RelatedTool> related) =>
        related.OrderBy(r => Rank(r.Kind)).ThenBy(r => r.FromOtherEnd && !r.Kind.IsSymmetric()).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList();

    private static int Rank(ToolRelationKind kind) => kind switch
    {
        ToolRelationKind.PartOf => 0,
        ToolRelationKind.SuccessorOf => 1,
        ToolRelationKind.ForkOf => 2,
        ToolRelationKind.AcquiredBy => 3,
        ToolRelationKind.IntegratesWith => 4,
        _ => 5,
    };
}
