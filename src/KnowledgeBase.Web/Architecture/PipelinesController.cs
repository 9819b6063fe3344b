using System.Globalization;
using KnowledgeBase.Architecture.Transit;
using KnowledgeBase.Stacks;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using KnowledgeBase.Web.Caching;

namespace KnowledgeBase.Web.Architecture;

[Reads(CatalogAreas.Tools | CatalogAreas.Requirements | CatalogAreas.Stacks | CatalogAreas.Architecture)]
public sealed class PipelinesController(CatalogDbContext db, TimeProvider clock) : Controller
{
    private const string Title = "Transit map of the pipelines: each coloured line is a pipeline, each station a component, drawn in the band of its layer; interchanges are the stations several lines share";

    [HttpGet("/pipelines")]
    public async Task<IActionResult> Index(TransitQuery query, CancellationToken ct)
    {
        if (query.Format == "svg") return await Svg(query, ct);
        var (catalog, network, marks, problem) = await LoadAsync(query, ct);
        if (problem is not null) return problem;

        var svg = TransitMapSvg.Render(TransitLayouts.For(network), TitleFor(marks), marks);
        var pipelines = await db.Pipelines.AsNoTracking().OrderBy(p => p.Order)
            .Select(p => new PipelineSummary(p.Slug, p.Name, p.Color, p.Summary, p.Stages.Count)).ToListAsync(ct);
        var subjects = new[] { marks.First, marks.Second }.OfType<CoverageSubject>().ToList();
        ViewData["Crumbs"] = new[] { new Crumb("Pipelines") };
        return View("~/Architecture/Pipelines.cshtml",
            new PipelinesPage(svg, pipelines, TextMap(catalog, network, marks, subjects), subjects, "/pipelines.svg" + query.ToQueryString()));
    }

    /// <summary>The map as a file: with its legend and a caption naming the catalog and its date.</summary>
    [HttpGet("/pipelines.svg")]
    public async Task<IActionResult> Svg(TransitQuery query, CancellationToken ct)
    {
        var (_, network, marks, problem) = await LoadAsync(query, ct);
        if (problem is not null) return problem;
        var imported = await db.CatalogState.AsNoTracking().Select(s => s.ImportedAt).FirstOrDefaultAsync(ct);
        var date = (imported ?? clock.GetUtcNow()).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var subject = marks.First is null ? "" : marks.Second is null ? $", showing what {marks.First.Name} covers" : $", comparing {marks.First.Name} with {marks.Second.Name}";
        var caption = $"Pipelines of the KnowledgeBase MLOps reference-architecture catalog as of {date}{subject}.";
        return Content(TransitMapSvg.Render(TransitLayouts.For(network), TitleFor(marks), marks, new TransitDownload(caption)), "image/svg+xml; charset=utf-8");
    }

    [HttpGet("/pipelines/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var pipeline = await ArchitectureQueries.PipelineAsync(db, slug, ct);
        if (pipeline is null) return NotFound();

        // One line needs only the zones, the stations and its own stages: not the whole gap catalog.
        var zones = await db.Layers.AsNoTracking().Select(l => new TransitZone(l.Slug, l.Name, l.Order)).ToListAsync(ct);
        var stops = await db.Components.AsNoTracking().OrderBy(c => c.Layer!.Order).ThenBy(c => c.Order)
            .Select(c => new TransitStop(c.Slug, c.Name, c.LayerSlug)).ToListAsync(ct);
        var line = new TransitLine(pipeline.Slug, pipeline.Name, pipeline.Color,
            pipeline.Stages.OrderBy(s => s.Order).SelectMany(s => s.Components.Select(c => c.Slug)).ToList());
        var network = new TransitNetwork(zones, stops, [line]);
        var svg = TransitMapSvg.Render(TransitLayouts.For(network), $"The {pipeline.Name} as a transit line through its components, each in the band of its layer");
        var page = new PipelinePage(pipeline.Slug, pipeline.Name, pipeline.Color, pipeline.Summary, svg, pipeline.Stages);
        ViewData["Crumbs"] = new[] { new Crumb("Pipelines", "/pipelines"), new Crumb(pipeline.Name) };
        return View("~/Architecture/Pipeline.cshtml", page);
    }

    private async Task<Dictionary<string, string>> ColorsAsync(CancellationToken ct) =>
        await db.Pipelines.AsNoTracking().ToDictionaryAsync(p => p.Slug, p => p.Color, ct);

    /// <summary>The catalog, the network and the overlay asked for; or the answer to a question that cannot be drawn.</summary>
    private async Task<(GapCatalog, TransitNetwork, TransitMarks, IActionResult?)> LoadAsync(TransitQuery query, CancellationToken ct)
    {
        var catalog = await GapCatalogQueries.LoadAsync(db, ct);
        var network = TransitNetwork.From(catalog, await ColorsAsync(ct));
        var marks = new TransitMarks();
        if (query.Asked > 1 || query.Compared.Count is 1 or > 2) return (catalog, network, marks, BadRequest());
        if (query.Tool is { } tool)
        {
            if (!catalog.ToolNames.ContainsKey(tool)) return (catalog, network, marks, NotFound());
            marks = new TransitMarks(MapOverlay.ForTool(catalog, tool));
        }
        else if (query.Stack is { } stack)
        {
            var subject = await StackSubjectAsync(catalog, stack, ct);
            if (subject is null) return (catalog, network, marks, NotFound());
            marks = new TransitMarks(subject);
        }
        else if (query.Compared.Count == 2)
        {
            var pair = new List<CoverageSubject>();
            foreach (var slug in query.Compared)
            {
                var subject = catalog.ToolNames.ContainsKey(slug) ? MapOverlay.ForTool(catalog, slug) : await StackSubjectAsync(catalog, slug, ct);
                if (subject is null) return (catalog, network, marks, NotFound());
                pair.Add(subject);
            }
            marks = new TransitMarks(pair[0], pair[1]);
        }
        return (catalog, network, marks, null);
    }

    private async Task<CoverageSubject?> StackSubjectAsync(GapCatalog catalog, string slug, CancellationToken ct)
    {
        var name = await db.Stacks.AsNoTracking().Where(s => s.Slug == slug).Select(s => s.Name).SingleOrDefaultAsync(ct);
        return name is null ? null : MapOverlay.ForStack(catalog, slug, name, await GapCatalogQueries.PicksAsync(db, slug, ct));
    }

    private static string TitleFor(TransitMarks marks) =>
        marks.First is null ? Title
        : marks.Second is null ? $"{Title}. Stations filled dark are fully covered by {marks.First.Name}, pale ones partly, white ones not at all"
        : $"{Title}. Blue stations only {marks.First.Name} covers, orange ones only {marks.Second.Name}, grey ones both, white ones neither";

    private static List<TextLine> TextMap(GapCatalog catalog, TransitNetwork network, TransitMarks marks, List<CoverageSubject> subjects)
    {
        var names = catalog.Components.ToDictionary(c => c.Slug, c => c.Name, StringComparer.Ordinal);
        var linesAt = network.Lines.SelectMany(l => l.Stations.Select(s => (s, l.Name))).ToLookup(x => x.s, x => x.Name);
        return network.Lines.Select(l => new TextLine(l.Slug, l.Name, l.Color,
            l.Stations.Where(names.ContainsKey).Distinct().Select(s => new TextStation(s, names[s],
                linesAt[s].Where(n => n != l.Name).Distinct().ToList(), StateOf(marks, s))).ToList(),
            subjects.Select(subject => MapOverlay.Shares([l], subject)[0].Sentence(subject.Name)).ToList())).ToList();
    }

    private static string? StateOf(TransitMarks marks, string station)
    {
        if (marks.First is null) return null;
        if (marks.Second is null)
            return marks.First.LevelAt(station) switch { Tools.CoverageLevel.Full => "fully covered", Tools.CoverageLevel.Partial => "partly covered", _ => "not covered" };
        return MapOverlay.Compare(marks.First, marks.Second, station) switch
        {
            SharedCover.Both => "covered by both",
            SharedCover.OnlyFirst => $"only {marks.First.Name}",
            SharedCover.OnlySecond => $"only {marks.Second.Name}",
            _ => "covered by neither",
        };
    }
}
