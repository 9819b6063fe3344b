using KnowledgeBase.Architecture;
using KnowledgeBase.History;
using KnowledgeBase.Interchange;
using KnowledgeBase.Web.Editing;
using KnowledgeBase.Web.ToolCatalog;
using static KnowledgeBase.Web.Editing.FormCells;

namespace KnowledgeBase.Web.Architecture;

/// <summary>A component as its form posts it: the cells of its <c>components.csv</c> row and the version it was opened on.</summary>
public sealed class ComponentForm
{
    public string? Slug { get; set; }
    public string? Layer { get; set; }
    /// <summary>Its place among the layer's boxes, left to right.</summary>
    public string? Order { get; set; }
    public string? Name { get; set; }
    public string? Summary { get; set; }
    public string? Version { get; set; }
    public string? Command { get; set; }

    public static ComponentForm From(Component c) => new()
    {
        Slug = c.Slug, Layer = c.LayerSlug, Order = LayerForm.Number(c.Order), Name = c.Name, Summary = c.Summary, Version = ComponentVersion.Of(c),
    };

    public static ComponentForm FromRecord(string slug, EntityRecord r) =>
        new() { Slug = slug, Layer = r["layer"], Order = r["order"], Name = r["name"], Summary = r["summary"] };

    /// <summary>The component this form stands for, checked by the importer's reader of <c>components.csv</c>.</summary>
    public (Component? Component, FormProblems Problems) Check(IReadOnlyList<Layer> layers)
    {
        var problems = new FormProblems();
        var slug = Cell(Slug);
        ReservedSlugs.Check(slug, "component", problems);
        var row = new ComponentRow { Slug = slug, Layer = Cell(Layer), Order = Cell(Order), Name = Cell(Name), Summary = Cell(Summary) };
        var (component, errors) = CatalogReader.CheckComponent(row, layers);
        Report(problems, errors, Columns);
        return (problems.IsEmpty ? component : null, problems);
    }

    private static readonly string[] Columns = ["slug", "layer", "order", "name", "summary"];
}

public static class ComponentVersion
{
    public static string Of(Component c) => EntityRecords.Of(c).Fingerprint();
}
