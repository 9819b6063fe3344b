using System.Text;
using KnowledgeBase.Architecture;
using KnowledgeBase.Interchange;

namespace KnowledgeBase.Tools;

/// <summary>
/// A tool and its neighbours as a small SVG: the tool in the middle, related tools on an ellipse around it, one line
/// per relation styled by its kind, an arrow for the directed kinds. It is a picture of the list beside it, which is
/// the text alternative, so the nodes' links are left out of the tab order (keyboard users get them once, in the list).
/// </summary>
public static class RelationGraph
{
    /// <summary>More neighbours than this would crowd the ellipse; the list still names them all.</summary>
    public const int MaxNodes = 20;

    private const double Width = 760, Height = 440, NodeWidth = 150, NodeHeight = 30;
    private const double CenterX = Width / 2, CenterY = Height / 2, RadiusX = Width / 2 - NodeWidth / 2 - 6, RadiusY = Height / 2 - NodeHeight / 2 - 6;

    public static string Render(ToolNeighbourhood neighbourhood)
    {
        var shown = neighbourhood.Related.Take(MaxNodes).ToList();
        var title = $"{neighbourhood.Name} and the tools related to it";
        var desc = shown.Count == neighbourhood.Related.Count
            ? $"{shown.Count} related tools; the list beside the picture names each relation."
            : $"The first {shown.Count} of {neighbourhood.Related.Count} related tools; the list beside the picture names them all.";

        var b = new StringBuilder();
        b.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"relation-graph\" viewBox=\"0 0 {Svg.N(Width)} {Svg.N(Height)}\" role=\"img\" aria-labelledby=\"relations-title relations-desc\">");
        b.Append($"<title id=\"relations-title\">{Svg.Text(title)}</title><desc id=\"relations-desc\">{Svg.Text(desc)}</desc>");
        b.Append("<defs><marker id=\"relation-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>");

        var places = shown.Select((r, i) => (Related: r, X: CenterX + RadiusX * Math.Cos(Angle(i, shown.Count)), Y: CenterY + RadiusY * Math.Sin(Angle(i, shown.Count)))).ToList();
        foreach (var (related, x, y) in places)
            Edge(b, related, x, y);
        Node(b, neighbourhood.Name, neighbourhood.Slug, CenterX, CenterY, "self", link: false);
        foreach (var (related, x, y) in places)
            Node(b, related.Name, related.Slug, x, y, "kind-" + EnumText.Format(related.Kind), link: true);
        return b.Append("</svg>").ToString();
    }

    /// <summary>Clockwise from the top, evenly spaced.</summary>
    private static double Angle(int i, int count) => -Math.PI / 2 + 2 * Math.PI * i / Math.Max(1, count);

    private static void Edge(StringBuilder b, RelatedTool related, double x, double y)
    {
        // Read "tool kind other": the arrow points at the other end, which is the middle box when seen from there.
        var (fromX, fromY, toX, toY) = related.FromOtherEnd ? (x, y, CenterX, CenterY) : (CenterX, CenterY, x, y);
        double dx = toX - fromX, dy = toY - fromY;
        var length = Math.Sqrt(dx * dx + dy * dy);
        // Both boxes have the same size, so the line leaves one border and meets the other at the same fraction;
        // a few pixels more at the head keep the arrow clear of the box.
        var border = Math.Min(dx == 0 ? 1 : NodeWidth / 2 / Math.Abs(dx), dy == 0 ? 1 : NodeHeight / 2 / Math.Abs(dy));
        var head = border + 4 / Math.Max(length, 1);
        var marker = related.Kind.IsSymmetric() ? "" : " marker-end=\"url(#relation-arrow)\"";
        b.Append($"<line class=\"edge kind-{EnumText.Format(related.Kind)}\" x1=\"{Svg.N(fromX + dx * border)}\" y1=\"{Svg.N(fromY + dy * border)}\" " +
                 $"x2=\"{Svg.N(toX - dx * head)}\" y2=\"{Svg.N(toY - dy * head)}\"{marker}/>");
    }

    private static void Node(StringBuilder b, string name, string slug, double x, double y, string kind, bool link)
    {
        var label = Svg.Wrap(name, 19, 1)[0];
        var shape = $"<rect x=\"{Svg.N(x - NodeWidth / 2)}\" y=\"{Svg.N(y - NodeHeight / 2)}\" width=\"{Svg.N(NodeWidth)}\" height=\"{Svg.N(NodeHeight)}\" rx=\"15\"/>" +
                    $"<text x=\"{Svg.N(x)}\" y=\"{Svg.N(y + 4)}\">{Svg.Text(label)}</text>";
        b.Append(link
            ? $"<a href=\"/tools/{slug}\" class=\"node {kind}\" tabindex=\"-1\"><title>{Svg.Text(name)}</title>{shape}</a>"
            : $"<g class=\"node {kind}\">{shape}</g>");
    }
}
