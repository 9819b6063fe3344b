using KnowledgeBase.Web.Cli;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Cli;

public class CommandLineTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Test]
    public async Task Validate_accepts_the_shipped_catalog_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var (exit, output, error) = await RunAsync("validate", "--data", Repository.Data, "--literature", Repository.Literature, "--data-dir", temp.Path);
        Assert.That((exit, error), Is.EqualTo((0, "")));
        Assert.That(output, Does.StartWith("valid: 10 layers"));
        Assert.That(Directory.EnumerateFileSystemEntries(temp.Path), Is.Empty);
    }

    [Test]
    public async Task Import_then_export_through_the_verbs_reproduces_the_catalog()
    {
        using var temp = new TempDirectory();
        var import = await RunAsync("import", "--data", Repository.Data, "--literature", Repository.Literature, "--data-dir", temp.Combine("kb"));
        Assert.That(import.Exit, Is.EqualTo(0), import.Err);
        var export = await RunAsync("export", "--out", temp.Combine("out"), "--data-dir", temp.Combine("kb"));
        Assert.That(export.Exit, Is.EqualTo(0), export.Err);
        Assert.That(File.ReadAllText(temp.Combine("out", "data", "tools.csv")), Is.EqualTo(File.ReadAllText(Path.Combine(Repository.Data, "tools.csv"))));
    }

    [Test]
    public async Task Import_of_a_bad_catalog_exits_1_with_path_and_line_and_creates_no_database()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("data"));
        Directory.CreateDirectory(temp.Combine("literature"));
        File.WriteAllText(temp.Combine("data", "layers.csv"), "slug,order,name,summary\nBad Slug,1,X,\n");
        File.WriteAllText(temp.Combine("literature", "n.md"), "---\ntitle: T\nrating: 9\n---\n");

        var (exit, _, error) = await RunAsync("import", "--data", temp.Combine("data"), "--literature", temp.Combine("literature"), "--data-dir", temp.Combine("kb"));

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error, Does.Contain(temp.Combine("data", "layers.csv") + ":2:1: 'Bad Slug' is not a valid slug"));
        Assert.That(error, Does.Contain(temp.Combine("literature", "n.md") + ":3: 'rating' must be"));
        Assert.That(File.Exists(temp.Combine("kb", "catalog.db")), Is.False);
    }

    /// <summary>The shipped literature plus the link-log corpus of the core tests (notes with real-world quirks).</summary>
    private static string WithLinkLog(TempDirectory temp)
    {
        var corpus = Path.Combine(Repository.Root, "tests", "KnowledgeBase.Tests", "Interchange", "linklog");
        foreach (var (from, root) in new[] { (Repository.Literature, Repository.Literature), (corpus, corpus) }.SelectMany(d => Directory.EnumerateFiles(d.Item1, "*", SearchOption.AllDirectories).Select(f => (f, d.Item2))))
        {
            var target = Path.Combine(temp.Combine("literature"), Path.GetRelativePath(root, from));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(from, target);
        }
        return temp.Combine("literature");
    }

    [Test]
    public async Task A_link_log_imports_with_warnings_and_validate_strict_refuses_it()
    {
        using var temp = new TempDirectory();
        var literature = WithLinkLog(temp);

        var validate = await RunAsync("validate", "--data", Repository.Data, "--literature", literature, "--data-dir", temp.Combine("kb"));
        var strict = await RunAsync("validate", "--strict", "--data", Repository.Data, "--literature", literature, "--data-dir", temp.Combine("kb"));
        var import = await RunAsync("import", "--data", Repository.Data, "--literature", literature, "--data-dir", temp.Combine("kb"));

        Assert.That(validate.Exit, Is.EqualTo(0), validate.Err);
        Assert.That(validate.Err, Does.Contain(Path.Combine(literature, "MLOps-Canvas-Notes.md") + ":1: warning: the file name"));
        Assert.That(validate.Err, Does.Contain("warning(s)"));
        Assert.That(strict.Exit, Is.EqualTo(1));
        Assert.That(strict.Err, Does.Contain("refused by --strict"));
        Assert.That(import.Exit, Is.EqualTo(0), import.Err);
        Assert.That(import.Out, Does.Contain("imported"));
        Assert.That(import.Err, Does.Contain(": warning: unknown key 'RSS'"));
    }

    [Test]
    public async Task A_title_over_its_limit_is_refused_with_path_and_line_and_nothing_is_written()
    {
        // A 40,000-character title once committed, then crashed the import (exit 134) and broke search for everyone.
        using var temp = new TempDirectory();
        var literature = WithLinkLog(temp);
        File.WriteAllText(Path.Combine(literature, "long-title.md"), "---\ndate: 2024-01-01\ntitle: \"" + new string('t', 40_000) + "\"\n---\n");

        var (exit, _, error) = await RunAsync("import", "--data", Repository.Data, "--literature", literature, "--data-dir", temp.Combine("kb"));

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error, Does.Contain(Path.Combine(literature, "long-title.md") + ":3: 'title' has 40,000 characters; the limit is 300"));
        Assert.That(error, Does.Not.Contain("   at "));
        Assert.That(File.Exists(temp.Combine("kb", "catalog.db")), Is.False);
    }

    [Test]
    public async Task Export_without_a_database_exits_1()
    {
        using var temp = new TempDirectory();
        var (exit, _, error) = await RunAsync("export", "--out", temp.Combine("out"), "--data-dir", temp.Combine("empty"));
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error, Does.Contain("run 'kb import' first"));
    }

    [TestCase("frobnicate")]
    [TestCase("import", "--no-such-option")]
    [TestCase("export")]
    public async Task A_usage_error_exits_2(params string[] args)
    {
        var (exit, _, error) = await RunAsync(args);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("kb --help"));
    }
}
