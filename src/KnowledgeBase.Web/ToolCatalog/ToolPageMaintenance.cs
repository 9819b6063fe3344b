using KnowledgeBase.Tools;

namespace KnowledgeBase.Web.ToolCatalog;

public sealed partial record ToolPage
{
    /// <summary>Whether the project is still looked after; null when nobody recorded it.</summary>
    public ToolMaintenance? Maintenance { get; init; }
}
