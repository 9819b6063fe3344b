using KnowledgeBase.Search;
using Microsoft.Data.Sqlite;

namespace SearchBench;

/// <summary>
/// The SQLite FTS5 side of the comparison: a table in the catalog's own SQLite file holding the same documents the
/// Lucene index is built from, and the work CatalogSearch.Search does for a page of results, done the FTS5 way:
/// hits counted per type, then the ten best (bm25, with the fields weighted as in our index) with the title
/// highlighted and a snippet of the body. Both statements are prepared once and reused on one open connection.
/// </summary>
/// <remarks>
/// The rowid says the type (a block of rowids per type), so counting hits per type and the <c>type:</c> filter
/// need only the index: reading a column, even an unindexed one, fetches the row from the content table, and
/// <c>GROUP BY type</c> made the count as slow as the rest of the search together.
/// </remarks>
internal sealed class Fts5Baseline : IDisposable
{
    private const string Table = "search_fts";

    // Column order matters: the weights of bm25 and the column numbers of highlight() and snippet() follow it.
    // The weights are the boosts of IndexSchema.TextFieldBoosts; the unindexed columns get 0.
    private const string Columns = "type UNINDEXED, key UNINDEXED, detail UNINDEXED, title, alttitle, tags, people, related, body";
    private const string Ranking = "bm25(0, 0, 0, 5, 3, 2, 1.5, 1, 1)";
    private const int TitleColumn = 3;
    private const int BodyColumn = 8;
    private const long TypeBlock = 1_000_000;

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _count;
    private readonly SqliteCommand _page;

    private Fts5Baseline(SqliteConnection connection)
    {
        _connection = connection;
        const string where = $"{Table} MATCH $match AND rowid BETWEEN $first AND $last";
        _count = Prepare($"SELECT rowid / {TypeBlock}, count(*) FROM {Table} WHERE {where} GROUP BY 1");
        _page = Prepare($"SELECT type, key, detail, highlight({Table}, {TitleColumn}, '[', ']'), " +
            $"snippet({Table}, {BodyColumn}, '[', ']', '…', 32) FROM {Table} WHERE {where} ORDER BY rank LIMIT 10");
    }

    /// <summary>The SQLite library's version and whether it was compiled with FTS5.</summary>
    public static string Describe(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_version(), sqlite_compileoption_used('ENABLE_FTS5')";
        using var reader = command.ExecuteReader();
        reader.Read();
        return $"SQLite {reader.GetString(0)}, FTS5 {(reader.GetInt64(1) == 1 ? "compiled in" : "not compiled in")}";
    }

    /// <summary>Creates (or replaces) the FTS5 table from the documents, merges it into one segment, and prepares the queries.</summary>
    public static Fts5Baseline Build(string databasePath, IReadOnlyList<SearchDocument> documents)
    {
        var connection = Open(databasePath);
        try
        {
            Execute(connection, $"DROP TABLE IF EXISTS {Table}");
            // Porter stemming over unicode61 words: what our English analysis does, minus its stop words.
            Execute(connection, $"CREATE VIRTUAL TABLE {Table} USING fts5({Columns}, tokenize = 'porter unicode61')");
            using (var transaction = connection.BeginTransaction())
            {
                using var insert = connection.CreateCommand();
                insert.CommandText = $"INSERT INTO {Table}(rowid, type, key, detail, title, alttitle, tags, people, related, body) " +
                    "VALUES ($rowid, $type, $key, $detail, $title, $alttitle, $tags, $people, $related, $body)";
                var rowid = insert.Parameters.Add("$rowid", SqliteType.Integer);
                var parameters = new[] { "$type", "$key", "$detail", "$title", "$alttitle", "$tags", "$people", "$related", "$body" }
                    .Select(name => insert.Parameters.Add(name, SqliteType.Text)).ToArray();
                insert.Prepare();
                var next = SearchTypes.All.ToDictionary(t => t, FirstRowid, StringComparer.Ordinal);
                foreach (var d in documents)
                {
                    rowid.Value = next[d.Type]++;
                    string[] values =
                    [
                        d.Type, d.Key, d.Detail ?? "", d.Title, d.AltTitle ?? "",
                        string.Join(' ', d.Tags.Select(t => t.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal)),
                        string.Join(", ", d.People), string.Join(", ", d.Related), d.Body,
                    ];
                    for (var i = 0; i < values.Length; i++) parameters[i].Value = values[i];
                    insert.ExecuteNonQuery();
                }
                transaction.Commit();
            }
            // One segment is FTS5 at its fastest; 'rank' set once makes ORDER BY rank the weighted bm25.
            Execute(connection, $"INSERT INTO {Table}({Table}) VALUES ('optimize')");
            Execute(connection, $"INSERT INTO {Table}({Table}, rank) VALUES ('rank', '{Ranking}')");
            return new Fts5Baseline(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>One search: the hit count of every type and one page of ten hits. Returns the hits of all types.</summary>
    public int Search(BenchQuery query)
    {
        var (first, last) = query.Fts5Type is null ? (0, long.MaxValue) : (FirstRowid(query.Fts5Type), FirstRowid(query.Fts5Type) + TypeBlock - 1);
        foreach (var command in new[] { _count, _page })
        {
            command.Parameters["$match"].Value = query.Fts5Match;
            command.Parameters["$first"].Value = first;
            command.Parameters["$last"].Value = last;
        }

        var total = 0;
        using (var counts = _count.ExecuteReader())
            while (counts.Read()) total += counts.GetInt32(1);
        // The page is read into .NET strings, as CatalogSearch builds its hits out of them.
        var hits = new List<(string Type, string Key, string Detail, string Title, string Snippet)>(10);
        using (var page = _page.ExecuteReader())
            while (page.Read()) hits.Add((page.GetString(0), page.GetString(1), page.GetString(2), page.GetString(3), page.GetString(4)));
        return total;
    }

    public void Dispose()
    {
        _count.Dispose();
        _page.Dispose();
        _connection.Dispose();
    }

    private SqliteCommand Prepare(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$match", SqliteType.Text);
        command.Parameters.Add("$first", SqliteType.Integer);
        command.Parameters.Add("$last", SqliteType.Integer);
        command.Prepare();
        return command;
    }

    private static long FirstRowid(string type) => (SearchTypes.All.ToList().IndexOf(type) + 1) * TypeBlock;

    private static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        // Lucene reads its files memory-mapped; give SQLite the same, and a page cache that holds the whole table.
        Execute(connection, "PRAGMA mmap_size = 1073741824");
        Execute(connection, "PRAGMA cache_size = -262144");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
