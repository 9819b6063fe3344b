using KnowledgeBase.Interchange;
using Spectre.Console;

namespace KnowledgeBase.Web.Cli;

/// <summary>
/// A progress bar when the output is a terminal; otherwise (pipes, CI logs) a plain line per 10% so logs stay readable.
/// </summary>
internal static class ProgressDisplay
{
    public static T Run<T>(TextWriter output, string title, Func<IProgress<ReadProgress>, T> work)
    {
        if (output == Console.Out && !Console.IsOutputRedirected)
        {
            var result = default(T)!;
            AnsiConsole.Progress().AutoClear(true).Start(context =>
            {
                var task = context.AddTask(title);
                result = work(new Progress<ReadProgress>(p => { task.MaxValue = p.Total; task.Value = p.Done; }));
            });
            return result;
        }
        var lastTenth = -1;
        var gate = new Lock();
        return work(new SynchronousProgress(p =>
        {
            var tenth = p.Total == 0 ? 10 : p.Done * 10 / p.Total;
            if (p.Total < 1000) return; // small catalogs finish before a line would help
            lock (gate)
            {
                // Notes are read on several threads, so reports can arrive slightly out of order.
                if (tenth <= lastTenth) return;
                lastTenth = tenth;
                output.WriteLine($"{title}: {tenth * 10}%");
            }
        }));
    }

    /// <summary>Reports on the calling thread (not through the synchronisation context), so lines are written at once.</summary>
    private sealed class SynchronousProgress(Action<ReadProgress> report) : IProgress<ReadProgress>
    {
        public void Report(ReadProgress value) => report(value);
    }
}
