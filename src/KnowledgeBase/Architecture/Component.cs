namespace KnowledgeBase.Architecture;

/// <summary>A building block inside exactly one layer, such as a feature store or a model registry.</summary>
public sealed class Component
{
    public required string Slug { get; set; }
    public required string LayerSlug { get; set; }
    public Layer? Layer { get; set; }
    /// <summary>Position within the layer, used to draw the layer's boxes left to right.</summary>
    public int Order { get; set; }
    public required string Name { get; set; }
    public string Summary { get; set; } = "";
}
