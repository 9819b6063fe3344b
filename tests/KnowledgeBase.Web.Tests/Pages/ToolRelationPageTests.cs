using System.Net;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Pages;

/// <summary>The "Related tools" section of tool pages, over HTTP against the site with the shipped catalog.</summary>
public class ToolRelationPageTests : SiteSession
{
    private async Task<IHtmlDocument> ToolPageAsync(string slug)
    {
        var response = await Client.GetAsync(new Uri("/tools/" + slug, UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), slug);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The tools listed under one heading of the section, by their link targets.</summary>
    private static List<string> Listed(IHtmlDocument page, string heading)
    {
        var title = page.QuerySelectorAll("section.related-tools h3").SingleOrDefault(h => h.TextContent.Trim().StartsWith(heading + " (", StringComparison.Ordinal));
        Assert.That(title, Is.Not.Null, $"no heading '{heading}' among: {string.Join(" | ", page.QuerySelectorAll("section.related-tools h3").Select(h => h.TextContent.Trim()))}");
        return title!.NextElementSibling!.QuerySelectorAll("li > a:first-child").Select(a => a.GetAttribute("href")!).ToList();
    }

    [Test]
    public async Task A_symmetric_relation_stored_once_shows_on_both_tools_pages()
    {
        // Stored as "knative-serving,integrates-with,kserve": slug order puts Knative first.
        Assert.That(Listed(await ToolPageAsync("knative-serving"), "Integrates with"), Does.Contain("/tools/kserve"));
        Assert.That(Listed(await ToolPageAsync("kserve"), "Integrates with"), Does.Contain("/tools/knative-serving"));
        Assert.That(Listed(await ToolPageAsync("seldon-core"), "Alternatives"), Does.Contain("/tools/kserve"));
    }

    [Test]
    public async Task A_directed_relation_reads_forwards_from_the_tool_and_backwards_from_the_other()
    {
        Assert.That(Listed(await ToolPageAsync("katib"), "Part of"), Is.EqualTo(new[] { "/tools/kubeflow" }));
        Assert.That(Listed(await ToolPageAsync("kubeflow"), "Has parts"), Is.SupersetOf(new[] { "/tools/katib", "/tools/kubeflow-trainer" }));
        Assert.That(Listed(await ToolPageAsync("tecton"), "Acquired by"), Is.EqualTo(new[] { "/tools/databricks" }));
        Assert.That(Listed(await ToolPageAsync("databricks"), "Acquired"), Does.Contain("/tools/tecton"));
    }

    [Test]
    public async Task An_integration_links_its_evidence_and_says_how()
    {
        var page = await ToolPageAsync("feast");
        var item = page.QuerySelectorAll("section.related-tools li").Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/tools/snowflake");
        Assert.That(item.TextContent, Does.Contain("offline and online store"));
        Assert.That(item.QuerySelector("a.evidence")!.GetAttribute("href"), Is.EqualTo("https://docs.feast.dev/reference/offline-stores/snowflake"));
    }

    [Test]
    public async Task The_graph_is_well_formed_svg_with_a_title_and_one_node_per_related_tool()
    {
        var page = await ToolPageAsync("kserve");
        var svg = page.QuerySelector("section.related-tools svg.relation-graph");
        Assert.That(svg, Is.Not.Null);
        var xml = XDocument.Parse(svg!.OuterHtml);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.That(xml.Root!.Element(ns + "title")!.Value, Is.EqualTo("KServe and the tools related to it"));
        var listed = page.QuerySelectorAll("section.related-tools li > a:first-child").Select(a => a.GetAttribute("href")).ToList();
        var drawn = xml.Descendants(ns + "a").Select(a => (string?)a.Attribute("href")).ToList();
        Assert.That(drawn, Is.Not.Empty);
        Assert.That(drawn, Is.EqualTo(listed.Take(drawn.Count)), "the picture draws the list, in its order");
        Assert.That(xml.Descendants(ns + "a").All(a => (string?)a.Attribute("tabindex") == "-1"), "the list, not the picture, takes keyboard focus");
    }

    [Test]
    public async Task A_tool_without_relations_says_so_and_draws_nothing()
    {
        var related = File.ReadAllLines(Path.Combine(Repository.Data, "tool_relations.csv")).Skip(1)
            .SelectMany(l => l.Split(',').Take(3).Where((_, i) => i != 1)).ToHashSet();
        var lonely = File.ReadAllLines(Path.Combine(Repository.Data, "tools.csv")).Skip(1).Select(l => l.Split(',')[0]).First(s => !related.Contains(s));
        var page = await ToolPageAsync(lonely);
        Assert.That(page.QuerySelector("section.related-tools")!.TextContent, Does.Contain("records no integrations"));
        Assert.That(page.QuerySelector("svg.relation-graph"), Is.Null);
    }
}
