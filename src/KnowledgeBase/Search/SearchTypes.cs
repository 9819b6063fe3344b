namespace KnowledgeBase.Search;

/// <summary>The kinds of entity the index holds, in the order results and facets list them.</summary>
public static class SearchTypes
{
    public const string Source = "source";
    public const string Requirement = "requirement";
    public const string Tool = "tool";
    public const string Component = "component";
    public const string Layer = "layer";
    public const string Term = "term";

    public static readonly IReadOnlyList<string> All = [Tool, Component, Layer, Requirement, Source, Term];

    /// <summary>Accepts <c>tool</c>, <c>Tools</c>, <c>SOURCES</c>...; null when the word names no type.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var word = text.Trim().ToLowerInvariant();
        if (All.Contains(word)) return word;
        return word.EndsWith('s') && All.Contains(word[..^1]) ? word[..^1] : null;
    }

    /// <summary>The site address of an entity of this type.</summary>
    public static string PathOf(string type, string key) => type switch
    {
        Source => "/sources/" + Uri.EscapeDataString(key),
        Requirement => "/requirements/" + Uri.EscapeDataString(key),
        Tool => "/tools/" + Uri.EscapeDataString(key),
        Component => "/components/" + Uri.EscapeDataString(key),
        Layer => "/layers/" + Uri.EscapeDataString(key),
        Term => "/glossary#" + Uri.EscapeDataString(key),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown search type"),
    };

    public static string Label(string type) => type switch
    {
        Source => "Source",
        Requirement => "Requirement",
        Tool => "Tool",
        Component => "Component",
        Layer => "Layer",
        Term => "Glossary term",
        _ => type,
    };

    public static string PluralLabel(string type) => type switch
    {
        Source => "Sources",
        Requirement => "Requirements",
        Tool => "Tools",
        Component => "Components",
        Layer => "Layers",
        Term => "Glossary terms",
        _ => type,
    };
}
