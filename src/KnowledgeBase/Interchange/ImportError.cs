namespace KnowledgeBase.Interchange;

/// <summary>
/// One problem found in the catalog files, printed as <c>path:line: message</c>
/// (or <c>path:line:column: message</c> when a CSV column is known). A warning (<c>path:line: warning: message</c>)
/// is an oddity that was imported anyway, in a form the message states: it blocks nothing but <c>validate --strict</c>.
/// </summary>
public sealed record ImportError(string Path, int Line, string Message, int? Column = null, bool IsWarning = false)
{
    public static ImportError Warning(string path, int line, string message) => new(path, line, message, IsWarning: true);

    public override string ToString()
    {
        var message = IsWarning ? "warning: " + Message : Message;
        return Column is { } column ? $"{Path}:{Line}:{column}: {message}"
            : Line > 0 ? $"{Path}:{Line}: {message}"
            : $"{Path}: {message}"; // a problem with a whole folder has no line
    }
}
