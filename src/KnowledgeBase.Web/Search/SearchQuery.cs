using System.Globalization;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBase.Web.Search;

/// <summary>
/// The query of <c>/search</c> and <c>/api/search</c>. The words go to the query compiler as sent (it explains
/// syntax it cannot read and cuts searches that are too long); the type facet and the page are cleaned here: an
/// unusable type is dropped, a page that is not a positive whole number means the first.
/// </summary>
[QueryKeys]
public sealed class SearchQuery
{
    private string? _type;
    private int? _page;

    [FromQuery(Name = "q")] public string? Q { get; set; }
    [FromQuery(Name = "type")] public string? Type { get => _type; set => _type = QueryValues.One(value); }
    [FromQuery(Name = "page")] public string? Page { get => _page?.ToString(CultureInfo.InvariantCulture); set => _page = QueryValues.Positive(value); }

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever] public int PageNumber => _page ?? 1;
}
