using System.Text.RegularExpressions;
using KnowledgeBase.Literature;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Interchange;

/// <summary>
/// The notes of a literature folder as a Hugo link-log lays them out: <c>*.md</c> at any depth, a page bundle's
/// <c>name/index.md</c> named by its folder, Hugo's section pages (<c>_index.md</c>) skipped because they describe a
/// folder, not a work. A file name that is not a slug (<c>MLOps-stack-canvas.md</c>) gives the slug it spells in
/// lower case, with a warning; two files that give the same slug are an error naming both.
/// </summary>
internal static partial class LiteratureFolder
{
    public sealed record NoteFile(string Path, string Display, string Slug);

    public static List<NoteFile> Notes(string literatureDir, List<ImportError> problems)
    {
        var notes = new List<NoteFile>();
        var bySlug = new Dictionary<string, NoteFile>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(literatureDir, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Equals("_index.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var display = Path.Combine(literatureDir, Path.GetRelativePath(literatureDir, file));
            var name = NameOf(literatureDir, file);
            var slug = SlugOf(name);
            if (slug is null)
            {
                problems.Add(new ImportError(display, 1, $"the file name '{CsvTable.Truncate(name)}' gives no slug: it needs a letter or digit (a-z, 0-9)"));
                continue;
            }
            if (slug.Length > FieldLimits.Slug)
            {
                problems.Add(new ImportError(display, 1, FieldLimits.TooLong("slug", slug.Length, FieldLimits.Slug)));
                continue;
            }
            if (slug != name)
                problems.Add(ImportError.Warning(display, 1, $"the file name '{CsvTable.Truncate(name)}' is not a slug; the note is imported as '{slug}' and exported as {slug}.md"));
            var note = new NoteFile(file, display, slug);
            if (bySlug.TryGetValue(slug, out var first))
            {
                problems.Add(new ImportError(display, 1, $"duplicate slug '{slug}': {first.Display} has it too"));
                continue;
            }
            bySlug.Add(slug, note);
            notes.Add(note);
        }
        return notes;
    }

    /// <summary>The name a note goes by: its file name, or its folder's for a page bundle's <c>index.md</c>.</summary>
    private static string NameOf(string literatureDir, string file)
    {
        var folder = Path.GetDirectoryName(file)!;
        var isBundle = Path.GetFileName(file).Equals("index.md", StringComparison.OrdinalIgnoreCase)
                       && Path.GetFullPath(folder) != Path.GetFullPath(literatureDir);
        return isBundle ? Path.GetFileName(folder) : Path.GetFileNameWithoutExtension(file);
    }

    /// <summary>Lower case, every run of other characters one <c>-</c>, none at either end; null when nothing is left.</summary>
    internal static string? SlugOf(string name)
    {
        var slug = NotSlugCharacters().Replace(name.ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? null : slug;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlugCharacters();
}
