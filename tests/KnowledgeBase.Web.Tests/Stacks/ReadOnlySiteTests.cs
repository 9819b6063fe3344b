using System.Net;
using System.Text;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Stacks;

/// <summary>With <c>KnowledgeBase:AllowEdits=false</c> every write answers 403 and the pages offer no edit links.</summary>
public class ReadOnlySiteTests() : SiteSession(settings: ("KnowledgeBase:AllowEdits", "false"))
{
    [TestCase("/stacks/kubeflow-on-kubernetes/delete", "")]
    [TestCase("/stacks/kubeflow-on-kubernetes/checklist", "item[0].Code=INF-01&item[0].Status=done")]
    [TestCase("/stacks/kubeflow-on-kubernetes/checklist/create", "")]
    [TestCase("/stacks/kubeflow-on-kubernetes/checklist/import", "")]
    public async Task Writes_are_refused_with_403(string url, string body)
    {
        var response = await Client.PostAsync(new Uri(url, UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("read-only"));
    }

    [Test]
    public async Task Saving_from_the_builder_is_refused_with_403_but_the_preview_works()
    {
        var token = await StackForms.TokenAsync(Client, "/stacks/new");
        var preview = await StackForms.PostAsync(Client, "/stacks/new", token, ("Name", "X"), ("Pick", "mlflow:model-registry"), ("Command", "preview"));
        Assert.That(preview.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var save = await StackForms.PostAsync(Client, "/stacks/new", token, ("Name", "X"), ("Slug", "read-only-x"), ("Command", "save"));
        Assert.That(save.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await Client.GetAsync(new Uri("/stacks/read-only-x", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase("/stacks/kubeflow-on-kubernetes/delete")]
    [TestCase("/stacks/kubeflow-on-kubernetes/checklist")]
    public async Task Edit_pages_are_refused_with_403(string url) =>
        Assert.That((await Client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

    [Test]
    public async Task The_stack_page_offers_exports_but_no_edit_links()
    {
        var page = StackForms.Parse(await (await Client.GetAsync(new Uri("/stacks/kubeflow-on-kubernetes", UriKind.Relative))).Content.ReadAsStringAsync());
        Assert.That(page.QuerySelector("a[href='/stacks/kubeflow-on-kubernetes/edit']"), Is.Null);
        Assert.That(page.QuerySelector("a[href='/stacks/kubeflow-on-kubernetes/checklist']"), Is.Null);
        Assert.That(page.QuerySelector("a[href='/stacks/kubeflow-on-kubernetes/checklist.csv']"), Is.Not.Null);
    }
}
