using System.Net;
using KnowledgeBase.Accounts;
using AngleSharp.Html.Dom;
using KnowledgeBase.Web.Tests.Stacks;
using KnowledgeBase.Web.Tests.Support;
using static KnowledgeBase.Web.Tests.Api.ApiCalls;

namespace KnowledgeBase.Web.Tests.Api;

/// <summary>Conditional GETs: an ETag that answers 304 while the catalog stands still and goes stale after an edit.</summary>
public class ApiCachingTests() : SiteSession(followRedirects: false)
{
    [Test]
    public async Task An_etag_answers_304_until_an_edit_on_the_site_changes_it()
    {
        var slug = Path.GetFileNameWithoutExtension(Directory.GetFiles(Repository.Literature, "*.md").Order(StringComparer.Ordinal).First());
        var url = "/api/v1/sources/" + slug;
        var first = await GetAsync(Client, url);
        var etag = first.Header("ETag");
        Assert.That(etag, Does.StartWith("W/\""));
        Assert.That(first.Header("Cache-Control"), Is.EqualTo("public, max-age=60"));

        var again = await GetAsync(Client, url, ifNoneMatch: etag);
        Assert.That(again.Status, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(again.Body, Is.Null);
        Assert.That(again.Header("ETag"), Is.EqualTo(etag));
        var stacksTag = (await GetAsync(Client, "/api/v1/stacks")).Header("ETag");

        await EditTitleAsync(slug, "Retitled through the site");

        Assert.That((await GetAsync(Client, "/api/v1/stacks", ifNoneMatch: stacksTag)).Status, Is.EqualTo(HttpStatusCode.NotModified),
            "stacks do not show sources: their tag outlives a source edit");

        var after = await GetAsync(Client, url, ifNoneMatch: etag);
        Assert.That(after.Status, Is.EqualTo(HttpStatusCode.OK), "the old tag is stale after the edit");
        Assert.That(after.Json.GetProperty("title").GetString(), Is.EqualTo("Retitled through the site"));
        Assert.That(after.Header("ETag"), Is.Not.EqualTo(etag).And.StartWith("W/\""));
        Assert.That((await GetAsync(Client, url, ifNoneMatch: after.Header("ETag"))).Status, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [Test]
    public async Task A_problem_answer_carries_no_etag()
    {
        var missing = await GetAsync(Client, "/api/v1/tools/no-such-tool");
        Assert.That(missing.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(missing.Header("ETag"), Is.Null);
    }

    private async Task EditTitleAsync(string slug, string title)
    {
        using var editor = await TestAccounts.SignedInAsAsync(Site, AccountRoles.Editor);
        var form = StackForms.Parse(await (await editor.GetAsync(new Uri($"/sources/{slug}/edit", UriKind.Relative))).Content.ReadAsStringAsync());
        var fields = form.QuerySelectorAll("form[action$='/edit'] input[name], form[action$='/edit'] textarea[name]")
            .Where(e => e is not IHtmlInputElement { Type: "checkbox", IsChecked: false })
            .Select(e => (e.GetAttribute("name")!, e is IHtmlTextAreaElement area ? area.Value : ((IHtmlInputElement)e).Value))
            .Where(f => f.Item1 is not ("__RequestVerificationToken" or "Title" or "Command"))
            .Append(("Title", title)).Append(("Command", "save")).ToArray();
        var token = await StackForms.TokenAsync(editor, $"/sources/{slug}/edit", $"/sources/{slug}/edit");
        using var saved = await StackForms.PostAsync(editor, $"/sources/{slug}/edit", token, fields);
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Found), await saved.Content.ReadAsStringAsync());
    }
}
