using KnowledgeBase.Architecture;
using KnowledgeBase.History;
using KnowledgeBase.Interchange;
using KnowledgeBase.Web.Editing;
using KnowledgeBase.Web.ToolCatalog;
using static KnowledgeBase.Web.Editing.FormCells;

namespace KnowledgeBase.Web.Architecture;

/// <summary>A layer as its form posts it: the cells of its <c>layers.csv</c> row and the version the form was opened on.</summary>
public sealed class LayerForm
{
    public string? Slug { get; set; }
    /// <summary>Its band, counted from the bottom; text, so that the importer's rule reports what was typed.</summary>
    public string? Order { get; set; }
    public string? Name { get; set; }
    public string? Summary { get; set; }
    public string? Version { get; set; }
    public string? Command { get; set; }

    public static LayerForm From(Layer l) => new()
    {
        Slug = l.Slug, Order = Number(l.Order), Name = l.Name, Summary = l.Summary, Version = LayerVersion.Of(l),
    };

    public static LayerForm FromRecord(string slug, EntityRecord r) => new() { Slug = slug, Order = r["order"], Name = r["name"], Summary = r["summary"] };

    /// <summary>The layer this form stands for, checked by the importer's reader of <c>layers.csv</c>.</summary>
    public (Layer? Layer, FormProblems Problems) Check()
    {
        var problems = new FormProblems();
        var slug = Cell(Slug);
        ReservedSlugs.Check(slug, "layer", problems);
        var (layer, errors) = CatalogReader.CheckLayer(new LayerRow { Slug = slug, Order = Cell(Order), Name = Cell(Name), Summary = Cell(Summary) });
        Report(problems, errors, Columns);
        return (problems.IsEmpty ? layer : null, problems);
    }

    private static readonly string[] Columns = ["slug", "order", "name", "summary"];

    internal static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public static class LayerVersion
{
    public static string Of(Layer l) => EntityRecords.Of(l).Fingerprint();
}
