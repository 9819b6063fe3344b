using System.Diagnostics;
using KnowledgeBase.Search;

namespace SearchBench;

/// <summary>
/// Runs the query set on both engines, query by query (each engine warmed on the query, then timed; which engine
/// goes first alternates so a change of load on the machine falls on both), and prints one table row per kind.
/// </summary>
internal static class EngineComparison
{
    public sealed record Measured(BenchQuery Query, double[] Lucene, double[] Fts5, int LuceneHits, int Fts5Hits);

    public static List<Measured> Run(IReadOnlyList<BenchQuery> queries, CatalogSearch search, Fts5Baseline fts5, int warmup, int runs)
    {
        // One pass over everything first, so no query pays for code the other engine already had compiled.
        foreach (var query in queries)
        {
            search.Search(new SearchRequest(query.Lucene));
            fts5.Search(query);
        }
        var results = new List<Measured>(queries.Count);
        for (var q = 0; q < queries.Count; q++)
        {
            var query = queries[q];
            var request = new SearchRequest(query.Lucene);
            var luceneHits = search.Search(request).AllTypesTotal;
            var fts5Hits = fts5.Search(query);
            double[] lucene = [], fts = [];
            if (q % 2 == 0)
            {
                lucene = Time(() => search.Search(request), warmup, runs);
                fts = Time(() => fts5.Search(query), warmup, runs);
            }
            else
            {
                fts = Time(() => fts5.Search(query), warmup, runs);
                lucene = Time(() => search.Search(request), warmup, runs);
            }
            results.Add(new Measured(query, lucene, fts, luceneHits, fts5Hits));
        }
        return results;
    }

    public static void PrintByKind(IReadOnlyList<Measured> results, IReadOnlyList<string> kinds)
    {
        Console.WriteLine("| query kind | queries | Lucene median / p99 ms | FTS5 median / p99 ms | ratio FTS5 / Lucene (median) | Lucene faster on | median hits Lucene / FTS5 | queries with hits Lucene / FTS5 | same hit count |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var kind in kinds.Append("all"))
        {
            var rows = results.Where(r => kind == "all" || r.Query.Kind == kind).ToList();
            var lucene = Sorted(rows.SelectMany(r => r.Lucene));
            var fts = Sorted(rows.SelectMany(r => r.Fts5));
            var faster = rows.Count(r => Median(Sorted(r.Lucene)) < Median(Sorted(r.Fts5)));
            Console.WriteLine($"| {kind} | {rows.Count} | {Median(lucene):0.000} / {P99(lucene):0.000} | {Median(fts):0.000} / {P99(fts):0.000} | " +
                $"{Median(fts) / Median(lucene):0.0} | {faster} of {rows.Count} | " +
                $"{Median(Sorted(rows.Select(r => (double)r.LuceneHits))):0} / {Median(Sorted(rows.Select(r => (double)r.Fts5Hits))):0} | " +
                $"{rows.Count(r => r.LuceneHits > 0)} / {rows.Count(r => r.Fts5Hits > 0)} | {rows.Count(r => r.LuceneHits == r.Fts5Hits)} |");
        }
    }

    /// <summary>Every query with its hit counts and medians: to see where the engines disagree.</summary>
    public static void PrintQueries(IReadOnlyList<Measured> results)
    {
        Console.WriteLine("| kind | Lucene query | FTS5 MATCH | FTS5 type | hits Lucene / FTS5 | median ms Lucene / FTS5 |");
        Console.WriteLine("|---|---|---|---|---:|---:|");
        foreach (var r in results)
            Console.WriteLine($"| {r.Query.Kind} | `{r.Query.Lucene}` | `{r.Query.Fts5Match}` | {r.Query.Fts5Type} | {r.LuceneHits} / {r.Fts5Hits} | " +
                $"{Median(Sorted(r.Lucene)):0.000} / {Median(Sorted(r.Fts5)):0.000} |");
    }

    private static double[] Time(Action search, int warmup, int runs)
    {
        for (var i = 0; i < warmup; i++) search();
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            search();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        return times;
    }

    private static double[] Sorted(IEnumerable<double> values)
    {
        var array = values.ToArray();
        Array.Sort(array);
        return array;
    }

    private static double Median(double[] sorted) => sorted[sorted.Length / 2];

    private static double P99(double[] sorted) => sorted[(int)(sorted.Length * 0.99)];
}
