using KnowledgeBase.Architecture;
using KnowledgeBase.Glossary;
using KnowledgeBase.Interchange;
using KnowledgeBase.Literature;
using KnowledgeBase.Requirements;
using KnowledgeBase.Storage;
using KnowledgeBase.Tools;
using Markdig;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Search;

/// <summary>Reads the whole catalog from SQLite as search documents, five types in one pass.</summary>
public static class CatalogDocuments
{
    // Notes are Markdown; snippets should read as prose, not as '## What it is about' and link syntax.
    private static readonly MarkdownPipeline PlainText = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static async Task<IReadOnlyList<SearchDocument>> LoadAsync(CatalogDbContext db, CancellationToken cancellationToken = default) =>
        From(new CatalogRows(
            await db.Layers.AsNoTracking().ToListAsync(cancellationToken),
            await db.Components.AsNoTracking().ToListAsync(cancellationToken),
            await db.ToolCoverage.AsNoTracking().ToListAsync(cancellationToken),
            await db.RequirementComponents.AsNoTracking().ToListAsync(cancellationToken),
            await db.Tools.AsNoTracking().ToListAsync(cancellationToken),
            await db.Requirements.AsNoTracking().ToListAsync(cancellationToken),
            // Only what a search document uses: identifiers are a JSON column that would be parsed for every note.
            await db.Sources.AsNoTracking().Select(s => new Source
            {
                Slug = s.Slug, Title = s.Title, FullTitle = s.FullTitle, Authors = s.Authors, Tags = s.Tags,
                Year = s.Year, Kind = s.Kind, Note = s.Note,
            }).ToListAsync(cancellationToken),
            await db.GlossaryTerms.AsNoTracking().ToListAsync(cancellationToken)), cancellationToken);

    /// <summary>
    /// The documents of a catalog just imported, without reading it back: an import replaces the whole catalog
    /// with exactly these rows, so they are what SQLite now holds.
    /// </summary>
    public static IReadOnlyList<SearchDocument> From(CatalogSnapshot imported, CancellationToken cancellationToken = default) =>
        From(new CatalogRows(imported.Layers, imported.Components, imported.Coverage, imported.RequirementComponents,
            imported.Tools, imported.Requirements, imported.Sources, imported.Glossary), cancellationToken);

    private static List<SearchDocument> From(CatalogRows rows, CancellationToken cancellationToken)
    {
        var layerNames = rows.Layers.ToDictionary(l => l.Slug, l => l.Name, StringComparer.Ordinal);
        var componentsBySlug = rows.Components.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        var coverageByTool = rows.Coverage.ToLookup(c => c.ToolSlug, c => componentsBySlug[c.ComponentSlug], StringComparer.Ordinal);
        var componentsByRequirement = rows.RequirementComponents.ToLookup(r => r.RequirementCode, r => componentsBySlug[r.ComponentSlug], StringComparer.Ordinal);

        var documents = new List<SearchDocument>();
        documents.AddRange(rows.Layers.OrderBy(l => l.Order).Select(ForLayer));
        documents.AddRange(rows.Components.Select(c => ForComponent(c, layerNames.GetValueOrDefault(c.LayerSlug), rows.Glossary)));
        documents.AddRange(rows.Glossary.Select(t => ForTerm(t, componentsBySlug)));
        documents.AddRange(rows.Tools.Select(tool => ForTool(tool, coverageByTool[tool.Slug].ToList())));
        documents.AddRange(rows.Requirements.Select(r =>
            ForRequirement(r, componentsByRequirement[r.Code].ToList(), layerNames.GetValueOrDefault(r.LayerSlug))));
        // Rendering ten thousand notes to plain text is CPU work worth spreading over the cores.
        documents.AddRange(rows.Sources.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(ForSource));
        return documents;
    }

    /// <summary>The rows search documents are made of, from SQLite or from an imported snapshot.</summary>
    private sealed record CatalogRows(
        IReadOnlyList<Layer> Layers, IReadOnlyList<Component> Components, IReadOnlyList<ToolCoverage> Coverage,
        IReadOnlyList<RequirementComponent> RequirementComponents, IReadOnlyList<Tool> Tools,
        IReadOnlyList<Requirement> Requirements, IReadOnlyList<Source> Sources, IReadOnlyList<GlossaryTerm> Glossary);

    public static SearchDocument ForLayer(Layer l) => new()
    {
        Type = SearchTypes.Layer, Key = l.Slug, Title = l.Name, Body = l.Summary, Layers = [l.Slug],
        Detail = $"Layer {l.Order}",
    };

    /// <summary>
    /// A component's document: its fields, its layer's name, and the glossary's names for it, so that "data cleaning"
    /// finds data processing. <paramref name="glossary"/> may hold every term; those that mean the component count.
    /// </summary>
    public static SearchDocument ForComponent(Component c, string? layerName, IEnumerable<GlossaryTerm> glossary) => new()
    {
        Type = SearchTypes.Component, Key = c.Slug, Title = c.Name, Body = c.Summary, Layers = [c.LayerSlug],
        Detail = layerName,
        Related = [layerName ?? "", .. glossary.Where(t => t.Components.Contains(c.Slug, StringComparer.Ordinal))
            .SelectMany(t => t.Aliases.Prepend(t.Term)).Distinct(StringComparer.OrdinalIgnoreCase)],
    };

    /// <summary>A glossary term's document: its names and the names of the components it means (<paramref name="components"/> by slug).</summary>
    public static SearchDocument ForTerm(GlossaryTerm t, IReadOnlyDictionary<string, Component> components) => new()
    {
        Type = SearchTypes.Term, Key = t.Slug, Title = t.Term, Body = t.Summary, Aliases = [.. t.Aliases],
        Related = t.Components.Select(c => components.TryGetValue(c, out var component) ? component.Name : c).ToList(),
        Layers = t.Components.Select(c => components.TryGetValue(c, out var component) ? component.LayerSlug : null).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
        Detail = t.Synonyms.Count > 0 ? "Also: " + string.Join(", ", t.Synonyms) : "Glossary",
    };

    /// <summary>A requirement's document: its own fields, its layer's name and the components it concerns.</summary>
    public static SearchDocument ForRequirement(Requirement requirement, IReadOnlyList<Component> concerned, string? layerName) => new()
    {
        Type = SearchTypes.Requirement, Key = requirement.Code, Title = requirement.Title, AltTitle = requirement.Code,
        Body = requirement.Statement, Tags = requirement.Tags, Related = concerned.Select(c => c.Name).ToList(),
        Layers = concerned.Select(c => c.LayerSlug).Prepend(requirement.LayerSlug).Distinct(StringComparer.Ordinal).ToList(),
        Detail = $"{requirement.Code} · {layerName}",
    };

    /// <summary>A tool's document: its own fields and the components it covers, so an edit re-indexes the one tool.</summary>
    public static SearchDocument ForTool(Tool tool, IReadOnlyList<Component> covered) => new()
    {
        Type = SearchTypes.Tool, Key = tool.Slug, Title = tool.Name, Body = tool.Summary, Tags = tool.Tags,
        People = tool.Vendor is { Length: > 0 } vendor ? [vendor] : [],
        Related = covered.Select(c => c.Name).ToList(),
        Layers = covered.Select(c => c.LayerSlug).Distinct(StringComparer.Ordinal).ToList(),
        Detail = tool.Vendor,
    };

    /// <summary>A source's document, which depends on the source alone: an edit to one note re-indexes just that note.</summary>
    public static SearchDocument ForSource(Source source) => new()
    {
        Type = SearchTypes.Source, Key = source.Slug, Title = source.Title, AltTitle = source.FullTitle,
        People = source.Authors, Tags = source.Tags, Body = ToPlainText(source.Note),
        Detail = string.Join(" · ", new[] { string.Join(", ", source.Authors), source.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), source.Kind }
            .Where(s => !string.IsNullOrWhiteSpace(s))),
    };

    public static string ToPlainText(string markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, PlainText).Trim();
}
