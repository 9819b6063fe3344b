using System.Net;
using KnowledgeBase.Accounts;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Tests.Stacks;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Web.Tests.Accounts;

/// <summary>
/// The authorisation matrix: every write of the site, by an anonymous visitor, a contributor, an editor and an admin.
/// A refused write answers what it is (sign in first, or 403) and leaves the database exactly as it was.
/// </summary>
public class WritePermissionTests
{
    private SiteFactory _site = null!;
    private readonly Dictionary<string, HttpClient> _clients = [];

    [OneTimeSetUp]
    public async Task Start()
    {
        _site = new SiteFactory();
        _clients["anonymous"] = TestAccounts.AnonymousClient(_site);
        foreach (var role in AccountRoles.All)
            _clients[role] = await TestAccounts.SignedInAsAsync(_site, role);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        foreach (var client in _clients.Values) client.Dispose();
        _site.Dispose();
    }

    /// <summary>
    /// Each write as method, url ({slug} is a stack with a checklist) and form fields. Creating the checklist again
    /// adds nothing (it exists), so for that one an allowed write changes nothing either.
    /// </summary>
    public static readonly object[] Writes =
    [
        new object[] { "POST", "/stacks/new", new[] { "Name=Matrix stack", "Slug=matrix-new-{n}", "Pick=mlflow:model-registry", "Command=save" } },
        new object[] { "POST", "/stacks/{slug}/edit", new[] { "Name=Renamed by the matrix", "Slug={slug}", "Pick=mlflow:model-registry", "Command=save" } },
        new object[] { "POST", "/stacks/{slug}/delete", Array.Empty<string>() },
        new object[] { "POST", "/stacks/{slug}/checklist/create", Array.Empty<string>() },
        new object[] { "POST", "/stacks/{slug}/checklist", new[] { "item[0].Code={code}", "item[0].Status=done" } },
        new object[] { "POST", "/stacks/{slug}/checklist/import", new[] { "file=code,title,statement,layer,priority,status,owner,note,evidence,hint\n{code},t,s,l,p,in-progress,,,,\n" } },
        new object[] { "GET", "/stacks/{slug}/checklist", Array.Empty<string>() },
        new object[] { "GET", "/stacks/{slug}/delete", Array.Empty<string>() },
        new object[] { "POST", "/sources/new", new[] { "Title=Matrix source", "Slug=matrix-source-{n}", "Note=Written by the matrix.", "Command=save" } },
        new object[] { "POST", "/sources/{source}/edit", new[] { "Title=Edited by the matrix {n}", "Version={version}", "Command=save" } },
        new object[] { "POST", "/sources/new/references", new[] { "text=@article{matrix{n}, title = {Matrix paper {n}}, year = {2024}}", "command=save" } },
        new object[] { "GET", "/sources/new", Array.Empty<string>() },
        new object[] { "GET", "/sources/{source}/edit", Array.Empty<string>() },
        new object[] { "GET", "/sources/new/references", Array.Empty<string>() },
        new object[] { "POST", "/sources/{fresh-source}/delete", Array.Empty<string>() },
        new object[] { "GET", "/sources/{source}/delete", Array.Empty<string>() },
        new object[] { "POST", "/tools/new", ToolFields("Matrix tool {n}", "Slug=matrix-tool-{n}") },
        new object[] { "POST", "/tools/{tool}/edit", ToolFields("Edited by the matrix {n}", "Version={toolversion}") },
        new object[] { "POST", "/tools/{fresh-tool}/delete", Array.Empty<string>() },
        new object[] { "GET", "/tools/new", Array.Empty<string>() },
        new object[] { "GET", "/tools/{tool}/edit", Array.Empty<string>() },
        new object[] { "GET", "/tools/{tool}/delete", Array.Empty<string>() },
        new object[] { "POST", "/requirements/new", new[] { "Code=MTX-{n3}", "Layer=model-management", "Title=Matrix requirement", "Kind=functional", "Priority=must", "Traces[0].Source={source}", "Command=save" } },
        new object[] { "POST", "/requirements/{requirement}/edit", new[] { "Layer=model-management", "Title=Edited by the matrix {n}", "Kind=functional", "Priority=must", "Traces[0].Source={source}", "Version={requirementversion}", "Command=save" } },
        new object[] { "GET", "/requirements/new", Array.Empty<string>() },
        new object[] { "GET", "/requirements/{requirement}/edit", Array.Empty<string>() },
        new object[] { "POST", "/requirements/{fresh-requirement}/delete", Array.Empty<string>() },
        new object[] { "GET", "/requirements/{requirement}/delete", Array.Empty<string>() },
        new object[] { "POST", "/layers/new", new[] { "Slug=matrix-layer-{n}", "Order=20", "Name=Matrix layer {n}", "Command=save" } },
        new object[] { "POST", "/layers/{layer}/edit", new[] { "Order=10", "Name=Edited by the matrix {n}", "Version={layerversion}", "Command=save" } },
        new object[] { "POST", "/layers/{fresh-layer}/delete", Array.Empty<string>() },
        new object[] { "GET", "/layers/new", Array.Empty<string>() },
        new object[] { "GET", "/layers/{layer}/edit", Array.Empty<string>() },
        new object[] { "GET", "/layers/{layer}/delete", Array.Empty<string>() },
        new object[] { "POST", "/components/new", new[] { "Slug=matrix-component-{n}", "Layer=model-management", "Order=20", "Name=Matrix component {n}", "Command=save" } },
        new object[] { "POST", "/components/{component}/edit", new[] { "Layer=collaboration-planning", "Order=2", "Name=Edited by the matrix {n}", "Version={componentversion}", "Command=save" } },
        new object[] { "POST", "/components/{fresh-component}/delete", Array.Empty<string>() },
        new object[] { "GET", "/components/new", Array.Empty<string>() },
        new object[] { "GET", "/components/{component}/edit", Array.Empty<string>() },
        new object[] { "GET", "/components/{component}/delete", Array.Empty<string>() },
        new object[] { "POST", "/pipelines/new", PipelineFields("Slug=matrix-pipeline-{n}") },
        new object[] { "POST", "/pipelines/{pipeline}/edit", PipelineFields("Version={pipelineversion}") },
        new object[] { "POST", "/pipelines/{fresh-pipeline}/delete", Array.Empty<string>() },
        new object[] { "GET", "/pipelines/new", Array.Empty<string>() },
        new object[] { "GET", "/pipelines/{pipeline}/edit", Array.Empty<string>() },
        new object[] { "GET", "/pipelines/{pipeline}/delete", Array.Empty<string>() },
        new object[] { "POST", "/stacks/wanted", new[] { "title=Wanted by the matrix {n}" } },
        new object[] { "POST", "/submissions/{fresh-submission}/approve", Array.Empty<string>() },
        new object[] { "POST", "/submissions/{fresh-submission}/reject", new[] { "reason=Not for this catalog" } },
        new object[] { "POST", "/submissions/{fresh-submission}/remove", new[] { "reason=Spam" } },
    ];

    private static string[] ToolFields(string name, string extra) =>
        [$"Name={name}", "Kind=open-source", "Summary=Written by the matrix.", "Coverage[0].Component=explainability-fairness", "Coverage[0].Level=partial", extra, "Command=save"];

    private static string[] PipelineFields(string extra) =>
        ["Order=30", "Name=Matrix pipeline {n}", "Color=#112233", "Stages[0].Order=1", "Stages[0].Name=Matrix stage", "Stages[0].Components=model-registry", extra, "Command=save"];

    /// <summary>Shipped entities the edits act on, by the placeholder their urls use.</summary>
    private static readonly Dictionary<string, string> Targets = new()
    {
        ["{source}"] = Source, ["{tool}"] = Tool, ["{requirement}"] = Requirement,
        ["{layer}"] = "collaboration-planning", ["{component}"] = "code-editor", ["{pipeline}"] = "code-ci",
    };

    /// <summary>The edit form whose current version each version placeholder stands for.</summary>
    private static readonly Dictionary<string, string> VersionForms = new()
    {
        ["{version}"] = $"/sources/{Source}/edit", ["{toolversion}"] = $"/tools/{Tool}/edit", ["{requirementversion}"] = $"/requirements/{Requirement}/edit",
        ["{layerversion}"] = "/layers/collaboration-planning/edit", ["{componentversion}"] = "/components/code-editor/edit", ["{pipelineversion}"] = "/pipelines/code-ci/edit",
    };

    /// <summary>A shipped requirement the requirement edits act on.</summary>
    private const string Requirement = "INF-01";

    /// <summary>A shipped tool no stack uses, which the tool edits act on.</summary>
    private const string Tool = "ai-fairness-360";

    /// <summary>A shipped source the edits act on.</summary>
    private const string Source = "amershi-2019-software-engineering-for-ml";

    private static int _stacks;

    [TestCaseSource(nameof(Writes))]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_nothing_changes(string method, string url, string[] fields)
    {
        var slug = await StackWithChecklistAsync();
        url = await WithFreshToolAsync(url);
        var before = Fingerprint();

        using var response = await SendAsync(_clients["anonymous"], method, url, fields, slug);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        Assert.That(response.Headers.Location?.ToString(), Does.StartWith("https://localhost/account/sign-in?ReturnUrl="));
        Assert.That(Fingerprint(), Is.EqualTo(before));
    }

    [TestCaseSource(nameof(Writes))]
    public async Task A_contributor_is_refused_with_403_and_nothing_changes(string method, string url, string[] fields)
    {
        var slug = await StackWithChecklistAsync();
        url = await WithFreshToolAsync(url);
        var before = Fingerprint();

        using var response = await SendAsync(_clients[AccountRoles.Contributor], method, url, fields, slug);

        if (method == "POST" && url is "/stacks/new" or "/stacks/wanted")
        {
            // A contributor's new stack is not refused but proposed (it waits for review), and a contributor may ask
            // for a wanted stack: either way the catalog is as it was.
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found));
            Assert.That(response.Headers.Location?.ToString(), Does.Match("^/submissions/[0-9]+$|^/stacks/wanted$"));
            Assert.That(CatalogPart(Fingerprint()), Is.EqualTo(CatalogPart(before)));
            return;
        }
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("this needs an editor or above"));
        Assert.That(Fingerprint(), Is.EqualTo(before));
    }

    [TestCaseSource(nameof(Writes))]
    public async Task Editors_and_admins_may_write(string method, string url, string[] fields)
    {
        foreach (var role in new[] { AccountRoles.Editor, AccountRoles.Admin })
        {
            var slug = await StackWithChecklistAsync();
            var target = await WithFreshToolAsync(url);
            var before = Fingerprint();

            using var response = await SendAsync(_clients[role], method, target, fields, slug);

            var status = (int)response.StatusCode;
            Assert.That(status is 200 or 302, Is.True, $"{role}: {status} {await response.Content.ReadAsStringAsync()}");
            Assert.That(response.Headers.Location?.ToString() ?? "", Does.Not.Contain("/account/"), role);
            if (method == "POST" && !url.EndsWith("/create", StringComparison.Ordinal))
                Assert.That(Fingerprint(), Is.Not.EqualTo(before), $"{role}: the write was stored");
        }
    }

    [Test]
    public async Task A_role_taken_away_counts_at_once_and_a_removed_account_must_sign_in_again()
    {
        var name = TestAccounts.NewName("demoted");
        await TestAccounts.AddAsync(_site, name, AccountRoles.Editor);
        using var client = await TestAccounts.SignedInClientAsync(_site, name);
        var slug = await StackWithChecklistAsync();
        await using (var scope = _site.Services.CreateAsyncScope())
            Assert.That(await scope.ServiceProvider.GetRequiredService<AccountBook>().SetRoleAsync(name, AccountRoles.Contributor), Is.Empty);

        using (var refused = await SendAsync(client, "GET", "/stacks/{slug}/checklist", [], slug))
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        await using (var scope = _site.Services.CreateAsyncScope())
            Assert.That(await scope.ServiceProvider.GetRequiredService<AccountBook>().RemoveAsync(name), Is.Empty);
        using var gone = await SendAsync(client, "GET", "/stacks/{slug}/checklist", [], slug);
        Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        Assert.That(gone.Headers.Location?.ToString(), Does.Contain("/account/sign-in"));
    }

    /// <summary>A stack of the editor's making with a checklist, so that every write has something to act on.</summary>
    private async Task<string> StackWithChecklistAsync()
    {
        var editor = _clients[AccountRoles.Editor];
        var slug = $"matrix-{Interlocked.Increment(ref _stacks)}";
        var token = await StackForms.TokenAsync(editor, "/stacks/new");
        using (var saved = await StackForms.PostAsync(editor, "/stacks/new", token, ("Name", "Matrix " + slug), ("Slug", slug), ("Pick", "mlflow:model-registry"), ("Command", "save")))
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        token = await StackForms.TokenAsync(editor, $"/stacks/{slug}/checklist", $"/stacks/{slug}/checklist/create");
        using (var created = await StackForms.PostAsync(editor, $"/stacks/{slug}/checklist/create", token))
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        return slug;
    }

    /// <summary>
    /// Sends the write as a browser would: with the client's own valid anti-forgery token (from the stack builder,
    /// which anyone may open), so that a refusal is the permission's and not the token's.
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, string[] fields, string slug)
    {
        var target = Targets.Aggregate(url.Replace("{slug}", slug, StringComparison.Ordinal), (u, t) => u.Replace(t.Key, t.Value, StringComparison.Ordinal));
        if (method == "GET") return await client.GetAsync(new Uri(target, UriKind.Relative));
        var token = await StackForms.TokenAsync(client, "/stacks/new");
        var n = Interlocked.Increment(ref _stacks).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var code = FirstChecklistCode(slug);
        var versions = new Dictionary<string, string>();
        foreach (var (placeholder, form) in VersionForms)
            if (fields.Any(f => f.Contains(placeholder, StringComparison.Ordinal))) versions[placeholder] = await VersionAsync(form);
        // Requirement codes take two or three digits.
        var n3 = (int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) % 900 + 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var pairs = fields.Select(f => versions.Aggregate(f.Replace("{slug}", slug, StringComparison.Ordinal).Replace("{n3}", n3, StringComparison.Ordinal)
                    .Replace("{n}", n, StringComparison.Ordinal).Replace("{code}", code, StringComparison.Ordinal).Replace("{source}", Source, StringComparison.Ordinal),
                (text, v) => text.Replace(v.Key, v.Value, StringComparison.Ordinal)).Split('=', 2))
            .Select(p => (p[0], p[1])).ToArray();
        if (pairs is [("file", var csv)])
        {
            using var upload = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "checklist.csv" },
            };
            return await client.PostAsync(new Uri(target, UriKind.Relative), upload);
        }
        return await StackForms.PostAsync(client, target, token, pairs);
    }

    /// <summary>The version an edit form carries now, as the editor's browser would have it: a write is not refused as stale.</summary>
    private async Task<string> VersionAsync(string form)
    {
        var page = await StackForms.GetAsync(_clients[AccountRoles.Editor], form);
        return page.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
    }

    /// <summary>A stack a contributor proposed, pending, for a review to act on: its id.</summary>
    private async Task<string> FreshSubmissionAsync()
    {
        var contributor = _clients[AccountRoles.Contributor];
        var slug = $"matrix-proposed-{Interlocked.Increment(ref _stacks)}";
        var token = await StackForms.TokenAsync(contributor, "/stacks/new");
        using var sent = await StackForms.PostAsync(contributor, "/stacks/new", token, ("Name", "Proposed " + slug), ("Slug", slug),
            ("Pick", "mlflow:model-registry"), ("Command", "save"));
        Assert.That(sent.StatusCode, Is.EqualTo(HttpStatusCode.Found), await sent.Content.ReadAsStringAsync());
        return sent.Headers.Location!.ToString().Split('/')[^1];
    }

    /// <summary>
    /// The url with <c>{fresh-submission}</c> as a pending submission, or <c>{fresh-tool}</c> (layer, component,
    /// pipeline) as one of the editor's making that nothing points at, for a delete to act on.
    /// </summary>
    private async Task<string> WithFreshToolAsync(string url)
    {
        if (url.Contains("{fresh-submission}", StringComparison.Ordinal))
            return url.Replace("{fresh-submission}", await FreshSubmissionAsync(), StringComparison.Ordinal);
        var kind = new[] { "tool", "layer", "component", "pipeline", "source", "requirement" }.FirstOrDefault(k => url.Contains($"{{fresh-{k}}}", StringComparison.Ordinal));
        if (kind is null) return url;
        var n = Interlocked.Increment(ref _stacks);
        var slug = kind == "requirement" ? $"MFR-{n:000}" : $"matrix-fresh-{n}";
        (string, string)[] fields = kind switch
        {
            "source" => [("Title", "Fresh " + slug), ("Note", "Deleted by the matrix.")],
            "requirement" => [("Code", slug), ("Layer", "model-management"), ("Title", "Fresh " + slug), ("Kind", "functional"), ("Priority", "must"), ("Traces[0].Source", Source)],
            "tool" => [("Kind", "open-source"), ("Coverage[0].Component", "model-registry"), ("Coverage[0].Level", "full")],
            "layer" => [("Order", "30")],
            "component" => [("Layer", "model-management"), ("Order", "30")],
            _ => [("Order", "40"), ("Color", "#445566"), ("Stages[0].Order", "1"), ("Stages[0].Name", "Only"), ("Stages[0].Components", "model-registry")],
        };
        var editor = _clients[AccountRoles.Editor];
        var token = await StackForms.TokenAsync(editor, "/stacks/new");
        (string, string)[] names = kind is "source" or "requirement" ? [] : [("Name", "Fresh " + slug)];
        using var saved = await StackForms.PostAsync(editor, $"/{kind}s/new", token, [.. names, ("Slug", slug), .. fields, ("Command", "save")]);
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Found), await saved.Content.ReadAsStringAsync());
        return url.Replace($"{{fresh-{kind}}}", slug, StringComparison.Ordinal);
    }

    private string FirstChecklistCode(string slug)
    {
        using var connection = new SqliteConnection(CatalogDatabase.ConnectionString(new DataDirectory(_site.DataDir)) + ";Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT min(RequirementCode) FROM ChecklistItems WHERE StackSlug = $slug";
        command.Parameters.AddWithValue("$slug", slug);
        return command.ExecuteScalar() as string ?? "none";
    }

    /// <summary>The catalog's part of a fingerprint: all but its last part, the submissions and wanted-stack requests.</summary>
    private static string CatalogPart(string fingerprint) => fingerprint[..fingerprint.LastIndexOf('#')];

    /// <summary>Every stack, placement, checklist item, source, tool, coverage row, layer, component, pipeline stage, recorded change and submission as one text, read beside the site.</summary>
    private string Fingerprint()
    {
        using var connection = new SqliteConnection(CatalogDatabase.ConnectionString(new DataDirectory(_site.DataDir)) + ";Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT group_concat(Slug || '|' || Name, ';') FROM (SELECT * FROM Stacks ORDER BY Slug))
                || '#' || (SELECT group_concat(StackSlug || '|' || ToolSlug || '|' || ComponentSlug, ';') FROM (SELECT * FROM StackTools ORDER BY 1, 2, 3))
                || '#' || (SELECT group_concat(StackSlug || '|' || RequirementCode || '|' || Status, ';') FROM (SELECT * FROM ChecklistItems ORDER BY 1, 2))
                || '#' || (SELECT group_concat(Slug || '|' || Title || '|' || length(Note), ';') FROM (SELECT * FROM Sources ORDER BY Slug))
                || '#' || (SELECT group_concat(Slug || '|' || Name || '|' || Summary, ';') FROM (SELECT * FROM Tools ORDER BY Slug))
                || '#' || (SELECT group_concat(ToolSlug || '|' || ComponentSlug || '|' || Level, ';') FROM (SELECT * FROM ToolCoverage ORDER BY 1, 2))
                || '#' || (SELECT group_concat(Code || '|' || Title, ';') FROM (SELECT * FROM Requirements ORDER BY Code))
                || '#' || (SELECT group_concat(Slug || '|' || Name || '|' || "Order", ';') FROM (SELECT * FROM Layers ORDER BY Slug))
                || '#' || (SELECT group_concat(Slug || '|' || LayerSlug || '|' || Name, ';') FROM (SELECT * FROM Components ORDER BY Slug))
                || '#' || (SELECT group_concat(Slug || '|' || Name || '|' || Color, ';') FROM (SELECT * FROM Pipelines ORDER BY Slug))
                || '#' || (SELECT group_concat(PipelineSlug || '|' || StageOrder || '|' || ComponentSlug, ';') FROM (SELECT * FROM StageComponents ORDER BY 1, 2, 3))
                || '#' || (SELECT count(*) FROM Changes)
                || '#' || coalesce((SELECT group_concat(Id || '|' || Status, ';') FROM (SELECT * FROM Submissions ORDER BY Id)), '')
                    || '/' || (SELECT count(*) FROM StackRequests)
            """;
        return (string)command.ExecuteScalar()!;
    }
}
