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
}
