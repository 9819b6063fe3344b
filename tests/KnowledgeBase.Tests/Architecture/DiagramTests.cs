using KnowledgeBase.Architecture;
using KnowledgeBase.Tools;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Architecture;

/// <summary>
/// Golden files for the SVG generators on a small fixed catalog. After an intended change, run the tests with
/// KB_UPDATE_GOLDEN=1 and review the diff of the .svg files.
/// </summary>
public class DiagramTests
{
    private static readonly ArchitectureMap Map = new(
    [
        new MapLayer("infrastructure", "Infrastructure", 1,
        [
            new MapComponent("containers", "Containerization", "infrastructure", 2, 1),
            new MapComponent("orchestration", "Container orchestration with a long name", "infrastructure", 1, 1),
        ]),
        new MapLayer("model-management", "Model management", 2,
        [
            new MapComponent("model-registry", "Model registry", "model-management", 0, 0),
        ]),
    ]);

    private static void Golden(string name, string actual)
    {
        var path = Path.Combine(Repository.Root, "tests", "KnowledgeBase.Tests", "Architecture", "golden", name);
        if (Environment.GetEnvironmentVariable("KB_UPDATE_GOLDEN") == "1")
            File.WriteAllText(path, actual);
        Assert.That(File.Exists(path), $"golden file {name} is missing; run with KB_UPDATE_GOLDEN=1");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(path)));
    }

    [Test]
    public void The_architecture_diagram_draws_layers_bottom_up_with_tool_counts() =>
        Golden("architecture.svg", ArchitectureDiagram.Render(Map, "Small <catalog>"));

    [Test]
    public void A_highlighted_diagram_marks_full_partial_and_uncovered_components() =>
        Golden("architecture-highlight.svg", ArchitectureDiagram.Render(Map, "What a tool covers",
            new DiagramMarks(new Dictionary<string, CoverageLevel> { ["containers"] = CoverageLevel.Full, ["model-registry"] = CoverageLevel.Partial }, ShowToolCounts: false)));

    [Test]
    public void Labels_are_wrapped_and_escaped()
    {
        var svg = ArchitectureDiagram.Render(Map, "A <b> & c");
        Assert.That(svg, Does.Contain("<title id=\"arch-title\">A &lt;b&gt; &amp; c</title>"));
        Assert.That(svg, Does.Contain(">Container<").Or.Contain(">Container orchestration<"));
        Assert.That(svg, Does.Not.Contain("<b>"));
    }
}
