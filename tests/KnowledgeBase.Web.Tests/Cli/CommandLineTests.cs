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
