using System.CommandLine;
using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Web.Cli;

/// <summary><c>kb import</c>, <c>kb validate</c> and <c>kb export</c>: moving the catalog between files and SQLite.</summary>
internal static class CatalogVerbs
{
    private static readonly Option<string?> Data = new("--data") { Description = "Folder of CSV tables (default: data/)" };
    private static readonly Option<string?> Literature = new("--literature") { Description = "Folder of literature notes (default: literature/)" };
    private static readonly Option<bool> Strict = new("--strict") { Description = "Treat warnings (oddities that would import) as errors" };
    private static readonly Option<string> Out = new("--out") { Description = "Folder to write data/ and literature/ into", Required = true };

    public static Command Import(TextWriter output, TextWriter error)
    {
        var command = new Command("import", "Load data/ and literature/ into SQLite (all or nothing)") { Data, Literature };
        command.SetAction(async (parse, ct) =>
        {
            var location = CatalogLocation.Resolve(parse.GetValue(Data), parse.GetValue(Literature));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var files = ProgressDisplay.Run(output, "Reading notes", progress => CatalogReader.Read(location.DataDir, location.LiteratureDir, progress));
            if (!await ReportAsync(files, strict: false, error)) return CommandLine.InvalidInput;
            var read = clock.Elapsed;

            var directory = DataDirectory.Resolve(parse.GetValue(CommandLine.DataDir)).Create();
            await using var db = CatalogDatabase.Open(directory);
            await CatalogDatabase.MigrateAsync(db, ct);
            await CatalogImporter.ImportAsync(db, files.Snapshot, ct);
            await output.WriteLineAsync(Summary("imported", files.Snapshot) + $" into {directory.DatabasePath} " +
                                        $"(files read in {Seconds(read)}, written in {Seconds(clock.Elapsed - read)})");
            await SearchVerbs.RebuildAfterImportAsync(directory, db, files.Snapshot, output, error, ct);
            return CommandLine.Ok;
        });
        return command;
    }

    public static Command Validate(TextWriter output, TextWriter error)
    {
        var command = new Command("validate", "Run every check of import; write nothing") { Data, Literature, Strict };
        command.SetAction(async (parse, _) =>
        {
            var location = CatalogLocation.Resolve(parse.GetValue(Data), parse.GetValue(Literature));
            var files = CatalogReader.Read(location.DataDir, location.LiteratureDir);
            if (!await ReportAsync(files, parse.GetValue(Strict), error)) return CommandLine.InvalidInput;
            await output.WriteLineAsync(Summary("valid:", files.Snapshot));
            return CommandLine.Ok;
        });
        return command;
    }

    public static Command Export(TextWriter output, TextWriter error)
    {
        var command = new Command("export", "Write data/*.csv and literature/*.md from SQLite") { Out };
        command.SetAction(async (parse, ct) =>
        {
            var directory = DataDirectory.Resolve(parse.GetValue(CommandLine.DataDir));
            await using var db = await ExistingCatalog.OpenAsync(directory, error, ct);
            if (db is null) return CommandLine.InvalidInput;
            var outDir = parse.GetValue(Out)!;
            await CatalogExporter.ExportAsync(db, outDir, ct);
            await output.WriteLineAsync($"exported to {Path.GetFullPath(outDir)}");
            return CommandLine.Ok;
        });
        return command;
    }

    /// <summary>Prints warnings and errors in file order; true when the files may be imported.</summary>
    private static async Task<bool> ReportAsync(CatalogReadResult files, bool strict, TextWriter error)
    {
        foreach (var problem in files.Errors.Concat(files.Warnings).OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line))
            await error.WriteLineAsync(problem.ToString());
        var refused = files.Errors.Count + (strict ? files.Warnings.Count : 0);
        if (refused == 0)
        {
            if (files.Warnings.Count > 0)
                await error.WriteLineAsync($"{files.Warnings.Count} warning(s): each says the form its value takes on import; 'kb validate --strict' refuses them.");
            return true;
        }
        await error.WriteLineAsync(strict && files.Errors.Count == 0
            ? $"{files.Warnings.Count} warning(s), refused by --strict."
            : $"{files.Errors.Count} problem(s) found; nothing was written.");
        return false;
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00 s", System.Globalization.CultureInfo.InvariantCulture);

    private static string Summary(string verb, CatalogSnapshot s) =>
        $"{verb} {s.Layers.Count} layers, {s.Components.Count} components, {s.Pipelines.Count} pipelines, " +
        $"{s.Sources.Count} sources, {s.Requirements.Count} requirements, {s.Tools.Count} tools, {s.Stacks.Count} stacks, {s.Glossary.Count} glossary terms";
}
