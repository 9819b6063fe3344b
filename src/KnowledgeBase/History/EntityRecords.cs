using System.Globalization;
using KnowledgeBase.Architecture;
using KnowledgeBase.Interchange;
using KnowledgeBase.Literature;
using KnowledgeBase.Requirements;
using KnowledgeBase.Stacks;
using KnowledgeBase.Tools;

namespace KnowledgeBase.History;

/// <summary>The kinds of entity whose changes are recorded, as they appear in <c>/changes?kind=</c>.</summary>
public static class EntityKinds
{
    public const string Source = "source";
    public const string Tool = "tool";
    public const string Stack = "stack";
    public const string Requirement = "requirement";
    public const string Layer = "layer";
    public const string Component = "component";
    public const string Pipeline = "pipeline";

    public static readonly IReadOnlyList<string> All = [Source, Tool, Stack, Requirement, Layer, Component, Pipeline];

    /// <summary>The page an entity of this kind is shown on.</summary>
    public static string PathOf(string kind, string key) => kind switch
    {
        Source => $"/sources/{key}",
        Tool => $"/tools/{key}",
        Stack => $"/stacks/{key}",
        Requirement => $"/requirements/{key}",
        Layer => $"/layers/{key}",
        Component => $"/components/{key}",
        Pipeline => $"/pipelines/{key}",
        _ => "/changes",
    };
}

/// <summary>How each recorded kind of entity reads as an <see cref="EntityRecord"/>.</summary>
public static class EntityRecords
{
    public static EntityRecord Of(Source s) => new EntityRecord()
        .Add("title", s.Title)
        .Add("full_title", s.FullTitle)
        .Add("authors", Lines(s.Authors))
        .Add("year", s.Year?.ToString(CultureInfo.InvariantCulture))
        .Add("date", s.DateAdded)
        .Add("kind", s.Kind)
        .Add("difficulty", string.Join(", ", s.Difficulties))
        .Add("rating", s.Rating?.ToString(CultureInfo.InvariantCulture))
        .Add("draft", s.Draft ? "true" : null)
        .Add("identifiers", Lines(s.Identifiers.Select(i => $"{i.Scheme}: {i.Value}")))
        .Add("tags", string.Join(", ", s.Tags))
        .Add("note", s.Note);

    /// <summary>A tool with its coverage rows, one a line as <c>component level evidence</c>, sorted by component.</summary>
    public static EntityRecord Of(Tool t, IEnumerable<ToolCoverage> coverage) => new EntityRecord()
        .Add("name", t.Name)
        .Add("homepage", t.Homepage)
        .Add("repository", t.Repository)
        .Add("license", t.License)
        .Add("kind", EnumText.Format(t.Kind))
        .Add("vendor", t.Vendor)
        .Add("summary", t.Summary)
        .Add("tags", string.Join(", ", t.Tags))
        .Add("coverage", Lines(coverage
            .OrderBy(c => c.ComponentSlug, StringComparer.Ordinal)
            .Select(c => $"{c.ComponentSlug} {EnumText.Format(c.Level)}{(c.Evidence is null ? "" : " " + c.Evidence)}")));

    /// <summary>A stack's label and its tools, one a line as <c>tool component</c>; checklists have their own page.</summary>
    public static EntityRecord Of(Stack s, IEnumerable<StackTool> tools) => new EntityRecord()
        .Add("name", s.Name)
        .Add("author", s.Author)
        .Add("contact", s.Contact)
        .Add("summary", s.Summary)
        .Add("date", s.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        .Add("tools", Lines(tools.Select(t => $"{t.ToolSlug} {t.ComponentSlug}").Order(StringComparer.Ordinal)));

    /// <summary>A requirement with its traces (<c>source | note</c>, one a line) and the components it concerns.</summary>
    public static EntityRecord Of(Requirement r, IEnumerable<RequirementSource> traces, IEnumerable<RequirementComponent> components) => new EntityRecord()
        .Add("layer", r.LayerSlug)
        .Add("title", r.Title)
        .Add("statement", r.Statement)
        .Add("kind", EnumText.Format(r.Kind))
        .Add("priority", EnumText.Format(r.Priority))
        .Add("tags", string.Join(", ", r.Tags))
        .Add("sources", Lines(traces.OrderBy(t => t.SourceSlug, StringComparer.Ordinal).Select(t => t.Note.Length == 0 ? t.SourceSlug : $"{t.SourceSlug} | {t.Note}")))
        .Add("components", Lines(components.Select(c => c.ComponentSlug).Order(StringComparer.Ordinal)));

    public static EntityRecord Of(Layer l) => new EntityRecord()
        .Add("order", Number(l.Order))
        .Add("name", l.Name)
        .Add("summary", l.Summary);

    public static EntityRecord Of(Component c) => new EntityRecord()
        .Add("layer", c.LayerSlug)
        .Add("order", Number(c.Order))
        .Add("name", c.Name)
        .Add("summary", c.Summary);

    /// <summary>
    /// A pipeline with its stages, one a line as <c>order name: component, component</c> (components in the stage's
    /// order); <paramref name="touched"/> may hold other pipelines' rows too, as an imported snapshot does.
    /// </summary>
    public static EntityRecord Of(Pipeline p, IEnumerable<PipelineStage> stages, IEnumerable<StageComponent> touched)
    {
        var byStage = touched.Where(t => t.PipelineSlug == p.Slug).ToLookup(t => t.StageOrder);
        return new EntityRecord()
            .Add("order", Number(p.Order))
            .Add("name", p.Name)
            .Add("color", p.Color)
            .Add("summary", p.Summary)
            .Add("stages", Lines(stages.Where(s => s.PipelineSlug == p.Slug).OrderBy(s => s.Order).Select(s =>
                $"{Number(s.Order)} {s.Name}: {string.Join(", ", byStage[s.Order].OrderBy(t => t.Position).Select(t => t.ComponentSlug))}")));
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Lines(IEnumerable<string> items) => string.Join("\n", items);
}
