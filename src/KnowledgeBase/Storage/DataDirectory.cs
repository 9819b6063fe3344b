namespace KnowledgeBase.Storage;

/// <summary>Where the working copy lives: the SQLite file and the search index.</summary>
public sealed record DataDirectory(string Root)
{
    public const string EnvironmentVariable = "KB_DATA_DIR";

    public string DatabasePath => Path.Combine(Root, "catalog.db");

    public string IndexPath => Path.Combine(Root, "index");

    /// <summary>The <c>--data-dir</c> option, else <c>KB_DATA_DIR</c>, else <c>.kb/</c> under the current directory.</summary>
    public static DataDirectory Resolve(string? option)
    {
        var root = !string.IsNullOrWhiteSpace(option) ? option
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : Path.Combine(Environment.CurrentDirectory, ".kb");
        return new DataDirectory(Path.GetFullPath(root));
    }

    public DataDirectory Create()
    {
        Directory.CreateDirectory(Root);
        return this;
    }
}
