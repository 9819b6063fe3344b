using System.Globalization;
using System.Text;
using CsvHelper;
using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using KnowledgeBase.Web.Caching;

namespace KnowledgeBase.Web.ToolCatalog;

[Reads(CatalogAreas.Tools | CatalogAreas.Architecture)]
public sealed class MatrixController(CatalogDbContext db) : Controller
{
    [HttpGet("/matrix")]
    public async Task<IActionResult> Index(ToolFilter filter, CancellationToken ct)
    {
        var page = await BuildAsync(filter, ct);
        ViewData["Crumbs"] = new[] { new Crumb("Coverage matrix") };
        return View("~/ToolCatalog/Matrix.cshtml", page);
    }

    /// <summary>
    /// Exactly the rows and columns the page shows, one row per tool, one column per component; written for
    /// spreadsheets, so that no cell is taken for a formula.
    /// </summary>
    [HttpGet("/matrix.csv")]
    public async Task<IActionResult> Csv(ToolFilter filter, CancellationToken ct)
    {
        var page = await BuildAsync(filter, ct);
        await using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        await using (var csv = new CsvWriter(text, SpreadsheetCsv.Configuration(), leaveOpen: true))
        {
            csv.WriteField("tool");
            foreach (var c in page.Components) csv.WriteField(c.Slug);
            await csv.NextRecordAsync();
            foreach (var t in page.Tools)
            {
                csv.WriteField(t.Slug);
                foreach (var c in page.Components)
                    csv.WriteField(page.Cells.TryGetValue((t.Slug, c.Slug), out var level) ? EnumText.Format(level) : "");
                await csv.NextRecordAsync();
            }
        }
        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", "coverage-matrix.csv");
    }

    private async Task<MatrixPage> BuildAsync(ToolFilter filter, CancellationToken ct)
    {
        var data = await ToolData.LoadAsync(db, ct);
        var tools = data.Apply(filter);
        var components = data.Components
            .Where(c => (filter.Layers.Length == 0 || filter.Layers.Contains(c.LayerSlug)) && (filter.Components.Length == 0 || filter.Components.Contains(c.Slug)))
            .ToList();
        var cells = data.Coverage.ToDictionary(c => (c.Tool, c.Component), c => c.Level);
        return new MatrixPage(filter, tools, components, cells, Facets.For(data, tools, filter));
    }
}
