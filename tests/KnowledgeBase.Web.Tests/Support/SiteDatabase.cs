using System.Globalization;
using KnowledgeBase.Storage;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Web.Tests.Support;

/// <summary>Reads the site's SQLite file beside the running site, read-only: what a test checks was stored (or not).</summary>
public static class SiteDatabase
{
    /// <summary>The first cell of <paramref name="sql"/> as text ("" for NULL); <c>$v</c> in the query is <paramref name="value"/>.</summary>
    public static string Scalar(SiteFactory site, string sql, string value = "")
    {
        using var connection = new SqliteConnection(CatalogDatabase.ConnectionString(new DataDirectory(site.DataDir)) + ";Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$v", value);
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>
    /// A hash of every row of every table: equal before and after a request means the request wrote nothing at all,
    /// whichever table it might have touched. Rows are sorted, so the order SQLite returns them in does not matter.
    /// </summary>
    public static string Fingerprint(SiteFactory site)
    {
        using var connection = new SqliteConnection(CatalogDatabase.ConnectionString(new DataDirectory(site.DataDir)) + ";Mode=ReadOnly");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        var text = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            var rows = new List<string>();
            using (var reader = select.ExecuteReader())
                while (reader.Read())
                    rows.Add(string.Join('\u001f', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
            rows.Sort(StringComparer.Ordinal);
            text.Append(table).Append('\u001e').AppendJoin('\u001e', rows).Append('\u001d');
        }
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
    }
}
