using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBase.Web.ToolCatalog;

/// <summary>The query of <c>/tools/compare?t=a&amp;t=b</c>: tool slugs in the order asked, each once, unusable ones dropped.</summary>
[QueryKeys]
public sealed class CompareQuery
{
    private string[] _tools = [];

    [FromQuery(Name = "t")] public string[] Tools { get => _tools; set => _tools = QueryValues.Many(value); }
}
