namespace KnowledgeBase.Tests.Support;

/// <summary>Paths of the repository the tests run in, to reach the shipped catalog.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");

    public static string Literature => Path.Combine(Root, "literature");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeBase.sln")))
                return dir.FullName;
        throw new InvalidOperationException("KnowledgeBase.sln not found above " + AppContext.BaseDirectory);
    }
}
