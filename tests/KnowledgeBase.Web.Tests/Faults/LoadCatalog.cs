using KnowledgeBase.Storage;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Web.Tests.Faults;

/// <summary>What the load clients pick from, read from the site's SQLite file before the load starts.</summary>
internal sealed record LoadCatalog(
    IReadOnlyList<IReadOnlyList<string>> PageKinds,
    IReadOnlyList<string> Picks,
    IReadOnlyList<string> RequirementCodes,
    string SharedStack,
    IReadOnlyList<string> SharedChecklist)
{
    /// <summary>A shipped stack with a checklist: every client edits its own share of the items, all on the same stack.</summary>
    public const string SharedStackSlug = "kubeflow-on-kubernetes";

    public static readonly string[] Queries =
        ["kubeflow", "model registry", "drift", "\"feature store\"", "monit*", "type:tool tag:python", "mlfow", "data AND validation -spark"];

    public static LoadCatalog Read(string dataDir)
    {
        using var connection = new SqliteConnection(CatalogDatabase.ConnectionString(new DataDirectory(dataDir)));
        connection.Open();
        List<string> Column(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var values = new List<string>();
            while (reader.Read()) values.Add(reader.GetString(0));
            return values;
        }

        // One kind of page is drawn first, then one page of that kind, so /matrix is read as often as /tools/{slug}.
        var kinds = new List<IReadOnlyList<string>>
        {
            new[] { "/" }, new[] { "/tools" }, new[] { "/matrix" },
            Column("SELECT '/layers/' || Slug FROM Layers"),
            Column("SELECT '/components/' || Slug FROM Components"),
            Column("SELECT '/tools/' || Slug FROM Tools"),
            Column("SELECT '/requirements/' || Code FROM Requirements"),
            Column("SELECT '/sources/' || Slug FROM Sources"),
            Column("SELECT '/stacks/' || Slug FROM Stacks"),
        };
        return new LoadCatalog(
            kinds,
            Column("SELECT ToolSlug || ':' || ComponentSlug FROM ToolCoverage"),
            Column("SELECT Code FROM Requirements"),
            SharedStackSlug,
            Column($"SELECT RequirementCode FROM ChecklistItems WHERE StackSlug = '{SharedStackSlug}' ORDER BY RequirementCode"));
    }
}
