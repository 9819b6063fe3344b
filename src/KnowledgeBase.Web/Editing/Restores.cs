using KnowledgeBase.History;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.History;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Editing;

/// <summary>A recorded version of an entity to fill its form with (<c>?restore=ID</c>), and what the form says about it.</summary>
public static class Restores
{
    /// <summary>The change and the version it holds; null for an unknown id, another entity's change or one with nothing to restore.</summary>
    /// <param name="key">The entity it must be a change of; null for a deleted one, whose key the form takes from the change.</param>
    public static async Task<(Change Change, EntityRecord Version)?> FindAsync(CatalogDbContext db, long id, string kind, string? key, CancellationToken ct)
    {
        var change = await db.Changes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.EntityKind == kind, ct);
        if (change is null || (key is not null && change.EntityKey != key)) return null;
        return ChangeText.Version(change) is { } version ? (change, version) : null;
    }

    public static string AfterNotice(Change c, string what) =>
        $"The form holds {what} as it was after change {c.Id} ({c.At:yyyy-MM-dd HH:mm} UTC, by {c.Actor}). Save to restore it.";

    public static string DeletedNotice(Change c) =>
        $"The form holds {c.EntityName} as it was before change {c.Id} deleted it. Save to restore it.";
}
