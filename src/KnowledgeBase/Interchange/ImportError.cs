namespace KnowledgeBase.Interchange;

/// <summary>
/// One problem found in the catalog files, printed as <c>path:line: message</c>
/// (or <c>path:line:column: message</c> when a CSV column is known).
/// </summary>
public sealed record ImportError(string Path, int Line, string Message, int? Column = null)
{
    public override string ToString() =>
        Column is { } column ? $"{Path}:{Line}:{column}: {Message}"
        : Line > 0 ? $"{Path}:{Line}: {Message}"
        : $"{Path}: {Message}"; // a problem with a whole folder has no line
}
