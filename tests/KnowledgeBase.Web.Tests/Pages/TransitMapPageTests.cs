using System.Net;
using KnowledgeBase.Web.Tests.Stacks;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Pages;

/// <summary>The transit map page on the real site: overlays of a tool, a stack and a comparison, the text map, the SVG file.</summary>
public class TransitMapPageTests : SiteSession
{
    private async Task<(HttpStatusCode, string)> GetAsync(string url)
    {
        var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task The_map_and_its_text_list_name_every_station_once_per_line()
    {
        var (status, html) = await GetAsync("/pipelines");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var page = StackForms.Parse(html);
        var stations = page.QuerySelectorAll("svg.transit a.station").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(stations, Is.Unique.And.Not.Empty);
        var listed = page.QuerySelectorAll(".transit-text .stations a").Select(a => a.GetAttribute("href")).Distinct().OrderBy(h => h).ToList();
        Assert.That(listed, Is.EqualTo(stations.OrderBy(h => h).ToList()));
        Assert.That(page.QuerySelector("a[href='/pipelines.svg'][download]"), Is.Not.Null);
    }

    [Test]
    public async Task A_tool_overlay_marks_stations_and_says_the_share_of_each_line()
    {
        var (status, html) = await GetAsync("/pipelines?tool=kubeflow");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var page = StackForms.Parse(html);
        Assert.That(page.QuerySelectorAll(".transit-text .share").Select(p => p.TextContent), Has.Some.Match(@"^Kubeflow covers \d+ of \d+ stations of the Training / continuous training line"));
        Assert.That(page.QuerySelectorAll("svg.transit a.station").Select(a => a.GetAttribute("aria-label")), Has.Some.EndsWith(": fully covered").And.Some.EndsWith(": not covered"));
        Assert.That(page.QuerySelector("a[href='/pipelines.svg?tool=kubeflow']"), Is.Not.Null);
    }

    [Test]
    public async Task A_stack_overlay_and_a_comparison_draw_on_the_same_map()
    {
        var (stack, stackHtml) = await GetAsync("/pipelines?stack=aws-managed");
        Assert.That(stack, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(stackHtml, Does.Contain("covers"));
        var (compare, compareHtml) = await GetAsync("/pipelines?compare=kubeflow,aws-managed");
        Assert.That(compare, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(compareHtml, Does.Contain("covered only by Kubeflow").Or.Contain("covered only by Managed AWS"));
    }

    [TestCase("/pipelines?tool=no-such-tool")]
    [TestCase("/pipelines?stack=no-such-stack")]
    [TestCase("/pipelines?compare=kubeflow,no-such-thing")]
    [TestCase("/pipelines.svg?tool=no-such-tool")]
    public async Task An_unknown_slug_is_a_404_page(string url) =>
        Assert.That((await GetAsync(url)).Item1, Is.EqualTo(HttpStatusCode.NotFound));

    [TestCase("/pipelines?compare=kubeflow")]
    [TestCase("/pipelines?tool=kubeflow&stack=aws-managed")]
    public async Task A_question_the_map_cannot_answer_is_a_400(string url) =>
        Assert.That((await GetAsync(url)).Item1, Is.EqualTo(HttpStatusCode.BadRequest));

    [Test]
    public async Task The_svg_file_carries_its_legend_and_a_caption_with_the_catalog_and_date()
    {
        var response = await Client.GetAsync(new Uri("/pipelines.svg?tool=kubeflow", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/svg+xml"));
        var svg = await response.Content.ReadAsStringAsync();
        Assert.That(svg, Does.StartWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        Assert.That(svg, Does.Match(@"KnowledgeBase MLOps reference-architecture catalog as of \d{4}-\d\d-\d\d, showing what Kubeflow covers"));
        Assert.That(svg, Does.Contain("Training / continuous training</text>"), "the legend names the lines");
        Assert.That((await GetAsync("/pipelines?format=svg")).Item2, Does.StartWith("<svg"));
    }
}
