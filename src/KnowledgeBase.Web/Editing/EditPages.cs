using KnowledgeBase.History;
using KnowledgeBase.Web.ToolCatalog;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBase.Web.Editing;

/// <summary>What every edit form shows besides its fields: problems by field, on a conflict the newer version, and a notice.</summary>
public sealed record EditState(FormProblems Problems, EntityRecord? Theirs = null, string? Notice = null)
{
    public static EditState Fresh(string? notice = null) => new(new FormProblems(), null, notice);
}

/// <summary>The confirmation of a delete, or the reasons it cannot happen yet.</summary>
public sealed record DeletePage(string Kind, string Name, string Path, string Removes, IReadOnlyList<string> Reasons);

public static class EditResults
{
    /// <summary>A form answered with its status: 400 for problems, 409 for a conflict, 200 otherwise.</summary>
    public static ViewResult WithStatus(this ViewResult view, int status)
    {
        view.StatusCode = status;
        return view;
    }

    /// <summary>The one message of a save over a newer version.</summary>
    public static FormProblems Conflict(string what)
    {
        var problems = new FormProblems();
        problems.Add("form", $"Someone saved this {what} after you opened it. Their version is beside yours: copy what you need into your form, then save again.");
        return problems;
    }
}
