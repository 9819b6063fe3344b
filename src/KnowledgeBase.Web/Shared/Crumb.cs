namespace KnowledgeBase.Web.Shared;

/// <summary>One step of the breadcrumb trail shown under the header.</summary>
public sealed record Crumb(string Title, string? Url = null);

/// <summary>Names and CSS classes for values shown as badges.</summary>
public static class Badges
{
    public static string Kind(KnowledgeBase.Tools.ToolKind kind) => kind switch
    {
        KnowledgeBase.Tools.ToolKind.OpenSource => "open source",
        KnowledgeBase.Tools.ToolKind.Commercial => "commercial",
        _ => "managed service",
    };
}

/// <summary>Base paths used when pages build links to themselves.</summary>
public static class Paths
{
    public const string Tools = "/tools";
    public const string Matrix = "/matrix";
}
