using KnowledgeBase.Architecture;
using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Tests.Interchange;

/// <summary>
/// The architecture forms' checks: a layer, a component or a pipeline with its stages, read as the importer reads
/// its row of the files, with every problem on the line and column the files would show.
/// </summary>
public class ArchitectureCheckTests
{
    private static readonly Layer[] Layers = [new() { Slug = "infrastructure", Order = 1, Name = "Infrastructure" }];

    private static readonly Component[] Components =
    [
        new() { Slug = "containers", LayerSlug = "infrastructure", Order = 1, Name = "Containers" },
        new() { Slug = "model-registry", LayerSlug = "infrastructure", Order = 2, Name = "Model registry" },
    ];

    private static PipelineRow Pipeline(string color = "#2CA02C") => new() { Slug = "deployment", Order = "1", Name = "Deployment", Color = color, Summary = "Ships models" };

    [Test]
    public void A_valid_layer_is_read_as_the_file_would_give_it()
    {
        var (layer, errors) = CatalogReader.CheckLayer(new LayerRow { Slug = "serving", Order = "6", Name = "Serving", Summary = "Answers requests" });

        Assert.That(errors, Is.Empty);
        Assert.That((layer!.Slug, layer.Order, layer.Name, layer.Summary), Is.EqualTo(("serving", 6, "Serving", "Answers requests")));
    }

    [Test]
    public void A_bad_layer_reports_each_cell_and_gives_no_layer()
    {
        var (layer, errors) = CatalogReader.CheckLayer(new LayerRow { Slug = "Not A Slug", Order = "0", Name = " ", Summary = new string('x', FieldLimits.Summary + 1) });

        Assert.That(layer, Is.Null);
        Assert.That(errors.Select(e => e.ToString()), Is.EqualTo(new[] { "layers.csv:2:4: " + FieldLimits.TooLong("summary", FieldLimits.Summary + 1, FieldLimits.Summary) }),
            "a row over a limit is refused before its cells are read");

        (layer, errors) = CatalogReader.CheckLayer(new LayerRow { Slug = "Not A Slug", Order = "0", Name = " " });
        Assert.That(layer, Is.Null);
        Assert.That(errors.Select(e => (e.Line, e.Column)), Is.EqualTo(new (int, int?)[] { (2, 1), (2, 2), (2, 3) }));
    }

    [Test]
    public void A_component_must_name_a_known_layer()
    {
        var (component, errors) = CatalogReader.CheckComponent(new ComponentRow { Slug = "gpu", Layer = "nowhere", Order = "1", Name = "GPU" }, Layers);

        Assert.That(component, Is.Null);
        Assert.That(errors.Select(e => e.ToString()), Is.EqualTo(new[] { "components.csv:2:2: unknown layer 'nowhere'" }));
        (component, errors) = CatalogReader.CheckComponent(new ComponentRow { Slug = "gpu", Layer = "infrastructure", Order = "3", Name = "GPU" }, Layers);
        Assert.That(errors, Is.Empty);
        Assert.That((component!.LayerSlug, component.Order), Is.EqualTo(("infrastructure", 3)));
    }

    [Test]
    public void A_pipeline_comes_with_its_stages_in_order_and_each_stages_components_in_the_order_typed()
    {
        StageRow[] stages =
        [
            new() { Pipeline = "deployment", Order = "2", Name = "Package", Components = "model-registry;containers" },
            new() { Pipeline = "deployment", Order = "1", Name = "Select", Components = "model-registry" },
        ];

        var (pipeline, errors) = CatalogReader.CheckPipeline(Pipeline(), stages, Components);

        Assert.That(errors, Is.Empty);
        Assert.That(pipeline!.Color, Is.EqualTo("#2ca02c"), "colours are stored as the importer stores them");
        Assert.That(pipeline.Stages.Select(s => $"{s.Order} {s.Name}: {string.Join(",", s.Components.Select(c => c.ComponentSlug))}"),
            Is.EqualTo(new[] { "1 Select: model-registry", "2 Package: model-registry,containers" }));
    }

    [Test]
    public void Bad_stages_are_reported_on_their_own_lines_and_a_bad_colour_in_its_column()
    {
        StageRow[] stages =
        [
            new() { Pipeline = "deployment", Order = "1", Name = "Select", Components = "model-registry" },
            new() { Pipeline = "deployment", Order = "1", Name = "Again", Components = "model-registry" },
            new() { Pipeline = "deployment", Order = "3", Name = "Ship", Components = "no-such-thing" },
            new() { Pipeline = "deployment", Order = "4", Name = "Empty", Components = "" },
        ];

        var (pipeline, errors) = CatalogReader.CheckPipeline(Pipeline("green"), stages, Components);

        Assert.That(pipeline, Is.Null);
        Assert.That(errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "pipelines.csv:2:4: 'green' is not a colour such as #1f77b4",
            "pipeline_stages.csv:2:1: unknown pipeline 'deployment'",
            "pipeline_stages.csv:3:1: unknown pipeline 'deployment'",
            "pipeline_stages.csv:4:1: unknown pipeline 'deployment'",
            "pipeline_stages.csv:4:4: unknown component 'no-such-thing'",
            "pipeline_stages.csv:5:1: unknown pipeline 'deployment'",
            "pipeline_stages.csv:5:4: a stage must name at least one component",
        }));
        (pipeline, errors) = CatalogReader.CheckPipeline(Pipeline(), stages[..2], Components);
        Assert.That(pipeline, Is.Null);
        Assert.That(errors.Select(e => e.ToString()), Is.EqualTo(new[] { "pipeline_stages.csv:3:2: duplicate 'deployment stage 1' (first on line 2)" }));
    }
}
