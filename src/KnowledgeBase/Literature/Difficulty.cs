namespace KnowledgeBase.Literature;

/// <summary>How demanding a work is for its reader: three levels, and the other words link-logs use for them.</summary>
public static class Difficulty
{
    public static readonly string[] Levels = ["beginner", "intermediate", "advanced"];

    /// <summary>Words people write for a level; a note using one imports with a warning naming the level it became.</summary>
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["novice"] = "beginner", ["basic"] = "beginner", ["introductory"] = "beginner", ["intro"] = "beginner",
        ["easy"] = "beginner", ["entry"] = "beginner", ["entry-level"] = "beginner", ["starter"] = "beginner",
        ["medium"] = "intermediate", ["moderate"] = "intermediate", ["mid"] = "intermediate",
        ["expert"] = "advanced", ["hard"] = "advanced", ["difficult"] = "advanced", ["deep"] = "advanced",
    };

    /// <summary>The level a word means: itself when it is a level, the level of a synonym, or null when unknown.</summary>
    public static string? Level(string word) =>
        Array.Find(Levels, l => string.Equals(l, word, StringComparison.OrdinalIgnoreCase)) ?? Synonyms.GetValueOrDefault(word);

    public static string AcceptedWords => string.Join(", ", Levels) + " (or " + string.Join(", ", Synonyms.Keys) + ")";

    /// <summary>Levels in their natural order, each once.</summary>
    public static List<string> Ordered(IEnumerable<string> levels) => [.. Levels.Where(levels.Contains)];
}
