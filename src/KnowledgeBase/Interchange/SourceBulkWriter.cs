using System.Data.Common;
using System.Text.Json;
using KnowledgeBase.Literature;
using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace KnowledgeBase.Interchange;

/// <summary>
/// Writes literature sources with one prepared statement instead of through the change tracker: sources are the
/// one table that grows to tens of thousands of rows, and tracking them made an import of 10,000 notes take
/// longer than its budget. Runs inside the import's transaction, so all-or-nothing still holds.
/// The JSON columns are written in the same shape EF Core reads (arrays of strings; objects with Scheme and Value).
/// </summary>
internal static class SourceBulkWriter
{
    private static readonly string[] Columns =
        ["$slug", "$title", "$fullTitle", "$authors", "$year", "$dateAdded", "$kind", "$difficulties", "$rating", "$draft", "$tags", "$note", "$identifiers", "$unknown"];

    /// <summary>Inserts new sources and updates existing ones by slug.</summary>
    public static async Task UpsertAsync(CatalogDbContext db, IReadOnlyList<Source> sources, CancellationToken ct)
    {
        await using var command = Command(db,
            "INSERT INTO Sources (Slug, Title, FullTitle, Authors, Year, DateAdded, Kind, Difficulties, Rating, Draft, Tags, Note, Identifiers, UnknownFrontMatter) " +
            "VALUES ($slug, $title, $fullTitle, $authors, $year, $dateAdded, $kind, $difficulties, $rating, $draft, $tags, $note, $identifiers, $unknown) " +
            "ON CONFLICT(Slug) DO UPDATE SET Title = excluded.Title, FullTitle = excluded.FullTitle, Authors = excluded.Authors, " +
            "Year = excluded.Year, DateAdded = excluded.DateAdded, Kind = excluded.Kind, Difficulties = excluded.Difficulties, " +
            "Rating = excluded.Rating, Draft = excluded.Draft, Tags = excluded.Tags, Note = excluded.Note, Identifiers = excluded.Identifiers, " +
            "UnknownFrontMatter = excluded.UnknownFrontMatter");
        var parameters = Columns.Select(name => { var p = command.CreateParameter(); p.ParameterName = name; command.Parameters.Add(p); return p; }).ToArray();
        await command.PrepareAsync(ct);
        foreach (var s in sources)
        {
            object?[] values =
            [
                s.Slug, s.Title, s.FullTitle, JsonSerializer.Serialize(s.Authors), s.Year, s.DateAdded, s.Kind, JsonSerializer.Serialize(s.Difficulties), s.Rating,
                s.Draft ? 1 : 0, JsonSerializer.Serialize(s.Tags), s.Note,
                JsonSerializer.Serialize(s.Identifiers.Select(i => new { i.Scheme, i.Value })), s.UnknownFrontMatter,
            ];
            for (var i = 0; i < values.Length; i++)
                parameters[i].Value = values[i] ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Deletes sources whose note disappeared; called after the rows that cite them are gone.</summary>
    public static async Task DeleteMissingAsync(CatalogDbContext db, IReadOnlyList<Source> sources, CancellationToken ct)
    {
        var keep = sources.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        var existing = await db.Sources.AsNoTracking().Select(s => s.Slug).ToListAsync(ct);
        await using var command = Command(db, "DELETE FROM Sources WHERE Slug = $slug");
        var slug = command.CreateParameter();
        slug.ParameterName = "$slug";
        command.Parameters.Add(slug);
        foreach (var gone in existing.Where(s => !keep.Contains(s)))
        {
            slug.Value = gone;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static DbCommand Command(CatalogDbContext db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Sources are written only inside the import transaction.");
        command.CommandText = sql;
        return command;
    }
}
