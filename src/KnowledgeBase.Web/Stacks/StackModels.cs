using KnowledgeBase.History;
using KnowledgeBase.Stacks;

namespace KnowledgeBase.Web.Stacks;

public sealed record StackLabel(string Slug, string Name, string? Author, string? Contact, string Summary, DateOnly? Date);

public sealed record StackListItem(StackLabel Label, int Tools, GapReport Report, int ChecklistDone, int ChecklistTotal);

public sealed record StacksPage(IReadOnlyList<StackListItem> Stacks, int Components, bool EditsAllowed);

/// <summary>A gap report with what its views need to name things: the catalog and the drawn diagram.</summary>
public sealed record GapView(GapCatalog Catalog, GapReport Report, string Diagram)
{
    public string LayerName(string slug) => Catalog.Layers.FirstOrDefault(l => l.Slug == slug)?.Name ?? slug;

    public string ComponentName(string slug) => Catalog.Components.FirstOrDefault(c => c.Slug == slug)?.Name ?? slug;
}

public sealed record StackPage(StackLabel Label, GapView Gaps, IReadOnlyList<ChecklistLine> Checklist, IReadOnlyList<ChecklistProgress> Progress, bool EditsAllowed);

/// <summary>The builder form as posted: label fields, the ticked tool/component pairs and the button pressed.</summary>
public sealed class StackForm
{
    public string? Name { get; set; }
    public string? Slug { get; set; }
    public string? Author { get; set; }
    public string? Contact { get; set; }
    public string? Summary { get; set; }
    public string? Date { get; set; }
    /// <summary>Ticked checkboxes, each <c>tool:component</c>.</summary>
    public string[] Pick { get; set; } = [];
    /// <summary><c>save</c> to save; anything else re-renders the preview.</summary>
    public string? Command { get; set; }

    public const char Separator = ':';

    public static string PickValue(string tool, string component) => tool + Separator + component;

    /// <summary>The picks as pairs; a value without the separator becomes a pair no tool covers, reported as unknown.</summary>
    public IReadOnlyList<ToolPick> Picks() => Pick.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal)
        .Select(p => p.Split(Separator, 2) is [var tool, var component] ? new ToolPick(tool, component) : new ToolPick(p, ""))
        .ToList();

    public StackDraft Draft() => new(Name, Slug, Author, Contact, Summary, Date, Picks());

    /// <summary>The form as a submission keeps it, to be checked again and saved when an editor approves it.</summary>
    public EntityRecord ToRecord() => new EntityRecord()
        .Add("name", Name).Add("slug", Slug).Add("author", Author).Add("contact", Contact).Add("summary", Summary).Add("date", Date)
        .Add("picks", string.Join("\n", Pick.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal)));

    public static StackForm FromRecord(EntityRecord record) => new()
    {
        Name = record["name"], Slug = record["slug"], Author = record["author"], Contact = record["contact"], Summary = record["summary"],
        Date = record["date"], Pick = (record["picks"] ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries),
    };
}

public sealed record BuilderPage(
    StackForm Form, string? OriginalSlug, GapCatalog Catalog, GapView Preview, IReadOnlyList<DraftProblem> Problems, bool EditsAllowed)
{
    public HashSet<string> Picked { get; } = Form.Pick.ToHashSet(StringComparer.Ordinal);

    public string? ProblemWith(string field) => Problems.FirstOrDefault(p => p.Field == field)?.Message;

    public string Action => OriginalSlug is null ? "/stacks/new" : $"/stacks/{OriginalSlug}/edit";
}

public sealed record CompareColumn(StackLabel Label, GapReport Report);

public sealed record ComparePage(IReadOnlyList<CompareColumn> Columns, IReadOnlyList<StackLabel> All, GapCatalog Catalog, string? Message);

/// <summary>The checklist editor: one row per item, plus the form that creates items for requirements in scope.</summary>
public sealed record ChecklistPage(StackLabel Label, IReadOnlyList<ChecklistLine> Lines, IReadOnlyList<ChecklistProgress> Progress,
    GapCatalog Catalog, IReadOnlyList<string> Tags, IReadOnlyList<string> Problems, string? Notice);
