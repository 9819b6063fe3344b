using System.Globalization;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBase.Web.Sources;

/// <summary>
/// The query of <c>/sources</c>: filters, sort and page, cleaned as they are bound (<see cref="QueryValues"/>).
/// A year or page that is not a positive whole number is ignored, a sort key other than the two known ones means
/// the default.
/// </summary>
[QueryKeys]
public sealed class SourcesQuery
{
    private string? _kind, _tag, _difficulty;
    private int? _year, _page;
    private string _sort = "year";

    [FromQuery(Name = "kind")] public string? Kind { get => _kind; set => _kind = QueryValues.One(value); }
    [FromQuery(Name = "tag")] public string? Tag { get => _tag; set => _tag = QueryValues.One(value); }
    [FromQuery(Name = "difficulty")] public string? Difficulty { get => _difficulty; set => _difficulty = QueryValues.One(value); }
    [FromQuery(Name = "year")] public string? Year { get => _year?.ToString(CultureInfo.InvariantCulture); set => _year = QueryValues.Positive(value); }
    [FromQuery(Name = "page")] public string? Page { get => _page?.ToString(CultureInfo.InvariantCulture); set => _page = QueryValues.Positive(value); }

    /// <summary><c>year</c> (newest published first, the default) or <c>added</c> (newest added first).</summary>
    [FromQuery(Name = "sort")] public string Sort { get => _sort; set => _sort = QueryValues.OneOf(value, "year", "added") ?? "year"; }

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever] public int? YearNumber => _year;

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever] public int PageNumber => _page ?? 1;

    public bool Matches(SourceListItem s) =>
        (Kind is null || s.Kind == Kind)
        && (Tag is null || s.Tags.Contains(Tag, StringComparer.OrdinalIgnoreCase))
        && (Difficulty is null || s.Difficulties.Contains(Difficulty))
        && (YearNumber is null || s.Year == YearNumber);
}
