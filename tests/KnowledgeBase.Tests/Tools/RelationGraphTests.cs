using System.Xml.Linq;
using KnowledgeBase.Tools;

namespace KnowledgeBase.Tests.Tools;

public class RelationGraphTests
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    private static ToolNeighbourhood Around(int count, ToolRelationKind kind = ToolRelationKind.IntegratesWith) =>
        new("centre", "Centre & <Co>", ToolNeighbourhood.Order(Enumerable.Range(1, count)
            .Select(i => new RelatedTool($"tool-{i:00}", $"Tool \"{i:00}\" & sons", kind, FromOtherEnd: i % 2 == 0, null, null))));

    [Test]
    public void The_graph_is_well_formed_xml_even_when_names_hold_markup_characters()
    {
        var svg = XDocument.Parse(RelationGraph.Render(Around(3)));
        Assert.That(svg.Root!.Name, Is.EqualTo(Ns + "svg"));
        Assert.That(svg.Root.Element(Ns + "title")!.Value, Is.EqualTo("Centre & <Co> and the tools related to it"));
        Assert.That(svg.Descendants(Ns + "a").Select(a => a.Element(Ns + "title")!.Value),
            Is.EquivalentTo(new[] { "Tool \"01\" & sons", "Tool \"02\" & sons", "Tool \"03\" & sons" }));
        Assert.That(svg.Descendants(Ns + "line").Count(), Is.EqualTo(3));
    }

    [Test]
    public void Only_directed_relations_carry_an_arrow()
    {
        var symmetric = XDocument.Parse(RelationGraph.Render(Around(2, ToolRelationKind.AlternativeTo)));
        var directed = XDocument.Parse(RelationGraph.Render(Around(2, ToolRelationKind.PartOf)));
        Assert.That(symmetric.Descendants(Ns + "line").Select(l => l.Attribute("marker-end")), Has.All.Null);
        Assert.That(directed.Descendants(Ns + "line").Select(l => (string?)l.Attribute("marker-end")), Has.All.EqualTo("url(#relation-arrow)"));
    }

    [Test]
    public void A_crowded_neighbourhood_draws_the_first_nodes_and_says_the_list_has_the_rest()
    {
        var svg = XDocument.Parse(RelationGraph.Render(Around(RelationGraph.MaxNodes + 7)));
        Assert.That(svg.Descendants(Ns + "a").Count(), Is.EqualTo(RelationGraph.MaxNodes));
        Assert.That(svg.Root!.Element(Ns + "desc")!.Value, Does.Contain($"first {RelationGraph.MaxNodes} of {RelationGraph.MaxNodes + 7}"));
    }

    [Test]
    public void Relations_are_listed_belonging_first_then_integrations_then_alternatives()
    {
        var ordered = ToolNeighbourhood.Order([
            new RelatedTool("b", "B", ToolRelationKind.AlternativeTo, false, null, null),
            new RelatedTool("c", "C", ToolRelationKind.IntegratesWith, false, null, null),
            new RelatedTool("a", "A", ToolRelationKind.PartOf, true, null, null),
            new RelatedTool("d", "D", ToolRelationKind.PartOf, false, null, null),
        ]);
        Assert.That(ordered.Select(r => r.Heading), Is.EqualTo(new[] { "Part of", "Has parts", "Integrates with", "Alternatives" }));
    }
}
