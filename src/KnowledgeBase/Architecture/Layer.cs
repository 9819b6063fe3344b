namespace KnowledgeBase.Architecture;

/// <summary>A horizontal band of the reference architecture; <see cref="Order"/> 1 is the bottom band.</summary>
public sealed class Layer
{
    public required string Slug { get; set; }
    public int Order { get; set; }
    public required string Name { get; set; }
    public string Summary { get; set; } = "";
    public List<Component> Components { get; set; } = [];
}
