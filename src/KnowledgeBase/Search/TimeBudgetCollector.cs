using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search;

/// <summary>
/// Stops a search that has run past its time budget by throwing <see cref="TimeBudgetExceededException"/> from
/// inside the collection loop (Lucene's way: a collector is the only code called while a search runs). The clock
/// starts when the collector is made, just before the search, so time spent expanding wildcards counts too; it is
/// read at each segment and every 256 hits, which costs nothing measurable and still stops within microseconds.
/// Lucene's <c>TimeLimitingCollector</c> does the same with a shared timer thread ticking every 20 ms.
/// </summary>
internal sealed class TimeBudgetCollector(ICollector inner, TimeSpan budget) : ICollector
{
    private const int HitsBetweenChecks = 256;
    private readonly long _deadline = Stopwatch.GetTimestamp() + (long)(budget.TotalSeconds * Stopwatch.Frequency);
    private int _hits;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Check();
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (++_hits % HitsBetweenChecks == 0) Check();
        inner.Collect(doc);
    }

    private void Check()
    {
        if (Stopwatch.GetTimestamp() >= _deadline) throw new TimeBudgetExceededException();
    }
}

/// <summary>A search ran past <see cref="SearchLimits.TimeBudget"/>; its hits so far are not an answer.</summary>
internal sealed class TimeBudgetExceededException() : Exception("The search ran past its time budget.");
