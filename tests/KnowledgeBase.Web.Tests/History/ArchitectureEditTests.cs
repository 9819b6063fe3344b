using System.Net;
using AngleSharp.Html.Dom;
using KnowledgeBase.Accounts;
using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Web.Tests.Stacks;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.History;

/// <summary>
/// An editor shaping the architecture itself over HTTP: layers, components, and pipelines with their stages, added,
/// corrected, refused, deleted and restored, each step in the history, the pages, search and the exported files.
/// Every test works on entities of its own, beside the shipped catalog.
/// </summary>
public class ArchitectureEditTests() : SiteSession(followRedirects: false)
{
    protected override string? SignInAs => AccountRoles.Editor;

    private static string NewSlug(string kind) => $"test-{kind}-" + Guid.NewGuid().ToString("N")[..8];

    private async Task<HttpResponseMessage> PostAsync(string url, params (string, string)[] fields)
    {
        var token = await StackForms.TokenAsync(Client, "/stacks/new");
        return await StackForms.PostAsync(Client, url, token, fields);
    }

    private async Task<string> TextAsync(string url) => await (await Client.GetAsync(new Uri(url, UriKind.Relative))).Content.ReadAsStringAsync();

    private async Task<IHtmlDocument> PageAsync(string url) => StackForms.Parse(await TextAsync(url));

    private string Scalar(string sql, string value) => SiteDatabase.Scalar(Site, sql, value);

    private static (string, string)[] With((string, string)[] defaults, (string, string)[] more)
    {
        var names = more.Select(m => m.Item1).ToHashSet();
        return [.. defaults.Where(f => !names.Contains(f.Item1)), .. more];
    }

    private static (string, string)[] LayerFields(string slug, params (string, string)[] more) =>
        With([("Slug", slug), ("Order", "40"), ("Name", "Layer " + slug), ("Summary", "A band for " + slug), ("Command", "save")], more);

    private static (string, string)[] ComponentFields(string slug, params (string, string)[] more) =>
        With([("Slug", slug), ("Layer", "model-management"), ("Order", "30"), ("Name", "Component " + slug), ("Summary", "A box for " + slug), ("Command", "save")], more);

    private static (string, string)[] PipelineFields(string slug, params (string, string)[] more) =>
        With([
            ("Slug", slug), ("Order", "50"), ("Name", "Pipeline " + slug), ("Color", "#AA3377"), ("Summary", "A line for " + slug),
            ("Stages[0].Order", "1"), ("Stages[0].Name", "Pick"), ("Stages[0].Components", "model-registry"),
            ("Stages[1].Order", "2"), ("Stages[1].Name", "Ship"), ("Stages[1].Components", "containerization, model-registry"),
            ("Stages[2].Order", "3"), ("Stages[2].Name", ""), ("Stages[2].Components", ""), ("Command", "save"),
        ], more);

    private async Task<string> AddAsync(string url, (string, string)[] fields)
    {
        using var response = await PostAsync(url, fields);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found), await response.Content.ReadAsStringAsync());
        return response.Headers.Location!.ToString();
    }

    private async Task<string> VersionAsync(string form) =>
        (await PageAsync(form)).QuerySelector("input[name=Version]")!.GetAttribute("value")!;

    private string LastChange(string key) => Scalar("SELECT max(Id) FROM Changes WHERE EntityKey = $v", key);

    private string Stages(string pipeline) => Scalar("""
        SELECT group_concat(s.""Order"" || ' ' || s.Name || ': ' || (SELECT group_concat(ComponentSlug, ',') FROM (SELECT * FROM StageComponents c
            WHERE c.PipelineSlug = s.PipelineSlug AND c.StageOrder = s.""Order"" ORDER BY Position)), '; ')
        FROM (SELECT * FROM PipelineStages WHERE PipelineSlug = $v ORDER BY "Order") s
        """.Replace("\"\"", "\"", StringComparison.Ordinal), pipeline);

    /// <summary>The fields a browser would post from the form as it stands.</summary>
    private static (string, string)[] FormFields(IHtmlDocument page, string form) =>
    [
        .. page.QuerySelectorAll($"form.{form} input[name], form.{form} textarea[name], form.{form} select[name]")
            .Where(e => e.GetAttribute("name") != "__RequestVerificationToken")
            .Where(e => e is not IHtmlInputElement { Type: "checkbox", IsChecked: false })
            .Select(e => (e.GetAttribute("name")!, e switch
            {
                IHtmlInputElement i => i.Value,
                IHtmlTextAreaElement t => t.Value,
                IHtmlSelectElement s => s.Value ?? "",
                _ => "",
            })),
        ("Command", "save"),
    ];

    [Test]
    public async Task A_new_layer_and_a_component_in_it_are_shown_found_by_search_and_recorded()
    {
        var layer = NewSlug("layer");
        var word = "Zq" + Guid.NewGuid().ToString("N")[..10];
        Assert.That(await AddAsync("/layers/new", LayerFields(layer, ("Name", word + " layer"))), Is.EqualTo($"/layers/{layer}"));
        var form = await PageAsync($"/components/new?layer={layer}");
        Assert.That(((IHtmlSelectElement)form.QuerySelector("#c-layer")!).Value, Is.EqualTo(layer), "?layer= preselects the layer");
        Assert.That(((IHtmlInputElement)form.QuerySelector("#c-order")!).Value, Is.EqualTo("1"), "the first box of an empty layer");
        var component = NewSlug("component");

        Assert.That(await AddAsync("/components/new", ComponentFields(component, ("Layer", layer), ("Name", word + " box"))), Is.EqualTo($"/components/{component}"));

        var page = await PageAsync($"/layers/{layer}");
        Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo(word + " layer"));
        Assert.That(page.QuerySelectorAll($"a[href='/components/{component}']"), Is.Not.Empty);
        Assert.That(page.QuerySelector($"a[href='/layers/{layer}/edit']"), Is.Not.Null, "an editor is offered the edit link");
        Assert.That(page.QuerySelector($"a[href='/changes?kind=layer&key={layer}']"), Is.Not.Null);
        var search = await PageAsync("/search?q=" + word);
        Assert.That(search.QuerySelectorAll($"a[href='/layers/{layer}']"), Is.Not.Empty, "the index took the new layer");
        Assert.That(search.QuerySelectorAll($"a[href='/components/{component}']"), Is.Not.Empty, "and the new component");
        var history = await PageAsync("/changes?kind=component");
        Assert.That(history.QuerySelector("ol.changes li")!.TextContent, Does.Contain($"added the component {word} box"));
        Assert.That(history.QuerySelectorAll("ol.changes li").Select(li => li.TextContent), Has.None.Contains("the layer"), "the kind filter takes the new kinds");
        Assert.That(history.QuerySelectorAll("#c-kind option").Select(o => o.GetAttribute("value")), Is.SupersetOf(new[] { "layer", "component", "pipeline" }));
    }

    [Test]
    public async Task Renaming_a_layer_records_the_field_and_its_components_are_found_under_the_new_name()
    {
        var layer = NewSlug("layer");
        await AddAsync("/layers/new", LayerFields(layer));
        var component = NewSlug("component");
        await AddAsync("/components/new", ComponentFields(component, ("Layer", layer)));
        var word = "Zr" + Guid.NewGuid().ToString("N")[..10];

        await AddAsync($"/layers/{layer}/edit", LayerFields(layer, ("Name", word), ("Version", await VersionAsync($"/layers/{layer}/edit"))));

        var change = await PageAsync($"/changes/{LastChange(layer)}");
        var row = change.QuerySelectorAll("table.field-changes tbody tr").Single();
        Assert.That(row.QuerySelector("th")!.TextContent, Is.EqualTo("name"), "only the field that changed");
        Assert.That(row.QuerySelectorAll("td").Select(td => td.TextContent), Is.EqualTo(new[] { "Layer " + layer, word }));
        var search = await PageAsync("/search?q=" + word);
        Assert.That(search.QuerySelectorAll($"a[href='/components/{component}']"), Is.Not.Empty, "the component's document names its layer afresh");
    }

    [Test]
    public async Task A_new_pipeline_is_drawn_with_its_stages_and_an_edit_reorders_adds_and_removes_them()
    {
        var slug = NewSlug("pipeline");
        await AddAsync("/pipelines/new", PipelineFields(slug));
        Assert.That(Stages(slug), Is.EqualTo("1 Pick: model-registry; 2 Ship: containerization,model-registry"));
        Assert.That(Scalar("SELECT Color FROM Pipelines WHERE Slug = $v", slug), Is.EqualTo("#aa3377"));
        var page = await PageAsync($"/pipelines/{slug}");
        Assert.That(page.QuerySelectorAll("ol.stages > li h2").Select(h => h.TextContent), Is.EqualTo(new[] { "1. Pick", "2. Ship" }));
        Assert.That(page.QuerySelector("figure svg"), Is.Not.Null, "its line is drawn");
        var map = await PageAsync("/pipelines");
        Assert.That(map.QuerySelectorAll($"svg a[href='/pipelines/{slug}']"), Is.Not.Empty, "the transit map is laid out again with the new line");

        var form = await PageAsync($"/pipelines/{slug}/edit");
        Assert.That(form.QuerySelectorAll("input[name$='.Name']"), Has.Length.EqualTo(2 + 3), "the stages and three blank rows");
        var fields = FormFields(form, "pipeline-form").Where(f => !f.Item1.StartsWith("Stages[0]", StringComparison.Ordinal) && f.Item1 != "Stages[1].Components" && f.Item1 != "Stages[2].Name" && f.Item1 != "Stages[2].Components");
        using var response = await PostAsync($"/pipelines/{slug}/edit", [.. fields,
            ("Stages[0].Order", "1"), ("Stages[0].Name", "Pick"), ("Stages[0].Remove", "true"),
            ("Stages[1].Components", "model-registry, containerization"),
            ("Stages[2].Name", "Watch"), ("Stages[2].Components", "drift-detection")]);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found), await response.Content.ReadAsStringAsync());
        Assert.That(Stages(slug), Is.EqualTo("2 Ship: model-registry,containerization; 3 Watch: drift-detection"));
        var change = await PageAsync($"/changes/{LastChange(slug)}");
        var row = change.QuerySelectorAll("table.field-changes tbody tr").Single();
        Assert.That(row.QuerySelectorAll("td").Select(td => td.TextContent), Is.EqualTo(new[]
        {
            "1 Pick: model-registry\n2 Ship: containerization, model-registry",
            "2 Ship: model-registry, containerization\n3 Watch: drift-detection",
        }));
        var drawn = await PageAsync($"/pipelines/{slug}");
        Assert.That(drawn.QuerySelectorAll("ol.stages > li h2").Select(h => h.TextContent), Is.EqualTo(new[] { "2. Ship", "3. Watch" }));
        Assert.That(drawn.QuerySelectorAll("figure svg a[href='/components/drift-detection']"), Is.Not.Empty, "the line runs through its new station");
    }

    [Test]
    public async Task Renaming_a_component_reaches_the_search_documents_of_the_tools_covering_it()
    {
        var component = NewSlug("component");
        await AddAsync("/components/new", ComponentFields(component));
        var tool = NewSlug("tool");
        await AddAsync("/tools/new", [("Slug", tool), ("Name", "Tool " + tool), ("Kind", "open-source"), ("Summary", "Fills a box"),
            ("Coverage[0].Component", component), ("Coverage[0].Level", "full"), ("Command", "save")]);
        var word = "Zs" + Guid.NewGuid().ToString("N")[..10];

        await AddAsync($"/components/{component}/edit", ComponentFields(component, ("Name", word), ("Version", await VersionAsync($"/components/{component}/edit"))));

        var search = await PageAsync("/search?q=" + word);
        Assert.That(search.QuerySelectorAll($"a[href='/components/{component}']"), Is.Not.Empty);
        Assert.That(search.QuerySelectorAll($"a[href='/tools/{tool}']"), Is.Not.Empty, "the tool's document names the component by its new name");
    }

    [TestCase("/layers/new", "Order", "abc", "order", "is not a whole number")]
    [TestCase("/layers/new", "Slug", "new", "slug", "is kept for the page that adds a layer")]
    [TestCase("/layers/new", "Name", "  ", "name", "'name' is empty")]
    [TestCase("/components/new", "Layer", "nowhere", "layer", "unknown layer 'nowhere'")]
    [TestCase("/components/new", "Slug", "Bad Slug", "slug", "is not a valid slug")]
    [TestCase("/pipelines/new", "Color", "red", "color", "is not a colour such as #1f77b4")]
    [TestCase("/pipelines/new", "Stages[1].Components", "containerization, no-such-component", "stages[1]", "unknown component 'no-such-component'")]
    [TestCase("/pipelines/new", "Stages[1].Order", "1", "stages[1]", "duplicate")]
    [TestCase("/pipelines/new", "Slug", "new", "slug", "is kept for the page that adds a pipeline")]
    public async Task A_bad_field_is_refused_beside_the_field_and_nothing_is_stored(string url, string field, string value, string shownAt, string problem)
    {
        var kind = url.Split('/')[1];
        var slug = NewSlug(kind);
        var fields = kind switch { "layers" => LayerFields(slug, (field, value)), "components" => ComponentFields(slug, (field, value)), _ => PipelineFields(slug, (field, value)) };

        using var response = await PostAsync(url, fields);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var page = StackForms.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(page.QuerySelector("#problems")!.TextContent, Does.Contain(shownAt + ": ").And.Contain(problem));
        Assert.That(page.QuerySelectorAll(".field-error").Select(e => e.TextContent), Has.Some.Contains(problem), "the problem sits beside its field");
        Assert.That(((IHtmlTextAreaElement)page.QuerySelector("textarea[name=Summary]")!).Value, Does.EndWith("for " + slug), "the form keeps what was typed");
        var table = kind switch { "layers" => "Layers", "components" => "Components", _ => "Pipelines" };
        Assert.That(Scalar($"SELECT count(*) FROM {table} WHERE Slug = $v OR Slug = 'new'", slug), Is.EqualTo("0"));
    }

    [Test]
    public async Task A_summary_over_the_importers_limit_is_refused_with_the_same_rule()
    {
        using var response = await PostAsync("/layers/new", LayerFields(NewSlug("layer"), ("Summary", new string('x', FieldLimits.Summary + 1))));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problems = StackForms.Parse(await response.Content.ReadAsStringAsync()).QuerySelectorAll("#problems li").Select(li => li.TextContent);
        Assert.That(problems, Is.EqualTo(new[] { "summary: " + FieldLimits.TooLong("summary", FieldLimits.Summary + 1, FieldLimits.Summary) }));
    }

    [Test]
    public async Task A_pipeline_without_stages_is_refused()
    {
        var slug = NewSlug("pipeline");
        using var response = await PostAsync("/pipelines/new", PipelineFields(slug, ("Stages[0].Name", ""), ("Stages[0].Components", ""),
            ("Stages[1].Name", ""), ("Stages[1].Components", "")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(StackForms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#problems")!.TextContent, Does.Contain("stages: give the pipeline at least one stage"));
    }

    [Test]
    public async Task A_slug_taken_already_is_refused_with_409()
    {
        using var response = await PostAsync("/components/new", ComponentFields("model-registry"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(StackForms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#problems")!.TextContent, Does.Contain("exists already"));
        Assert.That(Scalar("SELECT Name FROM Components WHERE Slug = $v", "model-registry"), Is.Not.EqualTo("Component model-registry"));
    }

    [TestCase("/layers/infrastructure", "the component Containerization is in this layer")]
    [TestCase("/layers/model-management", "belongs to this layer")]
    [TestCase("/components/model-registry", "the tool MLflow covers it")]
    [TestCase("/components/model-registry", "concerns it")]
    [TestCase("/components/model-registry", "of the Training / continuous training touches it")]
    [TestCase("/components/model-registry", "uses a tool for it")]
    public async Task What_the_catalog_still_points_at_cannot_be_deleted_and_the_reasons_are_listed(string entity, string reason)
    {
        var confirm = await PageAsync(entity + "/delete");
        Assert.That(confirm.QuerySelector("#problems")!.TextContent, Does.Contain(reason), "the confirmation page says so first");
        Assert.That(confirm.QuerySelector("form[action$='/delete']"), Is.Null, "and offers no delete button");
        var changes = Scalar("SELECT count(*) FROM Changes", "");

        using var response = await PostAsync(entity + "/delete");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(StackForms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#problems")!.TextContent, Does.Contain(reason));
        var (table, slug) = (entity.Split('/')[1] == "layers" ? "Layers" : "Components", entity.Split('/')[2]);
        Assert.That(Scalar($"SELECT count(*) FROM {table} WHERE Slug = $v", slug), Is.EqualTo("1"));
        Assert.That(Scalar("SELECT count(*) FROM Changes", ""), Is.EqualTo(changes));
    }

    [Test]
    public async Task Saving_over_a_newer_version_shows_both_and_overwrites_nothing()
    {
        var slug = NewSlug("pipeline");
        await AddAsync("/pipelines/new", PipelineFields(slug));
        var opened = await VersionAsync($"/pipelines/{slug}/edit");
        await AddAsync($"/pipelines/{slug}/edit", PipelineFields(slug, ("Name", "First save"), ("Version", opened)));

        using var second = await PostAsync($"/pipelines/{slug}/edit", PipelineFields(slug, ("Name", "Second save"), ("Version", opened)));

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var page = StackForms.Parse(await second.Content.ReadAsStringAsync());
        Assert.That(((IHtmlInputElement)page.QuerySelector("#p-name")!).Value, Is.EqualTo("Second save"), "yours, as typed");
        Assert.That(page.QuerySelector(".their-version")!.TextContent, Does.Contain("First save").And.Contain("2 Ship: containerization, model-registry"), "theirs, beside it");
        Assert.That(Scalar("SELECT Name FROM Pipelines WHERE Slug = $v", slug), Is.EqualTo("First save"));
        using var again = await PostAsync($"/pipelines/{slug}/edit", [.. FormFields(page, "pipeline-form")]);
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Found), "saving the form again overwrites knowingly");
        Assert.That(Scalar("SELECT Name FROM Pipelines WHERE Slug = $v", slug), Is.EqualTo("Second save"));
    }

    [Test]
    public async Task A_deleted_component_and_a_deleted_pipeline_come_back_from_their_history()
    {
        var component = NewSlug("component");
        await AddAsync("/components/new", ComponentFields(component, ("Name", "Deleted box")));
        var pipeline = NewSlug("pipeline");
        await AddAsync("/pipelines/new", PipelineFields(pipeline, ("Stages[1].Components", component)));
        using (var refused = await PostAsync($"/components/{component}/delete"))
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a stage still touches it");

        Assert.That(await AddAsync($"/pipelines/{pipeline}/delete", []), Is.EqualTo("/pipelines"));
        Assert.That(await AddAsync($"/components/{component}/delete", []), Is.EqualTo("/layers/model-management"));
        Assert.That(Scalar("SELECT count(*) FROM PipelineStages WHERE PipelineSlug = $v", pipeline), Is.EqualTo("0"), "the stages went with it");

        foreach (var (key, form) in new[] { (component, "component-form"), (pipeline, "pipeline-form") })
        {
            var id = LastChange(key);
            var restore = (await PageAsync($"/changes/{id}")).QuerySelector("a.button")!.GetAttribute("href")!;
            Assert.That(restore, Does.EndWith($"/new?restore={id}"));
            var page = await PageAsync(restore);
            Assert.That(page.QuerySelector(".notice")!.TextContent, Does.Contain($"before change {id} deleted it"));
            await AddAsync(restore.Split('?')[0], FormFields(page, form));
        }

        Assert.That(Scalar("SELECT Name || '|' || LayerSlug FROM Components WHERE Slug = $v", component), Is.EqualTo("Deleted box|model-management"));
        Assert.That(Stages(pipeline), Is.EqualTo($"1 Pick: model-registry; 2 Ship: {component}"));
    }

    [Test]
    public async Task An_earlier_version_of_a_component_is_restored_through_the_form()
    {
        var slug = NewSlug("component");
        await AddAsync("/components/new", ComponentFields(slug, ("Name", "Original box")));
        var created = LastChange(slug);
        await AddAsync($"/components/{slug}/edit", ComponentFields(slug, ("Name", "Vandalised box"), ("Layer", "infrastructure"), ("Version", await VersionAsync($"/components/{slug}/edit"))));

        var url = $"/components/{slug}/edit?restore={created}";
        Assert.That((await PageAsync($"/changes/{created}")).QuerySelector("a.button")!.GetAttribute("href"), Is.EqualTo(url));
        var form = await PageAsync(url);
        Assert.That(((IHtmlInputElement)form.QuerySelector("#c-name")!).Value, Is.EqualTo("Original box"));
        Assert.That(form.QuerySelector(".notice")!.TextContent, Does.Contain($"after change {created}"));
        await AddAsync($"/components/{slug}/edit", FormFields(form, "component-form"));

        Assert.That(Scalar("SELECT Name || '|' || LayerSlug FROM Components WHERE Slug = $v", slug), Is.EqualTo("Original box|model-management"));
    }

    [Test]
    public async Task Edit_links_are_for_editors_only()
    {
        using var anonymous = TestAccounts.AnonymousClient(Site);
        using var contributor = await TestAccounts.SignedInAsAsync(Site, AccountRoles.Contributor);
        foreach (var (page, link) in new[] { ("/layers/infrastructure", "/layers/infrastructure/edit"), ("/components/model-registry", "/components/model-registry/edit"), ("/pipelines/training", "/pipelines/training/edit"), ("/pipelines", "/pipelines/new") })
        {
            Assert.That((await PageAsync(page)).QuerySelector($"a[href='{link}']"), Is.Not.Null, $"an editor on {page}");
            foreach (var client in new[] { anonymous, contributor })
            {
                var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
                Assert.That(StackForms.Parse(html).QuerySelector($"a[href='{link}']"), Is.Null, page);
            }
        }
    }

    [Test]
    public async Task Kb_export_writes_the_edits_into_the_files_and_they_import_again_byte_for_byte()
    {
        var layer = NewSlug("layer");
        await AddAsync("/layers/new", LayerFields(layer, ("Summary", "Quoted, \"with\" commas")));
        var component = NewSlug("component");
        await AddAsync("/components/new", ComponentFields(component, ("Layer", layer), ("Order", "1")));
        var pipeline = NewSlug("pipeline");
        await AddAsync("/pipelines/new", PipelineFields(pipeline, ("Stages[1].Components", $"{component}, model-registry")));
        Assert.That((await Client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the home diagram draws the new layer");

        using var first = new TempDirectory();
        await using (var db = CatalogDatabase.Open(new DataDirectory(Site.DataDir)))
            await CatalogExporter.ExportAsync(db, first.Path);
        var data = Path.Combine(first.Path, "data");
        Assert.That(File.ReadAllText(Path.Combine(data, "layers.csv")), Does.Contain($"{layer},40,Layer {layer},\"Quoted, \"\"with\"\" commas\"\n"));
        Assert.That(File.ReadAllText(Path.Combine(data, "components.csv")), Does.Contain($"{component},{layer},1,Component {component},A box for {component}\n"));
        Assert.That(File.ReadAllText(Path.Combine(data, "pipelines.csv")), Does.Contain($"{pipeline},50,Pipeline {pipeline},#aa3377,A line for {pipeline}\n"));
        Assert.That(File.ReadAllText(Path.Combine(data, "pipeline_stages.csv")), Does.Contain($"{pipeline},1,Pick,model-registry\n{pipeline},2,Ship,{component};model-registry\n"));

        using var second = new TempDirectory();
        var fresh = new DataDirectory(Path.Combine(second.Path, "kb")).Create();
        await using (var db = CatalogDatabase.Open(fresh))
        {
            await CatalogDatabase.MigrateAsync(db);
            Assert.That(await CatalogImporter.ImportFilesAsync(db, data, Path.Combine(first.Path, "literature")), Is.Empty);
            await CatalogExporter.ExportAsync(db, Path.Combine(second.Path, "out"));
        }
        foreach (var file in Directory.GetFiles(data))
            Assert.That(File.ReadAllBytes(Path.Combine(second.Path, "out", "data", Path.GetFileName(file))), Is.EqualTo(File.ReadAllBytes(file)), Path.GetFileName(file));
    }
}
