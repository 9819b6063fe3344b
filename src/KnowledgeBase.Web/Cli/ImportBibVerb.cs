using System.CommandLine;
using System.Globalization;
using KnowledgeBase.Interchange;
using KnowledgeBase.Literature;
using KnowledgeBase.Literature.References;
using KnowledgeBase.Search;
using KnowledgeBase.Storage;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Cli;

/// <summary>
/// <c>kb import-bib FILE</c>: a Zotero, Scholar or publisher export (BibTeX or RIS) becomes draft sources in SQLite,
/// as pasting it on the site does. Duplicates of sources already there are skipped with a warning. All or nothing
/// unless <c>--skip-bad</c>: then the entries that were understood are saved and the others only reported.
/// </summary>
internal static class ImportBibVerb
{
    private static readonly Argument<string> File = new("FILE") { Description = "A .bib or .ris file" };
    private static readonly Option<bool> SkipBad = new("--skip-bad") { Description = "Save the good entries even if some could not be read" };
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Report what would be added; write nothing" };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("import-bib", "Add draft sources from a BibTeX or RIS file") { File, SkipBad, DryRun };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(File)!;
            var text = await ReadAsync(path, error, ct);
            if (text is null) return CommandLine.InvalidInput;

            var directory = DataDirectory.Resolve(parse.GetValue(CommandLine.DataDir));
            await using var db = await ExistingCatalog.OpenAsync(directory, error, ct);
            if (db is null) return CommandLine.InvalidInput;
            var existing = await db.Sources.AsNoTracking().ToListAsync(ct);
            var read = ReferenceReader.Read(text, path, existing);

            // Duplicates come as warnings naming the source they repeat; they are skipped, never saved twice.
            foreach (var problem in read.Errors.OrderBy(e => e.Line)) await error.WriteLineAsync(problem.ToString());
            if (read.Entries.Count == 0 && !read.HasErrors)
            {
                await error.WriteLineAsync($"{path}:0: no BibTeX or RIS entry found");
                return CommandLine.InvalidInput;
            }
            if (read.HasErrors && !parse.GetValue(SkipBad))
            {
                await error.WriteLineAsync("nothing was added; fix the entries above or pass --skip-bad to add the others");
                return CommandLine.InvalidInput;
            }

            var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var drafts = read.Entries.Where(e => e.Duplicate is null).Select(e => e.Draft).ToList();
            foreach (var draft in drafts)
            {
                if (string.IsNullOrEmpty(draft.DateAdded)) draft.DateAdded = today;
                await output.WriteLineAsync($"{(parse.GetValue(DryRun) ? "would add" : "added")} {draft.Slug}: {draft.Title}");
            }
            if (parse.GetValue(DryRun) || drafts.Count == 0)
            {
                await output.WriteLineAsync($"{drafts.Count} draft source(s){(parse.GetValue(DryRun) ? " would be added" : " added")}");
                return CommandLine.Ok; // bad entries stopped us above unless --skip-bad asked to leave them out
            }

            db.Sources.AddRange(drafts);
            // A new catalog version, as 'kb import' makes: a running site sees it, empties its page cache and reindexes.
            var state = await db.CatalogState.SingleOrDefaultAsync(ct);
            if (state is not null) state.Version++;
            await db.SaveChangesAsync(ct);
            await output.WriteLineAsync($"{drafts.Count} draft source(s) added to {directory.DatabasePath}; 'kb export' writes their notes to literature/");
            await IndexAsync(directory, drafts, error);
            return CommandLine.Ok; // bad entries stopped us above unless --skip-bad asked to leave them out
        });
        return command;
    }

    private static async Task<string?> ReadAsync(string path, TextWriter error, CancellationToken ct)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            await error.WriteLineAsync($"{path}:0: no such file");
            return null;
        }
        if (info.Length > ReferenceReader.MaxCharacters * 4L)
        {
            await error.WriteLineAsync($"{path}:0: the file has {info.Length:N0} bytes; split it into parts of at most {ReferenceReader.MaxCharacters:N0} characters");
            return null;
        }
        return await System.IO.File.ReadAllTextAsync(path, ct);
    }

    /// <summary>The new sources' search documents; a running site holding the index catches up from the database itself.</summary>
    private static async Task IndexAsync(DataDirectory directory, IReadOnlyList<Source> added, TextWriter error)
    {
        try
        {
            using var index = SearchIndex.Open(directory.IndexPath);
            foreach (var source in added) index.Upsert(CatalogDocuments.ForSource(source));
        }
        catch (LockObtainFailedException)
        {
            await error.WriteLineAsync($"{directory.IndexPath}:0: the search index is in use by a running site; it takes the new sources within a minute");
        }
    }
}
