using System.Text.Json;
using KnowledgeBase.Web.Cli;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Cli;

public class SearchVerbsTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static async Task<string> ImportAsync(TempDirectory temp)
    {
        var kb = temp.Combine("kb");
        var import = await RunAsync("import", "--data", Repository.Data, "--literature", Repository.Literature, "--data-dir", kb);
        Assert.That(import.Exit, Is.EqualTo(0), import.Err);
        Assert.That(import.Out, Does.Contain("indexed "), "import rebuilds the index");
        return kb;
    }

    [Test]
    public async Task Reindex_prints_the_counts_per_type_and_the_time()
    {
        using var temp = new TempDirectory();
        var kb = await ImportAsync(temp);

        var (exit, output, error) = await RunAsync("reindex", "--data-dir", kb);

        Assert.That((exit, error), Is.EqualTo((0, "")));
        Assert.That(output, Does.Match(@"^indexed \d+ tools, \d+ components, 10 layers, \d+ requirements, \d+ sources, \d+ glossary terms \(\d+ documents, catalog version 1\) in \d+\.\d\d s"));
    }

    [Test]
    public async Task Search_prints_hits_with_their_addresses()
    {
        using var temp = new TempDirectory();
        var kb = await ImportAsync(temp);

        var (exit, output, error) = await RunAsync("search", "MLflow", "--data-dir", kb);

        Assert.That((exit, error), Is.EqualTo((0, "")));
        var lines = output.Split('\n');
        Assert.That(lines[0], Does.Match(@"^\d+ result\(s\) for ""MLflow"" \(tools \d+"));
        Assert.That(lines[1], Does.StartWith("tool        MLflow  /tools/mlflow"));
    }

    [Test]
    public async Task Search_with_json_prints_the_api_shape()
    {
        using var temp = new TempDirectory();
        var kb = await ImportAsync(temp);

        var (exit, output, _) = await RunAsync("search", "type:layer", "--json", "--data-dir", kb);

        Assert.That(exit, Is.EqualTo(0));
        var json = JsonDocument.Parse(output).RootElement;
        Assert.That(json.GetProperty("total").GetInt32(), Is.EqualTo(10));
        Assert.That(json.GetProperty("hits")[0].GetProperty("url").GetString(), Does.StartWith("/layers/"));
    }

    [Test]
    public async Task Search_rebuilds_a_missing_index_first()
    {
        using var temp = new TempDirectory();
        var kb = await ImportAsync(temp);
        Directory.Delete(Path.Combine(kb, "index"), recursive: true);

        var (exit, output, _) = await RunAsync("search", "kubeflow", "--data-dir", kb);

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Does.Contain("/tools/kubeflow"));
    }

    [TestCase("\"unbalanced")]
    [TestCase("AND")]
    [TestCase("*")]
    [TestCase("tag:")]
    public async Task An_invalid_query_exits_1_with_a_message_on_stderr(string query)
    {
        using var temp = new TempDirectory();
        var kb = await ImportAsync(temp);

        var (exit, output, error) = await RunAsync("search", query, "--data-dir", kb);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error, Does.StartWith("kb search: "));
        Assert.That(output, Is.Empty);
    }

    [TestCase("reindex")]
    [TestCase("search", "mlflow")]
    public async Task Without_a_database_the_verbs_exit_1(params string[] args)
    {
        using var temp = new TempDirectory();
        var (exit, _, error) = await RunAsync([.. args, "--data-dir", temp.Combine("empty")]);
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error, Does.Contain("run 'kb import' first"));
    }

    [Test]
    public async Task Search_without_a_query_is_a_usage_error()
    {
        var (exit, _, error) = await RunAsync("search");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("kb --help"));
    }
}
