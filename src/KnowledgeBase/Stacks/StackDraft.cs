using System.Globalization;
using System.Text;
using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Stacks;

/// <summary>A stack as typed into the builder form, before it is checked: label fields and tool picks.</summary>
public sealed record StackDraft(string? Name, string? Slug, string? Author, string? Contact, string? Summary, string? Date, IReadOnlyList<ToolPick> Picks);

/// <summary>Why a draft cannot be saved; <see cref="Conflict"/> is a slug another stack already has.</summary>
public sealed record DraftProblem(string Field, string Message, bool Conflict = false);

/// <summary>The checks a stack passes before it is written, all at once so the form can show every problem.</summary>
public static class StackDraftRules
{
    public const int MaxPicks = 1000;

    /// <summary>The slug a name suggests: lowercase words joined by hyphens.</summary>
    public static string SlugFrom(string? name)
    {
        var b = new StringBuilder();
        foreach (var ch in name ?? "")
        {
            var folded = Fold(char.ToLowerInvariant(ch));
            if (folded.Length > 0) b.Append(folded);
            else if (b.Length > 0 && b[^1] != '-') b.Append('-');
        }
        var slug = b.ToString().Trim('-');
        return slug.Length > 80 ? slug[..80].Trim('-') : slug;
    }

    // The site runs with invariant globalization, where string normalisation cannot strip accents: a small table
    // folds the Latin letters a name is likely to carry.
    private const string Accented = "àáâãäåāăąçćčďèéêëēęěìíîïīłñńňòóôõöøōőřśšşťùúûüūůűýÿźżž";
    private const string Plain = "aaaaaaaaacccdeeeeeeeiiiiilnnnoooooooorssstuuuuuuuyyzzz";

    private static string Fold(char ch)
    {
        if (char.IsAsciiLetterOrDigit(ch)) return ch.ToString();
        var i = Accented.IndexOf(ch, StringComparison.Ordinal);
        if (i >= 0) return Plain[i].ToString();
        return ch switch { 'ß' => "ss", 'æ' => "ae", 'œ' => "oe", 'þ' => "th", 'ð' => "d", _ => "" };
    }

    /// <summary>The slug the draft will be saved under: the one typed, or one derived from the name.</summary>
    public static string EffectiveSlug(StackDraft draft) =>
        string.IsNullOrWhiteSpace(draft.Slug) ? SlugFrom(draft.Name) : draft.Slug.Trim();

    /// <summary>Slugs <c>/stacks/new</c>, <c>/stacks/compare</c> and <c>/stacks/wanted</c> would shadow.</summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(["new", "compare", "wanted"], StringComparer.Ordinal);

    public static List<DraftProblem> Check(StackDraft draft, GapCatalog catalog, IReadOnlySet<string> otherSlugs)
    {
        var problems = new List<DraftProblem>();
        if (string.IsNullOrWhiteSpace(draft.Name)) problems.Add(new("name", "Give the stack a name."));
        else Limit(problems, "name", draft.Name, FieldLimits.Name);

        var slug = EffectiveSlug(draft);
        if (slug.Length == 0 && !string.IsNullOrWhiteSpace(draft.Name)) problems.Add(new("slug", "Choose a slug: the name has no letters or digits to make one from."));
        else if (slug.Length > 0 && !Slugs.IsValid(slug)) problems.Add(new("slug", $"'{CsvTable.Truncate(slug, 40)}' is not a valid slug: use lowercase a-z, 0-9 and single hyphens."));
        else if (ReservedSlugs.Contains(slug)) problems.Add(new("slug", $"'{slug}' is the address of a page of the site; choose another slug."));
        else if (otherSlugs.Contains(slug)) problems.Add(new("slug", $"Another stack already has the slug '{slug}'.", Conflict: true));

        Limit(problems, "author", draft.Author, FieldLimits.Person);
        Limit(problems, "contact", draft.Contact, FieldLimits.Contact);
        Limit(problems, "summary", draft.Summary, FieldLimits.Summary);
        if (!string.IsNullOrWhiteSpace(draft.Date) && ParseDate(draft.Date) is null)
            problems.Add(new("date", $"'{CsvTable.Truncate(draft.Date.Trim(), 20)}' is not a date such as 2024-05-01."));

        if (draft.Picks.Count > MaxPicks) problems.Add(new("picks", $"A stack can place at most {MaxPicks} tools."));
        var unknown = draft.Picks.Where(p => catalog.LevelOf(p.Tool, p.Component) is null).Take(5).ToList();
        if (unknown.Count > 0)
            problems.Add(new("picks", "Unknown tool and component pairs (the catalog does not record that the tool covers the component): "
                + string.Join(", ", unknown.Select(p => $"{CsvTable.Truncate(p.Tool, 40)} on {CsvTable.Truncate(p.Component, 40)}")) + "."));
        return problems;
    }

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static void Limit(List<DraftProblem> problems, string field, string? value, int max)
    {
        if (value is { Length: > 0 } && value.Length > max) problems.Add(new(field, string.Create(CultureInfo.InvariantCulture, $"The {field} has {value.Length:N0} characters; the limit is {max:N0}.")));
        else if (FieldLimits.ControlCharacter(value) is { } control) problems.Add(new(field, FieldLimits.HasControlCharacter(field, control) + "."));
    }
}
