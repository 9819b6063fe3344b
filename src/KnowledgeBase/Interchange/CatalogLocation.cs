namespace KnowledgeBase.Interchange;

/// <summary>Where the catalog's text files are: a folder of CSV tables and a folder of literature notes.</summary>
public sealed record CatalogLocation(string DataDir, string LiteratureDir)
{
    /// <summary>
    /// The given folders, or <c>data/</c> and <c>literature/</c> in the current directory or the nearest parent
    /// that has them, so the site finds the shipped catalog whether started from the repository root or a project.
    /// </summary>
    public static CatalogLocation Resolve(string? dataDir, string? literatureDir, string? startDirectory = null)
    {
        if (dataDir is not null && literatureDir is not null)
            return new CatalogLocation(dataDir, literatureDir);
        var root = FindRoot(startDirectory ?? Environment.CurrentDirectory) ?? startDirectory ?? Environment.CurrentDirectory;
        return new CatalogLocation(dataDir ?? Path.Combine(root, "data"), literatureDir ?? Path.Combine(root, "literature"));
    }

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "data", "layers.csv")) && Directory.Exists(Path.Combine(dir.FullName, "literature")))
                return dir.FullName;
        return null;
    }
}
