using System.Text.Json.Serialization;
using KnowledgeBase.Interchange;
using KnowledgeBase.Literature;
using KnowledgeBase.Web.Requirements;
using KnowledgeBase.Web.Sources;
using KnowledgeBase.Web.ToolCatalog;

namespace KnowledgeBase.Web.Api;

public sealed record ToolListItemJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("license")] string? License,
    [property: JsonPropertyName("vendor")] string? Vendor,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags,
    [property: JsonPropertyName("coverage")] IReadOnlyList<CoverageJson> Coverage);

/// <summary>A component the tool covers, and how far.</summary>
public sealed record CoverageJson(
    [property: JsonPropertyName("component")] string Component,
    [property: JsonPropertyName("layer")] string Layer,
    [property: JsonPropertyName("level")] string Level);

public sealed record ToolJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("homepage")] string? Homepage,
    [property: JsonPropertyName("repository")] string? Repository,
    [property: JsonPropertyName("license")] string? License,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("vendor")] string? Vendor,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags,
    [property: JsonPropertyName("coverage")] IReadOnlyList<CoverageDetailJson> Coverage,
    [property: JsonPropertyName("pipelines")] IReadOnlyList<LinkJson> Pipelines,
    [property: JsonPropertyName("requirements")] IReadOnlyList<RequirementRefJson> Requirements,
    [property: JsonPropertyName("sources")] IReadOnlyList<SourceRefJson> Sources,
    [property: JsonPropertyName("alternatives")] IReadOnlyList<LinkJson> Alternatives)
{
    public static ToolJson From(ToolDetails d)
    {
        var t = d.Tool;
        return new ToolJson(t.Slug, t.Name, t.Homepage, t.Repository, t.License, EnumText.Format(t.Kind), t.Vendor, t.Summary, t.Tags,
            d.Covers.Select(c => new CoverageDetailJson(c.Slug, c.Name, c.LayerSlug, c.LayerName, EnumText.Format(c.Level), c.Evidence)).ToList(),
            d.Pipelines.Select(LinkJson.From).ToList(), RequirementRefJson.All(d.Requirements),
            d.Sources.Select(s => new SourceRefJson(s.Slug, s.Title, s.Year)).ToList(), d.Alternatives.Select(LinkJson.From).ToList());
    }
}

/// <summary>A covered component, bottom layer first, with the evidence (a documentation URL or a source slug) if any.</summary>
public sealed record CoverageDetailJson(
    [property: JsonPropertyName("component")] string Component,
    [property: JsonPropertyName("componentName")] string ComponentName,
    [property: JsonPropertyName("layer")] string Layer,
    [property: JsonPropertyName("layerName")] string LayerName,
    [property: JsonPropertyName("level")] string Level,
    [property: JsonPropertyName("evidence")] string? Evidence);

public sealed record LinkJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name)
{
    public static LinkJson From(NamedLink link) => new(link.Slug, link.Name);
}

public sealed record SourceRefJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("year")] int? Year);

public sealed record RequirementListItemJson(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("statement")] string Statement,
    [property: JsonPropertyName("layer")] string Layer,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("priority")] string Priority,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags,
    [property: JsonPropertyName("components")] IReadOnlyList<string> Components,
    [property: JsonPropertyName("sources")] int Sources)
{
    public static RequirementListItemJson From(RequirementListRow r) => new(r.Code, r.Title, r.Statement, r.LayerSlug,
        EnumText.Format(r.Kind), EnumText.Format(r.Priority), r.Tags, r.Components, r.Sources);
}

public sealed record RequirementJson(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("statement")] string Statement,
    [property: JsonPropertyName("layer")] string Layer,
    [property: JsonPropertyName("layerName")] string LayerName,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("priority")] string Priority,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags,
    [property: JsonPropertyName("sources")] IReadOnlyList<TraceSourceJson> Sources,
    [property: JsonPropertyName("components")] IReadOnlyList<StageComponentJson> Components)
{
    public static RequirementJson From(RequirementPage p) => new(p.Code, p.Title, p.Statement, p.LayerSlug, p.LayerName, p.Kind, p.Priority, p.Tags,
        p.Sources.Select(s => new TraceSourceJson(s.Slug, s.Title, s.Year, s.Note)).ToList(),
        p.Components.Select(c => new StageComponentJson(c.Slug, c.Name, ToolOnComponentJson.All(c.Tools))).ToList());
}

/// <summary>A source that motivates the requirement, with the trace's note or locator (a section, a page).</summary>
public sealed record TraceSourceJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("year")] int? Year,
    [property: JsonPropertyName("note")] string Note);

public sealed record SourceListItemJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("authors")] IReadOnlyList<string> Authors,
    [property: JsonPropertyName("year")] int? Year,
    [property: JsonPropertyName("dateAdded")] string? DateAdded,
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("difficulties")] IReadOnlyList<string> Difficulties,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags,
    [property: JsonPropertyName("draft")] bool Draft)
{
    public static SourceListItemJson From(SourceListItem s) => new(s.Slug, s.Title, s.Authors, s.Year, s.DateAdded, s.Kind, s.Difficulties, s.Tags, s.Draft);
}

public sealed record SourceJson(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("fullTitle")] string? FullTitle,
    [property: JsonPropertyName("authors")] IReadOnlyList<string> Authors,
    [property: JsonPropertyName("year")] int? Year,
    [property: JsonPropertyName("dateAdded")] string? DateAdded,
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("difficulties")] IReadOnlyList<string> Difficulties,
    [property: JsonPropertyName("rating")] int? Rating,
    [property: JsonPropertyName("draft")] bool Draft,
    [property: JsonPropertyName("identifiers")] IReadOnlyList<IdentifierJson> Identifiers,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags,
    [property: JsonPropertyName("note")] string Note,
    [property: JsonPropertyName("requirements")] IReadOnlyList<CitingRequirementJson> Requirements)
{
    public static SourceJson From(Source s, IEnumerable<CitingRequirement> citing) => new(s.Slug, s.Title, s.FullTitle, s.Authors, s.Year, s.DateAdded, s.Kind,
        s.Difficulties, s.Rating, s.Draft, s.Identifiers.Select(i => new IdentifierJson(i.Scheme, i.Value)).ToList(), s.Tags, s.Note,
        citing.Select(c => new CitingRequirementJson(c.Code, c.Title, c.Note)).ToList());
}

/// <summary>An identifier of the work: <c>doi</c>, <c>arxiv</c>, <c>isbn</c>, <c>url</c>, …</summary>
public sealed record IdentifierJson(
    [property: JsonPropertyName("scheme")] string Scheme,
    [property: JsonPropertyName("value")] string Value);

public sealed record CitingRequirementJson(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("note")] string Note);
