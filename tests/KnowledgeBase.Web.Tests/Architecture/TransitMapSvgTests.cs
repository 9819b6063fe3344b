using KnowledgeBase.Architecture.Transit;
using KnowledgeBase.Tools;
using KnowledgeBase.Web.Architecture;

namespace KnowledgeBase.Web.Tests.Architecture;

/// <summary>
/// Golden SVGs of the transit map: the shipped catalog and a small hand-made one, plain, with a tool's coverage and
/// with two subjects compared. The files pin the layout, so a change to the data or the layout shows up as a diff.
/// To re-bless them after an intended change, run
/// <c>KB_UPDATE_GOLDEN=1 dotnet test tests/KnowledgeBase.Web.Tests --filter "FullyQualifiedName~TransitMapSvgTests"</c>
/// and review the diff of <c>tests/KnowledgeBase.Web.Tests/Architecture/golden/*.svg</c> (open them in a browser).
/// </summary>
public class TransitMapSvgTests
{
    private static readonly TransitMapLayout Small = TransitLayout.Compute(SmallNetwork.Zones, SmallNetwork.Stops, SmallNetwork.Lines);

    private static readonly CoverageSubject Serving = new("tool", "kserve", "KServe",
        new Dictionary<string, CoverageLevel> { ["serving"] = CoverageLevel.Full, ["registry"] = CoverageLevel.Partial });

    private static readonly CoverageSubject Pipeline = new("tool", "kubeflow", "Kubeflow",
        new Dictionary<string, CoverageLevel> { ["serving"] = CoverageLevel.Full, ["train"] = CoverageLevel.Full, ["features"] = CoverageLevel.Partial });

    private static void Golden(string name, string actual)
    {
        var path = Path.Combine(Repository.Root, "tests", "KnowledgeBase.Web.Tests", "Architecture", "golden", name);
        if (Environment.GetEnvironmentVariable("KB_UPDATE_GOLDEN") == "1")
            File.WriteAllText(path, actual);
        Assert.That(File.Exists(path), $"golden file {name} is missing; run with KB_UPDATE_GOLDEN=1");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(path)), $"{name} changed; if that was intended, re-bless it (see the class comment)");
    }

    [Test]
    public void The_shipped_catalog_draws_as_pinned() =>
        Golden("transit-shipped.svg", TransitMapSvg.Render(ShippedCatalog.Network().Layout(), "The shipped pipelines",
            download: new TransitDownload("Pipelines of the shipped catalog as of 2026-12-01.")));

    [Test]
    public void A_small_catalog_draws_as_pinned() =>
        Golden("transit-small.svg", TransitMapSvg.Render(Small, "Four <lines> & three zones"));

    [Test]
    public void A_tool_overlay_draws_as_pinned() =>
        Golden("transit-small-tool.svg", TransitMapSvg.Render(Small, "What KServe covers", new TransitMarks(Serving)));

    [Test]
    public void A_comparison_draws_as_pinned() =>
        Golden("transit-small-compare.svg", TransitMapSvg.Render(Small, "KServe and Kubeflow", new TransitMarks(Serving, Pipeline),
            new TransitDownload("Small catalog as of 2026-12-01.")));

    [Test]
    public void Every_station_links_to_its_component_and_every_line_to_its_pipeline()
    {
        var svg = TransitMapSvg.Render(Small, "t");
        foreach (var station in Small.Stations) Assert.That(svg, Does.Contain($"<a href=\"/components/{station.Slug}\" class=\"station"));
        foreach (var line in Small.Lines) Assert.That(svg, Does.Contain($"<a href=\"/pipelines/{line.Slug}\" class=\"line\""));
        Assert.That(svg, Does.Contain("Four &lt;lines&gt; &amp; three zones").Or.Contain("<title id=\"transit-title\">t</title>"));
    }

    [Test]
    public void Stations_say_what_the_overlay_found_in_words()
    {
        var svg = TransitMapSvg.Render(Small, "t", new TransitMarks(Serving, Pipeline));
        Assert.That(svg, Does.Contain("aria-label=\"Model serving, interchange of Deployment, Inference: covered by both KServe and Kubeflow\""));
        Assert.That(svg, Does.Contain("aria-label=\"Model registry, interchange of Training, Deployment: covered only by KServe\""));
        Assert.That(svg, Does.Contain("aria-label=\"Training, on the Training: covered only by Kubeflow\""));
        Assert.That(svg, Does.Contain("aria-label=\"Data lake, on the Data: covered by neither\""));
    }
}
