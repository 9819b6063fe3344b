using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Pages;

/// <summary>Every route of the site over HTTP, against the shipped catalog imported on first start.</summary>
public class PageTests : SiteSession
{
    private async Task<IHtmlDocument> PageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(expected), url);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    [TestCase("/", "MLOps reference architecture")]
    [TestCase("/layers", "Layers")]
    [TestCase("/layers/deployment-serving", "Deployment & serving layer")]
    [TestCase("/components/feature-store", "Feature store")]
    [TestCase("/pipelines", "Pipelines")]
    [TestCase("/pipelines/training", "Training / continuous training")]
    [TestCase("/tools", "Tools")]
    [TestCase("/tools/mlflow", "MLflow")]
    [TestCase("/tools/compare?t=mlflow&t=kubeflow", "Compare MLflow, Kubeflow")]
    [TestCase("/matrix", "Coverage matrix")]
    [TestCase("/requirements", "Requirements")]
    [TestCase("/requirements/MOD-01", "MOD-01 Model registry with lifecycle stages")]
    [TestCase("/sources", "Sources")]
    [TestCase("/sources/kreuzberger-2023-mlops-overview", "Kreuzberger et al. 2023: MLOps overview")]
    [TestCase("/stats", "Stats")]
    public async Task Every_page_answers_with_a_title_that_names_it(string url, string title)
    {
        Assert.That(title, Is.Not.Empty, "an empty expectation would pass on any title");
        var page = await PageAsync(url);
        Assert.That(page.Title, Is.EqualTo(title + " · KnowledgeBase"));
        Assert.That(page.QuerySelector("main h1"), Is.Not.Null);
        Assert.That(page.QuerySelector("header nav"), Is.Not.Null);
    }

    [TestCase("/layers/nope")]
    [TestCase("/components/nope")]
    [TestCase("/pipelines/nope")]
    [TestCase("/tools/nope")]
    [TestCase("/requirements/XYZ-99")]
    [TestCase("/sources/nope")]
    [TestCase("/sources/nope.bib")]
    public async Task An_unknown_slug_is_a_helpful_404(string url)
    {
        var page = await PageAsync(url, HttpStatusCode.NotFound);
        Assert.That(page.QuerySelector("h1")!.TextContent, Does.Contain("could not find"));
    }

    [Test]
    public async Task The_home_diagram_links_every_component_with_its_tool_count()
    {
        var page = await PageAsync("/");
        var boxes = page.QuerySelectorAll("svg.architecture a.box");
        Assert.That(boxes, Has.Length.EqualTo(File.ReadAllLines(Path.Combine(Repository.Data, "components.csv")).Length - 1));
        var registry = boxes.Single(b => b.GetAttribute("href") == "/components/model-registry");
        Assert.That(registry.TextContent, Does.Match(@"Model registry\d+ tools"));
    }

    [Test]
    public async Task A_layer_lists_full_coverage_before_partial()
    {
        var page = await PageAsync("/layers/model-management");
        var levels = page.QuerySelectorAll("#model-registry .tool-list .badge[class*=level]").Select(b => b.TextContent).ToList();
        Assert.That(levels, Is.Not.Empty);
        Assert.That(levels, Is.EqualTo(levels.OrderBy(l => l == "full" ? 0 : 1).ToList()));
    }

    [Test]
    public async Task The_mlflow_page_marks_tracking_and_registry_full_and_serving_partial()
    {
        var page = await PageAsync("/tools/mlflow");
        string State(string component) => page.QuerySelector($"svg.architecture a[href='/components/{component}']")!.ClassList.Last();
        Assert.That(State("experiment-tracking"), Is.EqualTo("full"));
        Assert.That(State("model-registry"), Is.EqualTo("full"));
        Assert.That(State("model-serving"), Is.EqualTo("partial"));
        Assert.That(State("feature-store"), Is.EqualTo("none"));
    }

    [Test]
    public async Task Tool_filters_combine_and_show_counts()
    {
        var page = await PageAsync("/tools?layer=deployment-serving&kind=open-source");
        var names = page.QuerySelectorAll(".tool-cards h2 a").Select(a => a.TextContent).ToList();
        Assert.That(names, Does.Contain("KServe").And.Not.Contain("Amazon SageMaker AI"));
        var selected = page.QuerySelectorAll(".facets a.selected").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(selected, Has.Count.EqualTo(2));
        var empty = await PageAsync("/tools?tag=no-such-tag");
        Assert.That(empty.QuerySelector(".empty")!.TextContent, Does.Contain("No tool matches"));
    }

    [Test]
    public async Task The_matrix_csv_holds_exactly_what_the_page_shows()
    {
        var page = await PageAsync("/matrix?layer=model-management");
        var rows = page.QuerySelectorAll("table.matrix tbody tr").Length;
        var columns = page.QuerySelectorAll("table.matrix thead tr:nth-child(2) th.rot").Length;
        var csv = await Client.GetStringAsync(new Uri("/matrix.csv?layer=model-management", UriKind.Relative));
        var lines = csv.TrimEnd('\n').Split('\n');
        Assert.That(lines, Has.Length.EqualTo(rows + 1));
        Assert.That(lines[0].Split(','), Has.Length.EqualTo(columns + 1));
        Assert.That(lines[0], Is.EqualTo("tool,model-registry,model-packaging,artifact-repository,prompt-registry"));
        Assert.That(lines.Single(l => l.StartsWith("mlflow,", StringComparison.Ordinal)), Does.StartWith("mlflow,full"));
    }

    [Test]
    public async Task A_requirement_shows_its_trace_from_sources_to_tools()
    {
        var page = await PageAsync("/requirements/MOD-01");
        var trace = page.QuerySelector("ol.trace")!;
        Assert.That(trace.QuerySelectorAll("a[href^='/sources/']"), Is.Not.Empty);
        Assert.That(trace.QuerySelectorAll("a[href^='/components/']"), Is.Not.Empty);
        Assert.That(trace.QuerySelectorAll("a[href^='/tools/']"), Is.Not.Empty);
    }

    [Test]
    public async Task Requirement_filters_narrow_the_list()
    {
        var all = (await PageAsync("/requirements")).QuerySelectorAll("table.requirements tbody tr").Length;
        var must = (await PageAsync("/requirements?priority=must&layer=model-management")).QuerySelectorAll("table.requirements tbody tr");
        Assert.That(must.Length, Is.GreaterThan(0).And.LessThan(all));
        Assert.That(must.All(r => r.TextContent.Contains("must", StringComparison.Ordinal)));
    }

    [Test]
    public async Task A_source_page_renders_the_note_links_identifiers_and_offers_bibtex()
    {
        var page = await PageAsync("/sources/kreuzberger-2023-mlops-overview");
        Assert.That(page.QuerySelector(".note h2"), Is.Not.Null);
        Assert.That(page.QuerySelectorAll("a[href^='https://doi.org/10.']"), Is.Not.Empty);
        Assert.That(page.QuerySelector("pre.bibtex")!.TextContent, Does.StartWith("@article{kreuzberger-2023-mlops-overview,"));
        var bib = await Client.GetStringAsync(new Uri("/sources.bib", UriKind.Relative));
        Assert.That(bib.Split("\n@").Length, Is.EqualTo(Directory.GetFiles(Repository.Literature, "*.md").Length));
    }

    [Test]
    public async Task Sources_filter_by_kind_and_sort_by_year()
    {
        var page = await PageAsync("/sources?kind=book&sort=year");
        var items = page.QuerySelectorAll(".source-list li");
        Assert.That(items, Is.Not.Empty);
        Assert.That(items.All(i => i.TextContent.Contains("book", StringComparison.Ordinal)));
    }

    [Test]
    public async Task The_transit_map_draws_each_pipeline_and_marks_interchanges()
    {
        var page = await PageAsync("/pipelines");
        Assert.That(page.QuerySelectorAll("svg.transit a.line polyline"), Has.Length.EqualTo(File.ReadAllLines(Path.Combine(Repository.Data, "pipelines.csv")).Length - 1));
        Assert.That(page.QuerySelectorAll("svg.transit a.interchange"), Is.Not.Empty);
    }

    [Test]
    public async Task Compare_reports_unknown_tools_instead_of_failing()
    {
        var page = await PageAsync("/tools/compare?t=mlflow&t=%3Cscript%3E");
        Assert.That(page.QuerySelector(".notice")!.TextContent, Does.Contain("Unknown tools were left out: <script>"));
        Assert.That(page.QuerySelectorAll("script"), Is.Empty);
    }

    [TestCase("/")]
    [TestCase("/layers")]
    [TestCase("/layers/data-management")]
    [TestCase("/components/model-serving")]
    [TestCase("/pipelines")]
    [TestCase("/pipelines/training")]
    [TestCase("/tools")]
    [TestCase("/tools/amazon-sagemaker")]
    [TestCase("/tools/minio")]
    [TestCase("/tools?maintained=1")]
    [TestCase("/stacks/aws-managed")]
    [TestCase("/tools/compare?t=mlflow&t=kubeflow&t=bentoml")]
    [TestCase("/matrix")]
    [TestCase("/requirements")]
    [TestCase("/requirements/MON-01")]
    [TestCase("/sources")]
    [TestCase("/sources/kreuzberger-2023-mlops-overview")]
    [TestCase("/stats")]
    public async Task A_page_issues_a_fixed_small_number_of_queries_not_one_per_row(string url)
    {
        await PageAsync(url); // warm: the first request also waits for the first-start import
        // A query key of its own makes this request miss the page cache, so it is rendered from SQLite again.
        var uncached = url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "uncached=" + Guid.NewGuid().ToString("N");
        Site.Sql.Reset();
        await PageAsync(uncached);
        // Fixed, not per row: a stack page reads the gap catalog's slice (layers, components, coverage, tools with
        // their maintenance, integrations, pipelines, stages, stations, requirements, concerns) once each.
        Assert.That(Site.Sql.Count, Is.InRange(1, 14), $"{url} ran {Site.Sql.Count} SQL commands");
    }

    [Test]
    public async Task The_stylesheet_is_served()
    {
        var response = await Client.GetAsync(new Uri("/css/site.css", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
