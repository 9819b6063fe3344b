using System.Net;
using KnowledgeBase.Accounts;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Tests.Stacks;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Web.Tests.Submissions;

/// <summary>
/// The architecture playground's review queue over HTTP: a contributor proposes a stack, which stays out of the
/// catalog and out of other people's sight until an editor approves it (then it is published and in the history),
/// rejects it with a reason, or removes it as abuse.
/// </summary>
public class SubmissionTests
{
    private SiteFactory _site = null!;
    private HttpClient _contributor = null!;
    private HttpClient _other = null!;
    private HttpClient _editor = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _site = new SiteFactory();
        _contributor = await TestAccounts.SignedInAsAsync(_site, AccountRoles.Contributor);
        _other = await TestAccounts.SignedInAsAsync(_site, AccountRoles.Contributor);
        _editor = await TestAccounts.SignedInAsAsync(_site, AccountRoles.Editor);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _contributor.Dispose();
        _other.Dispose();
        _editor.Dispose();
        _site.Dispose();
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, params (string, string)[] fields)
    {
        var token = await StackForms.TokenAsync(client, "/stacks/new");
        return await StackForms.PostAsync(client, url, token, fields);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url) => await client.GetAsync(new Uri(url, UriKind.Relative));

    private async Task<(string Slug, string Url)> SubmitAsync(string name)
    {
        var slug = "proposed-" + Guid.NewGuid().ToString("N")[..8];
        using var response = await PostAsync(_contributor, "/stacks/new", ("Name", name), ("Slug", slug), ("Author", "A contributor"),
            ("Summary", "DVC with Airflow"), ("Pick", "mlflow:model-registry"), ("Command", "save"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found), await response.Content.ReadAsStringAsync());
        var url = response.Headers.Location!.ToString();
        Assert.That(url, Does.Match("^/submissions/[0-9]+$"));
        return (slug, url);
    }

    private string Scalar(string sql, string value)
    {
        using var connection = new SqliteConnection(CatalogDatabase.ConnectionString(new DataDirectory(_site.DataDir)) + ";Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$v", value);
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    [Test]
    public async Task A_contributors_stack_waits_unseen_until_an_editor_approves_it_and_then_is_published_and_recorded()
    {
        var (slug, url) = await SubmitAsync("Proposed stack");

        Assert.That(Scalar("SELECT count(*) FROM Stacks WHERE Slug = $v", slug), Is.EqualTo("0"), "nothing enters the catalog yet");
        using (var own = await GetAsync(_contributor, url))
            Assert.That(await own.Content.ReadAsStringAsync(), Does.Contain("Proposed stack").And.Contain("pending"));
        using (var stranger = await GetAsync(_other, url))
            Assert.That(stranger.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "another contributor cannot see it");
        using (var anonymous = await GetAsync(TestAccounts.AnonymousClient(_site), url))
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        var queue = StackForms.Parse(await (await GetAsync(_editor, "/submissions")).Content.ReadAsStringAsync());
        Assert.That(queue.QuerySelectorAll($"a[href='{url}']"), Has.Length.EqualTo(1), "the editor's queue lists it");

        using var approved = await PostAsync(_editor, url + "/approve");

        Assert.That(approved.StatusCode, Is.EqualTo(HttpStatusCode.Found), await approved.Content.ReadAsStringAsync());
        Assert.That(approved.Headers.Location!.ToString(), Is.EqualTo($"/stacks/{slug}"));
        Assert.That(Scalar("SELECT Name FROM Stacks WHERE Slug = $v", slug), Is.EqualTo("Proposed stack"));
        var history = StackForms.Parse(await (await GetAsync(_editor, $"/changes?kind=stack&key={slug}")).Content.ReadAsStringAsync());
        Assert.That(history.QuerySelector("ol.changes li")!.TextContent, Does.Contain("added the stack Proposed stack").And.Contain("approved submission").And.Contain("test-contributor"));
        using var again = await PostAsync(_editor, url + "/approve");
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a decided submission is not approved twice");
    }

    [Test]
    public async Task A_rejection_needs_a_reason_which_the_author_reads()
    {
        var (slug, url) = await SubmitAsync("Rejected stack");

        using (var silent = await PostAsync(_editor, url + "/reject", ("reason", " ")))
            Assert.That(silent.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        using (var rejected = await PostAsync(_editor, url + "/reject", ("reason", "It duplicates the AWS stack")))
            Assert.That(rejected.StatusCode, Is.EqualTo(HttpStatusCode.Found));

        var mine = await (await GetAsync(_contributor, "/submissions")).Content.ReadAsStringAsync();
        Assert.That(mine, Does.Contain("Rejected stack").And.Contain("It duplicates the AWS stack"));
        Assert.That(Scalar("SELECT count(*) FROM Stacks WHERE Slug = $v", slug), Is.EqualTo("0"));
    }

    [Test]
    public async Task Spam_is_removed_from_everyones_sight_and_the_removal_is_kept()
    {
        var (_, url) = await SubmitAsync("Buy cheap GPUs now");

        using (var removed = await PostAsync(_editor, url + "/remove", ("reason", "advertising")))
            Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.Found));

        using (var own = await GetAsync(_contributor, url))
            Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await (await GetAsync(_contributor, "/submissions")).Content.ReadAsStringAsync(), Does.Not.Contain("Buy cheap GPUs"));
        var id = url.Split('/')[^1];
        Assert.That(Scalar("SELECT Status || '|' || ReviewedBy || '|' || Reason FROM Submissions WHERE Id = $v", id), Does.Match("^Removed\\|test-editor-[0-9]+\\|advertising$"));
    }

    [Test]
    public async Task A_contributor_may_not_approve_nor_edit_an_existing_stack()
    {
        var (_, url) = await SubmitAsync("Self-approved stack");

        using var approve = await PostAsync(_contributor, url + "/approve");
        Assert.That(approve.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        var stack = File.ReadLines(Path.Combine(KnowledgeBase.Tests.Support.Repository.Data, "stacks.csv")).Skip(1).First().Split(',')[0];
        using var edit = await PostAsync(_contributor, $"/stacks/{stack}/edit", ("Name", "Hijacked"), ("Slug", stack), ("Pick", "mlflow:model-registry"), ("Command", "save"));
        Assert.That(edit.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(Scalar("SELECT Name FROM Stacks WHERE Slug = $v", stack), Is.Not.EqualTo("Hijacked"));
    }

    [Test]
    public async Task A_submission_with_a_problem_is_refused_like_a_save_and_nothing_waits()
    {
        var before = Scalar("SELECT count(*) FROM Submissions WHERE 1 = 1 OR $v = ''", "");

        using var response = await PostAsync(_contributor, "/stacks/new", ("Name", ""), ("Slug", "no-name"), ("Pick", "no-such:thing"), ("Command", "save"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(Scalar("SELECT count(*) FROM Submissions WHERE 1 = 1 OR $v = ''", ""), Is.EqualTo(before));
    }
}
