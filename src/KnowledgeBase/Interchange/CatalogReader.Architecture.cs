using KnowledgeBase.Architecture;

namespace KnowledgeBase.Interchange;

// The site's forms for the architecture itself: each entity written as its table would hold it and read back with
// the importer's own checks, so a form obeys exactly the rules and length limits of the files. The entity's row is
// on line 2 of its table; stage i of a pipeline on line i + 2 of pipeline_stages.csv.
public sealed partial class CatalogReader
{
    public static (Layer? Layer, IReadOnlyList<ImportError> Errors) CheckLayer(LayerRow row)
    {
        var reader = ForTables(new() { ["layers.csv"] = Text<LayerRow, LayerMap>([row]) });
        reader.ReadLayers();
        return (reader.OnlyValid(reader._catalog.Layers), reader._errors);
    }

    public static (Component? Component, IReadOnlyList<ImportError> Errors) CheckComponent(ComponentRow row, IReadOnlyList<Layer> layers)
    {
        var reader = ForTables(new() { ["components.csv"] = Text<ComponentRow, ComponentMap>([row]) });
        reader.ReadComponents(layers.ToDictionary(l => l.Slug, StringComparer.Ordinal));
        return (reader.OnlyValid(reader._catalog.Components), reader._errors);
    }

    /// <summary>A pipeline with its stages, each holding the components it touches in the order given.</summary>
    public static (Pipeline? Pipeline, IReadOnlyList<ImportError> Errors) CheckPipeline(PipelineRow row, IReadOnlyList<StageRow> stages,
        IReadOnlyList<Component> components)
    {
        var reader = ForTables(new()
        {
            ["pipelines.csv"] = Text<PipelineRow, PipelineMap>([row]),
            ["pipeline_stages.csv"] = Text<StageRow, StageMap>(stages),
        });
        reader.ReadPipelines(components.ToDictionary(c => c.Slug, StringComparer.Ordinal));
        var pipeline = reader.OnlyValid(reader._catalog.Pipelines);
        if (pipeline is null) return (null, reader._errors);
        var touched = reader._catalog.StageComponents.ToLookup(c => c.StageOrder);
        foreach (var stage in reader._catalog.Stages.OrderBy(s => s.Order))
        {
            stage.Components.AddRange(touched[stage.Order].OrderBy(c => c.Position));
            pipeline.Stages.Add(stage);
        }
        return (pipeline, reader._errors);
    }

    /// <summary>A reader of the given tables as text instead of the data directory's files.</summary>
    private static CatalogReader ForTables(Dictionary<string, string> tables) =>
        new("", "", null) { _tableText = file => tables.GetValueOrDefault(file) };

    /// <summary>The one entity read, when nothing but warnings was found; otherwise null.</summary>
    private T? OnlyValid<T>(List<T> read) where T : class => read.Count == 1 && _errors.All(e => e.IsWarning) ? read[0] : null;
}
