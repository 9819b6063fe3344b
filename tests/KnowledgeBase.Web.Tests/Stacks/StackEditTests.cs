using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Stacks;

/// <summary>
/// Building, editing and deleting stacks and working on their checklists over HTTP. The site is shared by the
/// fixture; every test works on a stack of its own, so none depends on another.
/// </summary>
public class StackEditTests() : SiteSession(followRedirects: false)
{
    protected override string? SignInAs => KnowledgeBase.Accounts.AccountRoles.Editor;

    private static string NewSlug() => "test-" + Guid.NewGuid().ToString("N")[..8];

    private async Task<HttpResponseMessage> SaveAsync(string url, params (string, string)[] fields)
    {
        var token = await StackForms.TokenAsync(Client, url.Contains("/edit", StringComparison.Ordinal) ? url : "/stacks/new");
        return await StackForms.PostAsync(Client, url, token, [.. fields, ("Command", "save")]);
    }

    /// <summary>A saved stack with MLflow on the model registry and Kubernetes on container orchestration.</summary>
    private async Task<string> CreateStackAsync(bool withChecklist = false)
    {
        var slug = NewSlug();
        var response = await SaveAsync("/stacks/new", ("Name", "Test stack " + slug), ("Slug", slug), ("Author", "Tester"), ("Date", "2025-01-31"),
            ("Pick", "mlflow:model-registry"), ("Pick", "kubernetes:container-orchestration"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found), await response.Content.ReadAsStringAsync());
        if (withChecklist)
        {
            var token = await StackForms.TokenAsync(Client, $"/stacks/{slug}/checklist", $"/stacks/{slug}/checklist/create");
            var created = await StackForms.PostAsync(Client, $"/stacks/{slug}/checklist/create", token);
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        }
        return slug;
    }

    private async Task<string> TextAsync(string url) => await (await Client.GetAsync(new Uri(url, UriKind.Relative))).Content.ReadAsStringAsync();

    [Test]
    public async Task Saving_a_new_stack_stores_its_label_and_tools_and_redirects_to_its_page()
    {
        var slug = await CreateStackAsync();
        var page = StackForms.Parse(await TextAsync($"/stacks/{slug}"));
        Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo("Test stack " + slug));
        Assert.That(page.QuerySelector(".facts")!.TextContent, Does.Contain("Tester").And.Contain("2025-01-31"));
        var registry = page.QuerySelectorAll("svg.architecture a.box").Single(b => b.GetAttribute("href") == "/components/model-registry");
        Assert.That(registry.TextContent, Does.Contain("MLflow"));
    }

    [Test]
    public async Task The_preview_re_renders_the_gap_report_of_what_is_ticked_and_saves_nothing()
    {
        var slug = NewSlug();
        var token = await StackForms.TokenAsync(Client, "/stacks/new");
        var response = await StackForms.PostAsync(Client, "/stacks/new", token, ("Name", "Draft"), ("Slug", slug), ("Pick", "mlflow:model-registry"), ("Command", "preview"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var page = StackForms.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(page.QuerySelector("#preview-heading")!.TextContent, Does.Contain("1 tool placements, 1 of"));
        Assert.That(page.QuerySelector("input[value='mlflow:model-registry']")!.HasAttribute("checked"), Is.True, "ticks survive the round trip");
        Assert.That(page.QuerySelector("#field-slug")!.GetAttribute("value"), Is.EqualTo(slug));
        Assert.That((await Client.GetAsync(new Uri($"/stacks/{slug}", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task An_empty_slug_is_made_from_the_name()
    {
        var name = "Über Platform " + Guid.NewGuid().ToString("N")[..6];
        var response = await SaveAsync("/stacks/new", ("Name", name), ("Slug", ""));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo("/stacks/uber-platform-" + name[^6..]));
    }

    [TestCase("Bad Slug!", "is not a valid slug")]
    [TestCase("-x", "is not a valid slug")]
    public async Task A_bad_slug_is_a_400_with_the_message_on_the_form(string slug, string message)
    {
        var response = await SaveAsync("/stacks/new", ("Name", "Bad"), ("Slug", slug), ("Pick", "mlflow:model-registry"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var page = StackForms.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(page.QuerySelector("#slug-error")!.TextContent, Does.Contain(message));
        Assert.That(page.QuerySelector("input[value='mlflow:model-registry']")!.HasAttribute("checked"), Is.True, "nothing typed is lost");
    }

    [Test]
    public async Task A_missing_name_and_a_bad_date_are_reported_together()
    {
        var response = await SaveAsync("/stacks/new", ("Name", " "), ("Slug", NewSlug()), ("Date", "31/01/2025"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = StackForms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#problems")!.TextContent;
        Assert.That(errors, Does.Contain("Give the stack a name").And.Contain("'31/01/2025' is not a date"));
    }

    [Test]
    public async Task A_duplicate_slug_is_a_409_and_the_other_stack_is_untouched()
    {
        var response = await SaveAsync("/stacks/new", ("Name", "Copy"), ("Slug", "kubeflow-on-kubernetes"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Another stack already has the slug"));
        Assert.That(StackForms.Parse(await TextAsync("/stacks/kubeflow-on-kubernetes")).QuerySelector("h1")!.TextContent, Is.EqualTo("Kubeflow platform on Kubernetes"));
    }

    [TestCase("mlflow:feature-store")]
    [TestCase("no-such-tool:model-registry")]
    [TestCase("garbage")]
    public async Task An_unknown_tool_component_pair_is_a_400_and_nothing_is_written(string pick)
    {
        var slug = NewSlug();
        var response = await SaveAsync("/stacks/new", ("Name", "Pairs"), ("Slug", slug), ("Pick", "mlflow:model-registry"), ("Pick", pick));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Unknown tool and component pairs"));
        Assert.That((await Client.GetAsync(new Uri($"/stacks/{slug}", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Editing_replaces_the_tools_and_a_new_slug_moves_the_stack_with_its_checklist()
    {
        var slug = await CreateStackAsync(withChecklist: true);
        var renamed = slug + "-v2";
        var response = await SaveAsync($"/stacks/{slug}/edit", ("Name", "Renamed"), ("Slug", renamed), ("Pick", "docker:containerization"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found), await response.Content.ReadAsStringAsync());
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/stacks/{renamed}"));
        Assert.That((await Client.GetAsync(new Uri($"/stacks/{slug}", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        var json = await TextAsync($"/api/stacks/{renamed}/gaps");
        Assert.That(json, Does.Contain("\"covered\":1,"));
        Assert.That((await TextAsync($"/stacks/{renamed}/checklist.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(ShippedCatalog.Requirements + 1), "a header and one row per requirement");
    }

    [Test]
    public async Task Delete_asks_for_confirmation_then_removes_the_stack_and_its_checklist()
    {
        var slug = await CreateStackAsync(withChecklist: true);
        var confirm = StackForms.Parse(await TextAsync($"/stacks/{slug}/delete"));
        Assert.That(confirm.QuerySelector("h1")!.TextContent, Does.StartWith("Delete"));
        Assert.That(confirm.Body!.TextContent, Does.Contain($"checklist of {ShippedCatalog.Requirements} items"));

        var token = await StackForms.TokenAsync(Client, $"/stacks/{slug}/delete");
        var response = await StackForms.PostAsync(Client, $"/stacks/{slug}/delete", token);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        Assert.That((await Client.GetAsync(new Uri($"/stacks/{slug}", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase("/stacks/new", "Name=X&Slug=x-forged&Command=save")]
    [TestCase("/stacks/kubeflow-on-kubernetes/delete", "")]
    [TestCase("/stacks/kubeflow-on-kubernetes/checklist", "item[0].Code=INF-01&item[0].Status=done")]
    [TestCase("/stacks/kubeflow-on-kubernetes/checklist/create", "")]
    public async Task Every_form_requires_the_anti_forgery_token(string url, string body)
    {
        var response = await Client.PostAsync(new Uri(url, UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await Client.GetAsync(new Uri("/stacks/kubeflow-on-kubernetes", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_checklist_created_for_a_layer_and_priority_takes_only_those_requirements()
    {
        var slug = await CreateStackAsync();
        var token = await StackForms.TokenAsync(Client, $"/stacks/{slug}/checklist", $"/stacks/{slug}/checklist/create");
        var response = await StackForms.PostAsync(Client, $"/stacks/{slug}/checklist/create", token, ("layer", "model-management"), ("priority", "must"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        var rows = (await TextAsync($"/stacks/{slug}/checklist.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.That(rows, Is.Not.Empty);
        Assert.That(rows, Has.All.Contains(",model-management,must,todo,"));
    }

    [Test]
    public async Task The_checklist_form_saves_status_owner_note_and_evidence_with_the_hint_beside_each_item()
    {
        var slug = await CreateStackAsync(withChecklist: true);
        var page = StackForms.Parse(await TextAsync($"/stacks/{slug}/checklist"));
        var registryItem = page.QuerySelectorAll(".checklist-item").First(i => i.TextContent.Contains("MOD-01", StringComparison.Ordinal));
        Assert.That(registryItem.QuerySelector(".badge.status-met, .badge.status-partly, .badge.status-unmet"), Is.Not.Null);

        var token = await StackForms.TokenAsync(Client, $"/stacks/{slug}/checklist", $"/stacks/{slug}/checklist");
        var response = await StackForms.PostAsync(Client, $"/stacks/{slug}/checklist", token,
            ("item[0].Code", "MOD-01"), ("item[0].Status", "done"), ("item[0].Owner", "Ana"), ("item[0].Note", "Line one\r\nline two"), ("item[0].Evidence", "https://example.org/x"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        var csv = await TextAsync($"/stacks/{slug}/checklist.csv");
        Assert.That(csv, Does.Contain(",done,Ana,\"Line one\nline two\",https://example.org/x,"));
    }

    [TestCase("item[0].Code=MOD-01&item[0].Status=finished", "is not one of")]
    [TestCase("item[0].Code=MOD-01&item[0].Status=done&item[0].Evidence=javascript:alert(1)", "evidence must be an http(s) URL")]
    [TestCase("item[0].Code=XYZ-99&item[0].Status=done", "not on this stack")]
    [TestCase("item[0].Code=&item[0].Status=done", "without a requirement code")]
    [TestCase("item[0].Status=done&item[0].Note=x", "without a requirement code")]
    [TestCase("item[0].Code=MOD-01", "is not one of")]
    [TestCase("item[0].Code=MOD-01&item[0].Status=&item[0].Owner=&item[0].Note=&item[0].Evidence=", "is not one of")]
    [TestCase("item[0].Code=%FF&item[0].Status=%C3%28", "not on this stack")]
    public async Task A_bad_checklist_form_is_a_400_and_changes_nothing(string body, string message)
    {
        var slug = await CreateStackAsync(withChecklist: true);
        var before = await TextAsync($"/stacks/{slug}/checklist.csv");
        var token = await StackForms.TokenAsync(Client, $"/stacks/{slug}/checklist", $"/stacks/{slug}/checklist");
        var content = new StringContent(body + "&item[1].Code=INF-01&item[1].Status=done&__RequestVerificationToken=" + Uri.EscapeDataString(token), Encoding.UTF8, "application/x-www-form-urlencoded");
        var response = await Client.PostAsync(new Uri($"/stacks/{slug}/checklist", UriKind.Relative), content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(WebUtility.HtmlEncode(message)));
        Assert.That(await TextAsync($"/stacks/{slug}/checklist.csv"), Is.EqualTo(before));
    }

    [TestCase("layer=&priority=", HttpStatusCode.Found, null)]
    [TestCase("layer=&layer=model-management&priority=must&priority=must&tags=", HttpStatusCode.Found, null)]
    [TestCase("priority=&priority=urgent", HttpStatusCode.BadRequest, "is not one of")]
    [TestCase("layer=%FF", HttpStatusCode.BadRequest, "Unknown layers")]
    [TestCase("layer=%00", HttpStatusCode.BadRequest, "Bad request")]
    public async Task The_create_checklist_form_drops_empty_values_and_reports_unknown_ones(string body, HttpStatusCode status, string? message)
    {
        var slug = await CreateStackAsync();
        var token = await StackForms.TokenAsync(Client, $"/stacks/{slug}/checklist", $"/stacks/{slug}/checklist/create");
        var content = new StringContent(body + "&__RequestVerificationToken=" + Uri.EscapeDataString(token), Encoding.UTF8, "application/x-www-form-urlencoded");
        var response = await Client.PostAsync(new Uri($"/stacks/{slug}/checklist/create", UriKind.Relative), content);
        Assert.That(response.StatusCode, Is.EqualTo(status));
        if (message is not null) Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(message));
    }

    private async Task<HttpResponseMessage> UploadAsync(string slug, byte[] content, string fileName = "checklist.csv", bool declareLength = true)
    {
        var token = await StackForms.TokenAsync(Client, $"/stacks/{slug}/checklist", $"/stacks/{slug}/checklist/import");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        HttpContent file = declareLength ? new ByteArrayContent(content) : new StreamContent(new UnknownLengthStream(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        return await Client.PostAsync(new Uri($"/stacks/{slug}/checklist/import", UriKind.Relative), form);
    }

    [Test]
    public async Task An_exported_checklist_edited_and_imported_updates_the_items_and_exports_again_unchanged()
    {
        var slug = await CreateStackAsync(withChecklist: true);
        var exported = await TextAsync($"/stacks/{slug}/checklist.csv");
        var edited = exported.Replace("MOD-01,", "MOD-01,", StringComparison.Ordinal).Split('\n').Select(line =>
            line.StartsWith("MOD-01,", StringComparison.Ordinal) ? line.Replace(",todo,,,,", ",in-progress,Bo,\"Needs approval, then rollout\",https://example.org/mod,", StringComparison.Ordinal) : line);
        var editedText = string.Join('\n', edited);
        Assert.That(editedText, Is.Not.EqualTo(exported), "the test edits a row");

        var response = await UploadAsync(slug, Encoding.UTF8.GetBytes(editedText));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found), await response.Content.ReadAsStringAsync());
        var again = await TextAsync($"/stacks/{slug}/checklist.csv");
        Assert.That(again, Is.EqualTo(editedText), "export → edit → import → export is lossless");

        Assert.That((await UploadAsync(slug, Encoding.UTF8.GetBytes(again))).StatusCode, Is.EqualTo(HttpStatusCode.Found));
        Assert.That(await TextAsync($"/stacks/{slug}/checklist.csv"), Is.EqualTo(again));
    }

    [TestCase("code;title;statement;layer;priority;status;owner;note;evidence;hint\nMOD-01;t;s;l;p;done;;;;met\n", "checklist.csv:1:1: the columns are separated by &#x27;;&#x27;")]
    [TestCase("code,title,statement,layer,priority,status,owner,note,evidence,hint\nMOD-01,t,s,l,p,finished,,,,met\n", "checklist.csv:2:6: &#x27;finished&#x27; is not one of")]
    [TestCase("code,title,statement,layer,priority,status,owner,note,evidence,hint\nMOD-01,t,s,l,p,done,,,,met\nABC-12,t,s,l,p,done,,,,met\n", "checklist.csv:3:1: unknown requirement code")]
    [TestCase("code,title,layer,status\nMOD-01,t,l,done\n", "checklist.csv:1: missing column &#x27;statement&#x27;")]
    [TestCase("\u0000\u0001\u0002 junk", "not a CSV file")]
    public async Task A_bad_upload_is_a_400_naming_the_row_and_column_and_changes_nothing(string content, string message)
    {
        var slug = await CreateStackAsync(withChecklist: true);
        var before = await TextAsync($"/stacks/{slug}/checklist.csv");
        var response = await UploadAsync(slug, Encoding.UTF8.GetBytes(content));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(body, Does.Contain("Nothing was changed").And.Contain(message));
        Assert.That(await TextAsync($"/stacks/{slug}/checklist.csv"), Is.EqualTo(before));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task An_upload_over_2_mb_is_a_413(bool declareLength)
    {
        var slug = await CreateStackAsync(withChecklist: true);
        var response = await UploadAsync(slug, new byte[2 * 1024 * 1024 + 10], declareLength: declareLength);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("limited to 2 MB"));
    }

    /// <summary>A body whose length is unknown up front, as in a chunked upload.</summary>
    private sealed class UnknownLengthStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
