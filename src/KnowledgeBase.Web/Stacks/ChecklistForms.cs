using KnowledgeBase.Interchange;
using KnowledgeBase.Requirements;
using KnowledgeBase.Stacks;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Web.Stacks;

/// <summary>
/// One row of the checklist editor as posted (<c>item[n].Code</c>, <c>.Status</c>, …), and the one check it passes
/// before it may change an item. Any field may be missing or empty: a form is hostile input like any other.
/// </summary>
public sealed class ChecklistEntry
{
    private string _code = "";

    public string Code { get => _code; set => _code = value?.Trim() ?? ""; }
    public string? Status { get; set; }
    public string? Owner { get; set; }
    public string? Note { get; set; }
    public string? Evidence { get; set; }

    /// <summary>The change this row asks for, or why it cannot be made.</summary>
    public (ChecklistUpdate? Update, string? Problem) Check(IReadOnlySet<string> codesOnChecklist)
    {
        if (Code.Length == 0) return (null, "A row without a requirement code was left out.");
        if (!codesOnChecklist.Contains(Code)) return (null, $"{StackData.Clip(Code, 20)}: not on this stack's checklist.");
        if (!EnumText.TryParse<ChecklistStatus>(Status, out var status))
            return (null, $"{Code}: '{StackData.Clip(Status ?? "", 20)}' is not one of {EnumText.Choices<ChecklistStatus>()}.");
        var evidence = Blank(Evidence)?.Trim();
        if (evidence is not null && !HttpUrl.IsValid(evidence)) return (null, $"{Code}: evidence must be an http(s) URL.");
        if ((Owner?.Length ?? 0) > FieldLimits.Person || (Note?.Length ?? 0) > FieldLimits.Statement || (evidence?.Length ?? 0) > FieldLimits.Url)
            return (null, $"{Code}: owner, note or evidence is too long.");
        if ((FieldLimits.ControlCharacter(Owner) ?? FieldLimits.ControlCharacter(Note) ?? FieldLimits.ControlCharacter(evidence)) is { } control)
            return (null, $"{Code}: owner, note or evidence holds the control character U+{(int)control:X4}; remove it.");
        return (new ChecklistUpdate(Code, status, Blank(Owner), Blank(Note?.ReplaceLineEndings("\n")), evidence), null);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>
/// The form that adds checklist items for the requirements in scope: layers and priorities ticked (several of each),
/// tags typed as a list. Empty and repeated values are dropped as they are bound; unknown ones are reported.
/// </summary>
public sealed class ChecklistScopeForm
{
    private string[] _layers = [], _priorities = [];

    public string[] Layer { get => _layers; set => _layers = Shared.QueryValues.Many(value); }
    public string[] Priority { get => _priorities; set => _priorities = Shared.QueryValues.Many(value); }
    public string? Tags { get; set; }

    /// <summary>The scope asked for, or the problems with it.</summary>
    public (ChecklistScope? Scope, List<string> Problems) Check(GapCatalog catalog)
    {
        var problems = new List<string>();
        var unknownLayers = Layer.Where(l => catalog.Layers.All(x => x.Slug != l)).ToList();
        if (unknownLayers.Count > 0) problems.Add("Unknown layers: " + string.Join(", ", unknownLayers.Select(l => StackData.Clip(l, 40))) + ".");
        var priorities = new List<Priority>();
        foreach (var p in Priority)
        {
            if (EnumText.TryParse<Priority>(p, out var parsed)) priorities.Add(parsed);
            else problems.Add($"'{StackData.Clip(p, 20)}' is not one of {EnumText.Choices<Priority>()}.");
        }
        return problems.Count > 0 ? (null, problems) : (new ChecklistScope(Layer, priorities, Slugs.SplitList(Tags?.Replace(',', ';'))), problems);
    }
}
