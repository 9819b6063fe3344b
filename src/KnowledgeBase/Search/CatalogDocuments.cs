using KnowledgeBase.Storage;
using Markdig;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Search;

/// <summary>Reads the whole catalog from SQLite as search documents, five types in one pass.</summary>
public static class CatalogDocuments
{
    // Notes are Markdown; snippets should read as prose, not as '## What it is about' and link syntax.
    private static readonly MarkdownPipeline PlainText = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static async Task<IReadOnlyList<SearchDocument>> LoadAsync(CatalogDbContext db, CancellationToken cancellationToken = default)
    {
        var layers = await db.Layers.AsNoTracking().OrderBy(l => l.Order).ToListAsync(cancellationToken);
        var components = await db.Components.AsNoTracking().ToListAsync(cancellationToken);
        var coverage = await db.ToolCoverage.AsNoTracking().Select(c => new { c.ToolSlug, c.ComponentSlug }).ToListAsync(cancellationToken);
        var requirementComponents = await db.RequirementComponents.AsNoTracking().ToListAsync(cancellationToken);
        var layerNames = layers.ToDictionary(l => l.Slug, l => l.Name, StringComparer.Ordinal);
        var componentsBySlug = components.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        var coverageByTool = coverage.ToLookup(c => c.ToolSlug, c => componentsBySlug[c.ComponentSlug], StringComparer.Ordinal);
        var componentsByRequirement = requirementComponents.ToLookup(r => r.RequirementCode, r => componentsBySlug[r.ComponentSlug], StringComparer.Ordinal);

        var documents = new List<SearchDocument>();
        documents.AddRange(layers.Select(l => new SearchDocument
        {
            Type = SearchTypes.Layer, Key = l.Slug, Title = l.Name, Body = l.Summary, Layers = [l.Slug],
            Detail = $"Layer {l.Order}",
        }));
        documents.AddRange(components.Select(c => new SearchDocument
        {
            Type = SearchTypes.Component, Key = c.Slug, Title = c.Name, Body = c.Summary, Layers = [c.LayerSlug],
            Detail = layerNames.GetValueOrDefault(c.LayerSlug), Related = [layerNames.GetValueOrDefault(c.LayerSlug) ?? ""],
        }));
        foreach (var tool in await db.Tools.AsNoTracking().ToListAsync(cancellationToken))
        {
            var covered = coverageByTool[tool.Slug].ToList();
            documents.Add(new SearchDocument
            {
                Type = SearchTypes.Tool, Key = tool.Slug, Title = tool.Name, Body = tool.Summary, Tags = tool.Tags,
                People = tool.Vendor is { Length: > 0 } vendor ? [vendor] : [],
                Related = covered.Select(c => c.Name).ToList(),
                Layers = covered.Select(c => c.LayerSlug).Distinct(StringComparer.Ordinal).ToList(),
                Detail = tool.Vendor,
            });
        }
        foreach (var requirement in await db.Requirements.AsNoTracking().ToListAsync(cancellationToken))
        {
            var concerned = componentsByRequirement[requirement.Code].ToList();
            documents.Add(new SearchDocument
            {
                Type = SearchTypes.Requirement, Key = requirement.Code, Title = requirement.Title, AltTitle = requirement.Code,
                Body = requirement.Statement, Tags = requirement.Tags, Related = concerned.Select(c => c.Name).ToList(),
                Layers = concerned.Select(c => c.LayerSlug).Prepend(requirement.LayerSlug).Distinct(StringComparer.Ordinal).ToList(),
                Detail = $"{requirement.Code} · {layerNames.GetValueOrDefault(requirement.LayerSlug)}",
            });
        }
        var sources = await db.Sources.AsNoTracking().ToListAsync(cancellationToken);
        // Rendering ten thousand notes to plain text is CPU work worth spreading over the cores.
        documents.AddRange(sources.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(source => new SearchDocument
        {
            Type = SearchTypes.Source, Key = source.Slug, Title = source.Title, AltTitle = source.FullTitle,
            People = source.Authors, Tags = source.Tags, Body = ToPlainText(source.Note),
            Detail = string.Join(" · ", new[] { string.Join(", ", source.Authors), source.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), source.Kind }
                .Where(s => !string.IsNullOrWhiteSpace(s))),
        }));
        return documents;
    }

    public static string ToPlainText(string markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, PlainText).Trim();
}
