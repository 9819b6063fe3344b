using System.CommandLine;
using KnowledgeBase.Stacks;
using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Cli;

/// <summary><c>kb checklist --stack SLUG --format csv|md [--out FILE]</c>: a stack's checklist for a spreadsheet or an issue.</summary>
internal static class ChecklistVerb
{
    private static readonly Option<string> Stack = new("--stack") { Description = "The stack's slug", Required = true };
    private static readonly Option<string> Format = new Option<string>("--format") { Description = "csv (for a spreadsheet) or md (a Markdown task list)", Required = true }
        .AcceptOnlyFromAmong("csv", "md");
    private static readonly Option<string?> Out = new("--out") { Description = "File to write (default: standard output)" };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("checklist", "Export a stack's requirement checklist as CSV or Markdown") { Stack, Format, Out };
        command.SetAction(async (parse, ct) =>
        {
            var directory = DataDirectory.Resolve(parse.GetValue(CommandLine.DataDir));
            await using var db = await ExistingCatalog.OpenAsync(directory, error, ct);
            if (db is null) return CommandLine.InvalidInput;
            var slug = parse.GetValue(Stack)!;
            var stack = await db.Stacks.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, ct);
            if (stack is null)
            {
                var known = await db.Stacks.AsNoTracking().OrderBy(s => s.Slug).Select(s => s.Slug).ToListAsync(ct);
                await error.WriteLineAsync($"kb checklist: unknown stack '{slug}'; known stacks: {(known.Count == 0 ? "none" : string.Join(", ", known))}");
                return CommandLine.InvalidInput;
            }

            var catalog = await GapCatalogQueries.LoadAsync(db, ct);
            var report = GapReport.For(catalog, await GapCatalogQueries.PicksAsync(db, slug, ct));
            var items = await db.ChecklistItems.AsNoTracking().Where(c => c.StackSlug == slug).ToListAsync(ct);
            var lines = Checklist.Lines(catalog, report, items);
            if (lines.Count == 0)
                await error.WriteLineAsync($"kb checklist: stack '{slug}' has no checklist yet; create one on /stacks/{slug}/checklist");
            var text = parse.GetValue(Format) == "md" ? ChecklistSheet.Markdown(stack.Name, lines) : ChecklistSheet.Csv(lines);

            if (parse.GetValue(Out) is { } path)
            {
                await File.WriteAllTextAsync(path, text, new System.Text.UTF8Encoding(false), ct);
                await error.WriteLineAsync($"wrote {lines.Count} items to {Path.GetFullPath(path)}");
            }
            else
            {
                await output.WriteAsync(text);
            }
            return CommandLine.Ok;
        });
        return command;
    }
}
