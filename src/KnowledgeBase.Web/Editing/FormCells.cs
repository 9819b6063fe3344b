using KnowledgeBase.Interchange;
using KnowledgeBase.Web.ToolCatalog;

namespace KnowledgeBase.Web.Editing;

/// <summary>
/// A form's values as the cells of the importer's tables, and the importer's problems back as problems beside the
/// fields: the site's forms check nothing themselves that the files could get wrong too.
/// </summary>
public static class FormCells
{
    /// <summary>A text box's value as a cell: one line, trimmed; the reader then checks it as it would a file's.</summary>
    public static string Cell(string? value) => (value ?? "").Replace('\r', ' ').Replace('\n', ' ').Trim();

    /// <summary>Items typed separated by commas, semicolons or lines, as a multi-valued cell.</summary>
    public static string List(string? value) =>
        string.Join(';', (value ?? "").Split([',', ';', '\n']).Select(t => t.Trim()).Where(t => t.Length > 0));

    /// <summary>The field an error in a one-row table points at: its column's name, or the whole form.</summary>
    public static string FieldOf(ImportError error, IReadOnlyList<string> columns) =>
        columns.ElementAtOrDefault((error.Column ?? 0) - 1) ?? "form";

    /// <summary>Adds every error (warnings are not problems) of a one-row table beside its field.</summary>
    public static void Report(FormProblems problems, IEnumerable<ImportError> errors, IReadOnlyList<string> columns)
    {
        foreach (var e in errors.Where(e => !e.IsWarning))
            problems.Add(FieldOf(e, columns), e.Message);
    }
}

/// <summary>Slugs the site's own pages take: an entity under one of them could never be opened.</summary>
public static class ReservedSlugs
{
    /// <summary>The page that adds an entity: <c>/layers/new</c>, <c>/tools/new</c>.</summary>
    public const string New = "new";

    public static void Check(string slug, string what, FormProblems problems)
    {
        if (slug == New) problems.Add("slug", $"'{slug}' is kept for the page that adds a {what}; choose another slug");
    }
}
