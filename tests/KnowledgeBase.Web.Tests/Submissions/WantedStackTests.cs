using System.Net;
using KnowledgeBase.Accounts;
using KnowledgeBase.Web.Tests.Stacks;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Submissions;

/// <summary>Wanted stacks: a request is posted, listed for everyone, answered by a proposed stack, and closed when an editor publishes it.</summary>
public class WantedStackTests
{
    private SiteFactory _site = null!;
    private HttpClient _contributor = null!;
    private HttpClient _editor = null!;
    private HttpClient _anonymous = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _site = new SiteFactory();
        _contributor = await TestAccounts.SignedInAsAsync(_site, AccountRoles.Contributor);
        _editor = await TestAccounts.SignedInAsAsync(_site, AccountRoles.Editor);
        _anonymous = TestAccounts.AnonymousClient(_site);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _contributor.Dispose();
        _editor.Dispose();
        _anonymous.Dispose();
        _site.Dispose();
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, params (string, string)[] fields)
    {
        var token = await StackForms.TokenAsync(client, "/stacks/new");
        return await StackForms.PostAsync(client, url, token, fields);
    }

    [Test]
    public async Task A_request_is_listed_answered_by_a_proposed_stack_and_closed_when_it_is_published()
    {
        var wanted = "DVC with Airflow " + Guid.NewGuid().ToString("N")[..6];
        using (var posted = await PostAsync(_editor, "/stacks/wanted", ("title", wanted), ("details", "On Kubernetes, small team")))
            Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Found));

        var list = StackForms.Parse(await (await _anonymous.GetAsync(new Uri("/stacks/wanted", UriKind.Relative))).Content.ReadAsStringAsync());
        var item = list.QuerySelectorAll("#open-heading + ol li").Single(li => li.TextContent.Contains(wanted, StringComparison.Ordinal));
        var answer = item.QuerySelector("a")!.GetAttribute("href")!;
        Assert.That(answer, Does.Match("^/stacks/new\\?answers=[0-9]+$"));
        var builder = StackForms.Parse(await (await _contributor.GetAsync(new Uri(answer, UriKind.Relative))).Content.ReadAsStringAsync());
        var id = answer.Split('=')[1];
        Assert.That(builder.QuerySelector($"#field-answers option[value='{id}']")!.HasAttribute("selected"), Is.True, "the builder preselects the request");

        var slug = "answer-" + Guid.NewGuid().ToString("N")[..8];
        using var proposed = await PostAsync(_contributor, "/stacks/new", ("Name", "Answer " + slug), ("Slug", slug), ("Pick", "mlflow:model-registry"),
            ("Answers", id), ("Command", "save"));
        Assert.That(proposed.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        var open = await (await _anonymous.GetAsync(new Uri("/stacks/wanted", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.That(open, Does.Contain(wanted), "still open until the answer is published");

        using (var approved = await PostAsync(_editor, proposed.Headers.Location + "/approve"))
            Assert.That(approved.StatusCode, Is.EqualTo(HttpStatusCode.Found));

        var after = StackForms.Parse(await (await _anonymous.GetAsync(new Uri("/stacks/wanted", UriKind.Relative))).Content.ReadAsStringAsync());
        Assert.That(after.QuerySelectorAll("#open-heading + ol li").Select(li => li.TextContent), Has.None.Contains(wanted));
        Assert.That(after.QuerySelector($"#answered-heading ~ ul a[href='/stacks/{slug}']"), Is.Not.Null);
    }

    [Test]
    public async Task Posting_needs_an_account_and_a_title()
    {
        using (var anonymous = await PostAsync(_anonymous, "/stacks/wanted", ("title", "Anything")))
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        using var empty = await PostAsync(_contributor, "/stacks/wanted", ("title", "  "));
        Assert.That(empty.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await empty.Content.ReadAsStringAsync(), Does.Contain("say what stack is wanted"));
    }

    [TestCase("new")]
    [TestCase("wanted")]
    [TestCase("compare")]
    public async Task A_stack_cannot_take_the_slug_of_a_page(string slug)
    {
        using var response = await PostAsync(_editor, "/stacks/new", ("Name", "Shadow"), ("Slug", slug), ("Pick", "mlflow:model-registry"), ("Command", "save"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("is the address of a page of the site"));
    }
}
