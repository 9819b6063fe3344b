using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KnowledgeBase.Web.Tests.Support;

/// <summary>
/// Counts the SQL commands the site sends, to catch pages that query once per row (N+1), and notes the tables they
/// read, to check what a page says it reads against what it does.
/// </summary>
public sealed partial class SqlCounter : DbCommandInterceptor
{
    private int _count;
    private readonly ConcurrentDictionary<string, byte> _tables = new(StringComparer.Ordinal);

    public int Count => Volatile.Read(ref _count);

    /// <summary>The tables named after FROM or JOIN since the last <see cref="Reset"/>.</summary>
    public IReadOnlyCollection<string> TablesRead => _tables.Keys.ToList();

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        _tables.Clear();
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Note(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Note(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Note(DbCommand command)
    {
        Interlocked.Increment(ref _count);
        foreach (Match m in TableName().Matches(command.CommandText)) _tables.TryAdd(m.Groups[1].Value, 0);
    }

    [GeneratedRegex(@"\b(?:FROM|JOIN)\s+""(\w+)""", RegexOptions.IgnoreCase)]
    private static partial Regex TableName();
}
