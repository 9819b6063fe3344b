using System.Diagnostics;
using System.Globalization;
using KnowledgeBase.Bench;
using KnowledgeBase.Interchange;
using KnowledgeBase.Stacks;
using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;

// Times the gap report and the checklist export on a synthetic catalog (500 requirements, 1,000 tools), in memory
// and end to end from SQLite as the site and 'kb checklist' do it. Budget for the checklist export: < 50 ms.
const int Runs = 200;
var snapshot = SyntheticCatalog.Build();
Console.WriteLine($"synthetic catalog: {snapshot.Requirements.Count} requirements, {snapshot.Tools.Count} tools, {snapshot.Coverage.Count} coverage rows, " +
                  $"{snapshot.Components.Count} components, {snapshot.StackTools.Count(t => t.StackSlug == SyntheticCatalog.Stack)} placements and {snapshot.Checklist.Count(c => c.StackSlug == SyntheticCatalog.Stack)} checklist items in the measured stack");

var catalog = new GapCatalog(
    snapshot.Layers.Select(l => new GapLayer(l.Slug, l.Name, l.Order)).ToList(),
    snapshot.Components.Select(c => new GapComponent(c.Slug, c.Name, c.LayerSlug)).ToList(),
    snapshot.Coverage.Select(c => new GapCoverage(c.ToolSlug, c.ComponentSlug, c.Level)).ToList(),
    snapshot.Tools.ToDictionary(t => t.Slug, t => t.Name),
    snapshot.Pipelines.Select(p => new GapPipeline(p.Slug, p.Name, snapshot.Stages.Where(s => s.PipelineSlug == p.Slug)
        .Select(s => new GapStage(s.Order, s.Name, snapshot.StageComponents.Where(x => x.PipelineSlug == p.Slug && x.StageOrder == s.Order).Select(x => x.ComponentSlug).ToList())).ToList())).ToList(),
    snapshot.Requirements.Select(r => new GapRequirement(r.Code, r.Title, r.LayerSlug, r.Priority,
        snapshot.RequirementComponents.Where(x => x.RequirementCode == r.Code).Select(x => x.ComponentSlug).ToList()) { Statement = r.Statement, Tags = r.Tags }).ToList());
var picks = snapshot.StackTools.Where(t => t.StackSlug == SyntheticCatalog.Stack).Select(t => new ToolPick(t.ToolSlug, t.ComponentSlug)).ToList();

var gap = Measure(() => GapReport.For(catalog, picks));
var report = GapReport.For(catalog, picks);
var checklist = snapshot.Checklist.Where(c => c.StackSlug == SyntheticCatalog.Stack).ToList();
var csv = Measure(() => ChecklistSheet.Csv(Checklist.Lines(catalog, report, checklist)));
var markdown = Measure(() => ChecklistSheet.Markdown("Benchmark stack", Checklist.Lines(catalog, report, checklist)));

var folder = Path.Combine(Path.GetTempPath(), "kb-bench-" + Guid.NewGuid().ToString("N"));
var directory = new DataDirectory(folder).Create();
try
{
    await using (var setup = CatalogDatabase.Open(directory))
    {
        await CatalogDatabase.MigrateAsync(setup);
        await CatalogImporter.ImportAsync(setup, snapshot);
    }
    // What GET /stacks/{slug}/checklist.csv and 'kb checklist' do: load the catalog slice, the stack and its items.
    var endToEnd = await MeasureAsync(async () =>
    {
        await using var db = CatalogDatabase.Open(directory);
        var loaded = await GapCatalogQueries.LoadAsync(db);
        var stackReport = GapReport.For(loaded, await GapCatalogQueries.PicksAsync(db, SyntheticCatalog.Stack));
        var items = await db.ChecklistItems.AsNoTracking().Where(c => c.StackSlug == SyntheticCatalog.Stack).ToListAsync();
        return ChecklistSheet.Csv(Checklist.Lines(loaded, stackReport, items));
    });

    Console.WriteLine();
    Console.WriteLine($"{"what",-58} {"median",9} {"p95",9}");
    Report("gap report, in memory", gap);
    Report("checklist CSV export (500 items), in memory", csv);
    Report("checklist Markdown export (500 items), in memory", markdown);
    Report("checklist CSV export from SQLite (load + gap report + CSV)", endToEnd);
    var verdict = endToEnd.Median < 50 ? "within" : "OVER";
    Console.WriteLine($"\nbudget: checklist export of 500 requirements < 50 ms: {verdict} budget");
    return endToEnd.Median < 50 ? 0 : 1;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

static (double Median, double P95) Measure<T>(Func<T> work)
{
    for (var i = 0; i < 20; i++) work(); // warm up the JIT and caches
    var times = new double[Runs];
    for (var i = 0; i < Runs; i++)
    {
        var clock = Stopwatch.StartNew();
        GC.KeepAlive(work());
        times[i] = clock.Elapsed.TotalMilliseconds;
    }
    return Summarise(times);
}

static async Task<(double Median, double P95)> MeasureAsync<T>(Func<Task<T>> work)
{
    for (var i = 0; i < 10; i++) await work();
    var times = new double[Runs / 4];
    for (var i = 0; i < times.Length; i++)
    {
        var clock = Stopwatch.StartNew();
        GC.KeepAlive(await work());
        times[i] = clock.Elapsed.TotalMilliseconds;
    }
    return Summarise(times);
}

static (double Median, double P95) Summarise(double[] times)
{
    Array.Sort(times);
    return (times[times.Length / 2], times[(int)Math.Ceiling(times.Length * 0.95) - 1]);
}

static void Report(string what, (double Median, double P95) t) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-58} {t.Median,6:0.00} ms {t.P95,6:0.00} ms"));
