using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBase.Web.Stacks;

/// <summary>The query of <c>/stacks/compare?s=a&amp;s=b</c>: stack slugs in the order asked, each once, unusable ones dropped.</summary>
[QueryKeys]
public sealed class StackCompareQuery
{
    private string[] _stacks = [];

    [FromQuery(Name = "s")] public string[] Stacks { get => _stacks; set => _stacks = QueryValues.Many(value); }
}
