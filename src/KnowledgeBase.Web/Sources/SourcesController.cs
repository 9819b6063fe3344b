using System.Text;
using KnowledgeBase.Literature;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using KnowledgeBase.Web.Caching;

namespace KnowledgeBase.Web.Sources;

public sealed record SourceListItem(string Slug, string Title, IReadOnlyList<string> Authors, int? Year, string? DateAdded, string? Kind, IReadOnlyList<string> Difficulties, IReadOnlyList<string> Tags, bool Draft);

public sealed record SourcesPage(IReadOnlyList<SourceListItem> Items, int Total, IReadOnlyList<string> Kinds, IReadOnlyList<string> Tags, IReadOnlyList<int> Years,
    string? Kind, string? Tag, string? Difficulty, int? Year, string Sort)
{
    /// <summary>Sources shown per page: a list of ten thousand links helps nobody and weighs megabytes.</summary>
    public const int PageSize = 100;

    public int Matching { get; init; }

    public int Page { get; init; } = 1;

    public int PageCount => PageCountFor(Matching);

    public int First => Matching == 0 ? 0 : (Page - 1) * PageSize + 1;

    public static int PageCountFor(int matching) => Math.Max(1, (matching + PageSize - 1) / PageSize);
}

public sealed record CitingRequirement(string Code, string Title, string Note);

public sealed record SourcePage(Source Source, string NoteHtml, string BibTex, IReadOnlyList<CitingRequirement> Requirements);

[Reads(CatalogAreas.Sources | CatalogAreas.Requirements)]
public sealed class SourcesController(CatalogDbContext db, NoteRenderer renderer) : Controller
{
    [HttpGet("/sources")]
    public async Task<IActionResult> Index(SourcesQuery query, CancellationToken ct)
    {
        var (kind, tag, difficulty, year, sort) = (query.Kind, query.Tag, query.Difficulty, query.YearNumber, query.Sort);
        var all = await SourceData.ListAsync(db, ct);
        var items = all.Where(query.Matches);
        items = sort == "added"
            ? items.OrderByDescending(s => s.DateAdded, StringComparer.Ordinal).ThenBy(s => s.Title, StringComparer.OrdinalIgnoreCase)
            : items.OrderByDescending(s => s.Year ?? 0).ThenBy(s => s.Title, StringComparer.OrdinalIgnoreCase);
        var matching = items.ToList();
        // A page past the end shows the last one rather than an empty list.
        var current = Math.Clamp(query.PageNumber, 1, SourcesPage.PageCountFor(matching.Count));
        var model = new SourcesPage(matching.Skip((current - 1) * SourcesPage.PageSize).Take(SourcesPage.PageSize).ToList(), all.Count,
            all.Select(s => s.Kind).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList(),
            all.SelectMany(s => s.Tags).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList(),
            all.Select(s => s.Year).OfType<int>().Distinct().OrderDescending().ToList(),
            kind, tag, difficulty, year, sort) { Matching = matching.Count, Page = current };
        ViewData["Crumbs"] = new[] { new Crumb("Sources") };
        return View("~/Sources/Index.cshtml", model);
    }

    [HttpGet("/sources/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var source = await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, ct);
        if (source is null) return NotFound();
        var requirements = await SourceData.CitingAsync(db, slug, ct);
        ViewData["Crumbs"] = new[] { new Crumb("Sources", "/sources"), new Crumb(source.Title) };
        return View("~/Sources/Show.cshtml", new SourcePage(source, renderer.Render(source.Note), BibTex.Entry(source), requirements));
    }

    [HttpGet("/sources/{slug}.bib")]
    public async Task<IActionResult> Bib(string slug, CancellationToken ct)
    {
        var source = await db.Sources.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, ct);
        return source is null ? NotFound() : BibFile(BibTex.Entry(source), slug + ".bib");
    }

    [HttpGet("/sources.bib")]
    public async Task<IActionResult> AllBib(CancellationToken ct)
    {
        var sources = await db.Sources.AsNoTracking().OrderBy(s => s.Slug).ToListAsync(ct);
        return BibFile(string.Join("\n", sources.Select(BibTex.Entry)), "sources.bib");
    }

    private FileContentResult BibFile(string text, string name) => File(Encoding.UTF8.GetBytes(text), "application/x-bibtex; charset=utf-8", name);
}
