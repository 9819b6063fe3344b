namespace KnowledgeBase.Accounts;

/// <summary>
/// The three roles, each allowed what the one before it is: a contributor submits for review, an editor edits and
/// approves, an admin also manages accounts. An account holds exactly one of them.
/// </summary>
public static class AccountRoles
{
    public const string Contributor = "contributor";
    public const string Editor = "editor";
    public const string Admin = "admin";

    // Declared before All: static fields are initialised in the order they are written.
    private static readonly string[] Ranked = [Contributor, Editor, Admin];

    /// <summary>In rising order of what they may do.</summary>
    public static readonly IReadOnlyList<string> All = Ranked;

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);

    /// <summary>True when <paramref name="held"/> allows at least what <paramref name="needed"/> allows.</summary>
    public static bool Allows(string? held, string needed) =>
        IsKnown(held) && Rank(held!) >= Rank(needed);

    private static int Rank(string role) => Array.IndexOf(Ranked, role);
}
