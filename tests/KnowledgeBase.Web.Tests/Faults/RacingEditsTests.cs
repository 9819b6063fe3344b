using System.Net;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Tests.Stacks;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Web.Tests.Faults;

/// <summary>
/// Eight clients post the same form at the same moment, against the real server: create one slug, edit one stack,
/// create its checklist, rename it, delete it. Each race has one outcome a single client would also get (one
/// winner; the others 409 for a taken slug or 404 for a stack that moved away), the database holds one client's
/// whole edit, never a mixture, and the server answers no 500.
/// </summary>
[NonParallelizable]
public class RacingEditsTests
{
    private const int Clients = 8;
    private LiveSite _site = null!;
    private List<HttpClient> _clients = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _site = new LiveSite();
        await _site.StartAsync();
        _clients = Enumerable.Range(0, Clients)
            .Select(_ => new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _site.BaseAddress, Timeout = TimeSpan.FromMinutes(2) })
            .ToList();
        var editor = await _site.AddAccountAsync(KnowledgeBase.Accounts.AccountRoles.Editor);
        foreach (var client in _clients)
            await TestAccounts.SignInAsync(client, editor);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _clients.ForEach(c => c.Dispose());
        await _site.DisposeAsync();
    }

    /// <summary>Every client fetches the form first (its own token), then all post at once.</summary>
    private async Task<HttpStatusCode[]> RaceAsync(string formUrl, string postUrl, Func<int, (string, string)[]> fields)
    {
        var tokens = await Task.WhenAll(_clients.Select(c => StackForms.TokenAsync(c, formUrl, postUrl)));
        var responses = await Task.WhenAll(_clients.Select((c, i) => StackForms.PostAsync(c, postUrl, tokens[i], fields(i))));
        var statuses = responses.Select(r => r.StatusCode).ToArray();
        foreach (var response in responses) response.Dispose();
        TestContext.Out.WriteLine($"{postUrl}: {string.Join(" ", statuses.Select(s => (int)s))}");
        return statuses;
    }

    private static (string, string)[] Stack(string name, string slug, params string[] picks) =>
        [("Name", name), ("Slug", slug), ("Command", "save"), .. picks.Select(p => ("Pick", p))];

    private static readonly string[][] PicksByClient =
        Enumerable.Range(0, Clients).Select(i => i % 2 == 0 ? new[] { "mlflow:model-registry" } : new[] { "kubernetes:container-orchestration", "docker:containerization" }).ToArray();

    private List<string?[]> Query(string sql)
    {
        using var connection = new SqliteConnection(CatalogDatabase.ConnectionString(new DataDirectory(_site.DataDir)) + ";Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i).ToString()).ToArray());
        return rows;
    }

    [Test]
    public async Task Racing_forms_on_one_stack_have_one_winner_or_last_writer_and_never_a_500_or_a_mixture()
    {
        var slug = "race-" + Guid.NewGuid().ToString("N")[..6];

        var created = await RaceAsync("/stacks/new", "/stacks/new", i => Stack($"Racer {i}", slug, PicksByClient[i]));
        Assert.That(created.Count(s => s == HttpStatusCode.Found), Is.EqualTo(1), "one client creates the slug");
        Assert.That(created.Where(s => s != HttpStatusCode.Found), Has.All.EqualTo(HttpStatusCode.Conflict), "the others are told it is taken");
        var winner = Array.IndexOf(created, HttpStatusCode.Found);
        Assert.That(Query($"SELECT Name FROM Stacks WHERE Slug = '{slug}'").Single()[0], Is.EqualTo($"Racer {winner}"));

        var edited = await RaceAsync($"/stacks/{slug}/edit", $"/stacks/{slug}/edit", i => Stack($"Editor {i}", slug, PicksByClient[i]));
        Assert.That(edited, Has.All.EqualTo(HttpStatusCode.Found), "edits of one stack queue; the last one wins");
        var name = Query($"SELECT Name FROM Stacks WHERE Slug = '{slug}'").Single()[0]!;
        var last = int.Parse(name["Editor ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(Query($"SELECT ToolSlug || ':' || ComponentSlug FROM StackTools WHERE StackSlug = '{slug}'").Select(r => r[0]),
            Is.EquivalentTo(PicksByClient[last]), "the tools belong to the same edit as the name");

        var checklists = await RaceAsync($"/stacks/{slug}/checklist", $"/stacks/{slug}/checklist/create", _ => []);
        Assert.That(checklists, Has.All.EqualTo(HttpStatusCode.Found));
        var requirements = Query("SELECT COUNT(*) FROM Requirements").Single()[0];
        Assert.That(Query($"SELECT COUNT(*) FROM ChecklistItems WHERE StackSlug = '{slug}'").Single()[0], Is.EqualTo(requirements), "every requirement once");

        var renamed = await RaceAsync($"/stacks/{slug}/edit", $"/stacks/{slug}/edit", i => Stack($"Renamer {i}", $"{slug}-{i}", PicksByClient[i]));
        Assert.That(renamed.Count(s => s == HttpStatusCode.Found), Is.EqualTo(1), "one rename wins");
        Assert.That(renamed.Where(s => s != HttpStatusCode.Found), Has.All.EqualTo(HttpStatusCode.NotFound), "the stack has moved away from the others");
        var moved = $"{slug}-{Array.IndexOf(renamed, HttpStatusCode.Found)}";
        Assert.That(Query($"SELECT Slug FROM Stacks WHERE Slug LIKE '{slug}%'").Select(r => r[0]), Is.EqualTo(new[] { moved }));
        Assert.That(Query($"SELECT COUNT(*) FROM ChecklistItems WHERE StackSlug = '{moved}'").Single()[0], Is.EqualTo(requirements), "the checklist moved along");

        var deleted = await RaceAsync($"/stacks/{moved}/delete", $"/stacks/{moved}/delete", _ => []);
        Assert.That(deleted.Count(s => s == HttpStatusCode.Found), Is.EqualTo(1));
        Assert.That(deleted.Where(s => s != HttpStatusCode.Found), Has.All.EqualTo(HttpStatusCode.NotFound));
        Assert.That(Query($"SELECT COUNT(*) FROM ChecklistItems WHERE StackSlug = '{moved}'").Single()[0], Is.EqualTo("0"));

        Assert.That(_site.Errors.Entries, Is.Empty, "the server logged errors");
    }
}
