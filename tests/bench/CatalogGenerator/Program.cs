using System.CommandLine;
using System.Diagnostics;
using KnowledgeBase.Interchange;
using KnowledgeBase.Synthetic;

// Writes a synthetic catalog in the shipped formats (data/*.csv, literature/*.md), the same for the same seed:
//   dotnet run --project tests/bench/CatalogGenerator -- --out /tmp/catalog-10k --notes 10000 --tools 1000
var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write data/ and literature/ into (must be empty or missing)", Required = true };
var notes = new Option<int>("--notes") { Description = "Literature notes in total", DefaultValueFactory = _ => 10_000 };
var tools = new Option<int>("--tools") { Description = "Tools in total", DefaultValueFactory = _ => 1_000 };
var requirements = new Option<int>("--requirements") { Description = "Requirements in total", DefaultValueFactory = _ => 500 };
var stacks = new Option<int>("--stacks") { Description = "Stacks in total", DefaultValueFactory = _ => 20 };
var seed = new Option<int>("--seed") { Description = "Seed: the same seed and sizes give the same files", DefaultValueFactory = _ => 42 };
var baseFolder = new Option<DirectoryInfo?>("--base") { Description = "Repository whose data/ and literature/ the catalog grows from (default: this repository)" };

var root = new RootCommand("Writes a synthetic KnowledgeBase catalog of a chosen size.") { output, notes, tools, requirements, stacks, seed, baseFolder };
root.SetAction(parse =>
{
    var target = parse.GetValue(output)!;
    if (target.Exists && target.EnumerateFileSystemInfos().Any())
    {
        Console.Error.WriteLine($"{target.FullName}: the folder is not empty; choose a new one");
        return 1;
    }
    var from = parse.GetValue(baseFolder) is { } folder
        ? new CatalogLocation(Path.Combine(folder.FullName, "data"), Path.Combine(folder.FullName, "literature"))
        : SyntheticCatalog.RepositoryCatalog();
    var size = new CatalogSize(parse.GetValue(notes), parse.GetValue(tools), parse.GetValue(requirements), parse.GetValue(stacks));
    var clock = Stopwatch.StartNew();
    var catalog = SyntheticCatalog.Generate(from, size, parse.GetValue(seed));
    var written = SyntheticCatalog.Write(catalog, target.FullName);
    Console.WriteLine($"{written.DataDir}, {written.LiteratureDir}: {catalog.Sources.Count} notes, {catalog.Tools.Count} tools " +
                      $"({catalog.Coverage.Count} coverage rows), {catalog.Requirements.Count} requirements ({catalog.RequirementSources.Count} traces), " +
                      $"{catalog.Stacks.Count} stacks ({catalog.Checklist.Count} checklist items) in {clock.Elapsed.TotalSeconds:0.0} s");
    return 0;
});
return await root.Parse(args).InvokeAsync();

