using System.Diagnostics;
using KnowledgeBase.Interchange;
using KnowledgeBase.Search;
using KnowledgeBase.Storage;
using SearchBench;

// Search benchmark (DESIGN §8): a synthetic catalog imported into SQLite, indexed from there, then hand-picked
// queries run warm through CatalogSearch (facets, snippets and suggestions included), one query at a time; then
// the fixed set of 200 queries on CatalogSearch and on an SQLite FTS5 table holding the same documents.
// '--queries' also prints every query of the set with its hit counts and medians.
const int Warmup = 200;
const int Runs = 2_000;
const int SetWarmup = 5;
const int SetRuns = 50;

var root = Path.Combine(Path.GetTempPath(), "kb-bench-" + Guid.NewGuid().ToString("N"));
var directory = new DataDirectory(root).Create();
try
{
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
    Console.WriteLine($"load average before: {LoadAverage()}");
    var querySet = await ImportAsync(directory);

    var clock = Stopwatch.StartNew();
    CpuTime cpu;
    using var index = SearchIndex.Open(directory.IndexPath);
    // The first rebuild in a process is what 'kb reindex' and a site start see (code still being compiled); the
    // second is what a long-running site sees after an import.
    foreach (var pass in new[] { "cold", "warm" })
    {
        await using var db = CatalogDatabase.Open(directory);
        cpu = CpuTime.Now;
        var report = await new CatalogIndexer(index).RebuildAsync(db);
        Console.WriteLine($"reindex from SQLite ({pass}): {report.Elapsed.TotalSeconds:0.00} s wall, {cpu.Elapsed.TotalSeconds:0.00} s CPU ({report.Total} documents), " +
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576} MB");
    }

    // A site holds the index, not the catalog: the synthetic catalog and the documents are garbage by now, and
    // collecting them here keeps that collection out of the timings.
    Collect();
    var search = new CatalogSearch(index);
    var handPicked = new (string Kind, string Text)[]
    {
        ("common term", "monitoring"),
        ("tool name", "kubeflow"),
        ("phrase", "\"feature store\""),
        ("boolean", "drift AND model -batch"),
        ("prefix", "monit*"),
        ("field filters", "type:tool tag:python"),
        ("typo + suggestion", "mlfow"),
        ("invalid syntax", "\"unbalanced drift"),
    };

    Console.WriteLine();
    Console.WriteLine("| query kind | query | hits | median ms | p99 ms | CPU ms per query |");
    Console.WriteLine("|---|---|---:|---:|---:|---:|");
    foreach (var (kind, text) in handPicked)
    {
        var request = new SearchRequest(text);
        var hits = search.Search(request).AllTypesTotal;
        for (var i = 0; i < Warmup; i++) search.Search(request);
        var times = new double[Runs];
        var cpuBefore = CpuTime.Now;
        for (var i = 0; i < Runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            search.Search(request);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        var cpuPerQuery = cpuBefore.Elapsed.TotalMilliseconds / Runs;
        Array.Sort(times);
        Console.WriteLine($"| {kind} | `{text.Replace("|", "\\|", StringComparison.Ordinal)}` | {hits} | {times[Runs / 2]:0.000} | {times[(int)(Runs * 0.99)]:0.000} | {cpuPerQuery:0.000} |");
    }

    Console.WriteLine();
    Console.WriteLine(Fts5Baseline.Describe(directory.DatabasePath));
    using var fts5 = await BuildFts5Async(directory);
    Collect();

    Console.WriteLine($"query set: {querySet.Count} queries, {SetWarmup} warm-up and {SetRuns} measured runs each per engine; load average before: {LoadAverage()}");
    Console.WriteLine();
    clock.Restart();
    var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
    var measured = EngineComparison.Run(querySet, search, fts5, SetWarmup, SetRuns);
    EngineComparison.PrintByKind(measured, QuerySet.Kinds);
    Console.WriteLine();
    Console.WriteLine($"query set measured in {clock.Elapsed.TotalSeconds:0} s; garbage collections meanwhile: {GC.CollectionCount(0) - gen0} gen0, " +
        $"{GC.CollectionCount(1) - gen1} gen1, {GC.CollectionCount(2) - gen2} gen2, {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms paused in all");
    if (args.Contains("--queries"))
    {
        Console.WriteLine();
        EngineComparison.PrintQueries(measured);
    }
    Console.WriteLine();
    Console.WriteLine($"load average after: {LoadAverage()}");
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(root, recursive: true);
}

// Generates the catalog, imports it into SQLite and draws the query set from it; only the queries outlive the call.
static async Task<IReadOnlyList<BenchQuery>> ImportAsync(DataDirectory directory)
{
    var catalog = SyntheticCatalog.Create();
    Console.WriteLine($"catalog: {catalog.Sources.Count} sources, {catalog.Tools.Count} tools, {catalog.Requirements.Count} requirements");
    var clock = Stopwatch.StartNew();
    var cpu = CpuTime.Now;
    await using (var db = CatalogDatabase.Open(directory))
    {
        await CatalogDatabase.MigrateAsync(db);
        await CatalogImporter.ImportAsync(db, catalog);
    }
    Console.WriteLine($"import into SQLite: {clock.Elapsed.TotalSeconds:0.00} s wall, {cpu.Elapsed.TotalSeconds:0.00} s CPU");
    return QuerySet.Create(catalog);
}

// The FTS5 table from the documents the index was built from, read from SQLite the same way.
static async Task<Fts5Baseline> BuildFts5Async(DataDirectory directory)
{
    IReadOnlyList<SearchDocument> documents;
    await using (var db = CatalogDatabase.Open(directory))
        documents = await CatalogDocuments.LoadAsync(db);
    var clock = Stopwatch.StartNew();
    var fts5 = Fts5Baseline.Build(directory.DatabasePath, documents);
    Console.WriteLine($"FTS5 table built from the same {documents.Count} documents: {clock.Elapsed.TotalSeconds:0.00} s");
    return fts5;
}

static void Collect()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
}

// Other work on the machine shows up in the tail latencies; the load average says how much there was.
static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

// Processor time of the whole process: unlike wall-clock time it does not grow when other work shares the cores.
internal readonly record struct CpuTime(TimeSpan At)
{
    public static CpuTime Now => new(Process.GetCurrentProcess().TotalProcessorTime);

    public TimeSpan Elapsed => Now.At - At;
}
