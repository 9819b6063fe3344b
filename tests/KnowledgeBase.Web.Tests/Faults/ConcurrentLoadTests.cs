using KnowledgeBase.Stacks;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Web.Tests.Faults;

/// <summary>
/// Eight clients for twenty seconds against the real server (Kestrel on loopback, real HTTP clients, a cookie jar
/// each): entity pages, searches and stack edits mixed. No answer may be an error and the server may log none;
/// every edit the server acknowledged must be in SQLite afterwards. Stacks and checklists are not in the search
/// index (it holds tools, components, layers, requirements and sources; see CatalogDocuments), so the edits are
/// checked in the database only. Nothing here measures speed: the machine may be small and busy.
/// </summary>
[NonParallelizable]
public class ConcurrentLoadTests
{
    private const int Clients = 8;
    private static readonly TimeSpan Load = TimeSpan.FromSeconds(20);

    [Test]
    public async Task Eight_clients_reading_searching_and_editing_get_no_errors_and_every_acknowledged_edit_is_stored()
    {
        await using var site = new LiveSite();
        await site.StartAsync();
        var catalog = LoadCatalog.Read(site.DataDir);
        Assume.That(catalog.SharedChecklist, Has.Count.GreaterThanOrEqualTo(Clients), "the shared stack has a checklist to share out");

        var clients = Enumerable.Range(0, Clients).Select(n => new LoadClient(n, Clients, site.BaseAddress, catalog)).ToList();
        try
        {
            var editor = await site.AddAccountAsync(KnowledgeBase.Accounts.AccountRoles.Editor);
            foreach (var client in clients)
                await client.SignInAsync(editor);
            var until = DateTime.UtcNow + Load;
            await Task.WhenAll(clients.Select(c => Task.Run(() => c.RunAsync(until))));
            TestContext.Out.WriteLine($"{clients.Sum(c => c.Requests)} requests, {clients.Sum(c => c.AcknowledgedEdits)} acknowledged edits, " +
                $"{clients.Sum(c => c.Stacks.Count)} stacks left, {clients.Sum(c => c.Gone.Count)} deleted or renamed");

            Assert.That(clients.SelectMany(c => c.Failures), Is.Empty);
            Assert.That(site.Errors.Entries, Is.Empty, "the server logged errors");
            Assert.That(clients.Select(c => c.AcknowledgedEdits), Has.All.Positive, "every client got edits through");
            StoredEdits.AssertHold(site.DataDir, clients);
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    /// <summary>The database read directly, beside the running site: what every client's acknowledged edits say must be there.</summary>
    private static class StoredEdits
    {
        public static void AssertHold(string dataDir, IReadOnlyList<LoadClient> clients)
        {
            using var connection = new SqliteConnection(CatalogDatabase.ConnectionString(new DataDirectory(dataDir)) + ";Mode=ReadOnly");
            connection.Open();
            var names = Rows(connection, "SELECT Slug, Name FROM Stacks").ToDictionary(r => r[0]!, r => r[1]!, StringComparer.Ordinal);
            var picks = Rows(connection, "SELECT StackSlug, ToolSlug || ':' || ComponentSlug FROM StackTools").ToLookup(r => r[0]!, r => r[1]!, StringComparer.Ordinal);
            var items = Rows(connection, "SELECT StackSlug, RequirementCode, Status, Owner, Note FROM ChecklistItems")
                .ToLookup(r => r[0]!, r => (Code: r[1]!, Item: new ExpectedItem(Enum.Parse<ChecklistStatus>(r[2]!), r[3], r[4])), StringComparer.Ordinal);

            foreach (var client in clients)
            {
                foreach (var (slug, stack) in client.Stacks)
                {
                    Assert.That(names.GetValueOrDefault(slug), Is.EqualTo(stack.Name), $"stack {slug}");
                    Assert.That(picks[slug], Is.EquivalentTo(stack.Picks), $"tools of {slug}");
                    Assert.That(items[slug].ToDictionary(i => i.Code, i => i.Item), Is.EquivalentTo(stack.Checklist), $"checklist of {slug}");
                }
                Assert.That(client.Gone.Where(names.ContainsKey), Is.Empty, "deleted or renamed stacks are gone");
                var shared = items[LoadCatalog.SharedStackSlug].ToDictionary(i => i.Code, i => i.Item);
                foreach (var (code, item) in client.SharedItems)
                    Assert.That(shared.GetValueOrDefault(code), Is.EqualTo(item), $"{LoadCatalog.SharedStackSlug} {code}");
            }
        }

        private static List<string?[]> Rows(SqliteConnection connection, string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var rows = new List<string?[]>();
            while (reader.Read())
                rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetString(i)).ToArray());
            return rows;
        }
    }
}
