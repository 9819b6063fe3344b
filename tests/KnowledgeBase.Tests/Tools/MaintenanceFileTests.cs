using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Tools;

namespace KnowledgeBase.Tests.Tools;

/// <summary><c>data/tool_maintenance.csv</c>: checked like every table, and written back exactly as it was read.</summary>
public class MaintenanceFileTests
{
    private const string Header = "tool,status,latest_release,checked,evidence,note\n";

    private const string Mlflow = "mlflow,active,2026-10,2026-12-07,https://github.com/mlflow/mlflow/releases,Monthly releases\n";

    // A second open-source tool with a repository, and a managed service without one.
    private const string Tools = "slug,name,homepage,repository,license,kind,vendor,summary,tags\n" +
        "mlflow,MLflow,https://mlflow.org,https://github.com/mlflow/mlflow,Apache-2.0,open-source,Linux Foundation,Tracks experiments,python\n" +
        "minio,MinIO,https://min.io,https://github.com/minio/minio,AGPL-3.0-or-later,open-source,MinIO,Object store,s3\n" +
        "sagemaker,SageMaker,https://aws.amazon.com/sagemaker/,,proprietary,managed-service,AWS,Managed ML,aws\n";

    private static CatalogReadResult Read(string maintenance)
    {
        using var temp = new TempDirectory();
        var catalog = new SmallCatalog(temp.Path);
        catalog.Write("tools.csv", Tools);
        catalog.Write("tool_maintenance.csv", Header + maintenance);
        return CatalogReader.Read(catalog.DataDir, catalog.LiteratureDir);
    }

    [Test]
    public void A_row_is_read_with_its_status_release_and_check_date()
    {
        var read = Read(Mlflow + "minio,unmaintained,2025-10-15,2026-12-07,https://github.com/minio/minio#readme,README says so\n");

        Assert.That(read.Errors, Is.Empty);
        Assert.That(read.Warnings, Is.Empty);
        var rows = read.Snapshot.Maintenance.ToDictionary(m => m.ToolSlug);
        Assert.That((rows["mlflow"].Status, rows["mlflow"].LatestRelease, rows["mlflow"].Checked), Is.EqualTo((MaintenanceStatus.Active, "2026-10", new DateOnly(2026, 12, 7))));
        Assert.That((rows["minio"].Status, rows["minio"].LatestRelease, rows["minio"].IsAbandoned), Is.EqualTo((MaintenanceStatus.Unmaintained, "2025-10-15", true)));
    }

    [Test]
    public void An_unknown_status_needs_neither_a_date_nor_evidence() =>
        Assert.That(Read("mlflow,unknown,,2026-12-07,,\n").Errors, Is.Empty);

    [TestCase("nope,active,2026-10,2026-12-07,https://example.org/r,\n", 1, "unknown tool 'nope'")]
    [TestCase("mlflow,abandoned,2026-10,2026-12-07,https://example.org/r,\n", 2, "'abandoned' is not one of active, slow, unmaintained, archived, unknown")]
    [TestCase("mlflow,active,2026-13,2026-12-07,https://example.org/r,\n", 3, "'2026-13' is not a month such as 2026-10 or a date such as 2026-10-14")]
    [TestCase("mlflow,active,Oct 2026,2026-12-07,https://example.org/r,\n", 3, "'Oct 2026' is not a month such as 2026-10 or a date such as 2026-10-14")]
    [TestCase("mlflow,active,2026-10,07/12/2026,https://example.org/r,\n", 4, "'07/12/2026' is not a date such as 2026-12-07")]
    [TestCase("mlflow,active,2026-10,,https://example.org/r,\n", 4, "'checked' is empty")]
    [TestCase("mlflow,active,2026-10,2999-01-01,https://example.org/r,\n", 4, "'2999-01-01' is in the future")]
    [TestCase("mlflow,active,2026-11-02,2026-11-01,https://example.org/r,\n", 3, "'2026-11-02' is after the check on 2026-11-01")]
    [TestCase("mlflow,active,2026-10,2026-12-07,ftp://example.org/r,\n", 5, "'ftp://example.org/r' is not an http(s) URL")]
    [TestCase("mlflow,archived,2021-08,2026-12-07,,\n", 5, "a 'archived' status needs evidence: the releases page or the README line that says it")]
    [TestCase("sagemaker,active,2026-10,2026-12-07,https://example.org/r,\n", 1, "tool 'sagemaker' has no repository; record maintenance only for tools with one")]
    public void A_bad_row_is_reported_with_its_line_and_column(string row, int column, string message)
    {
        var read = Read(Mlflow.Replace("mlflow,", "minio,", StringComparison.Ordinal) + row);

        var error = read.Errors.Single();
        Assert.That((error.Line, error.Column, error.Message), Is.EqualTo((3, column, message)));
        Assert.That(error.ToString(), Does.EndWith($"tool_maintenance.csv:3:{column}: {message}"));
        Assert.That(read.Snapshot.Maintenance.Select(m => m.ToolSlug), Is.EqualTo(new[] { "minio" }), "the bad row is dropped, the good one kept");
    }

    [Test]
    public void A_tool_listed_twice_is_reported_with_the_line_of_its_first_row()
    {
        var error = Read(Mlflow + Mlflow).Errors.Single();
        Assert.That((error.Line, error.Column, error.Message), Is.EqualTo((3, 1, "duplicate 'mlflow' (first on line 2)")));
    }

    [TestCase("mlflow,active,2024-03,2026-12-07,https://example.org/r,\n", "status 'active' but the latest release is more than 18 months before the check")]
    [TestCase("mlflow,slow,2026-03,2026-12-07,https://example.org/r,\n", "status 'slow' but the latest release is within 18 months of the check")]
    public void A_status_the_release_date_contradicts_is_imported_with_a_warning(string row, string message)
    {
        var read = Read(row);
        Assert.That(read.Errors, Is.Empty);
        Assert.That(read.Warnings.Single().ToString(), Does.Contain("tool_maintenance.csv:2: warning: " + message));
        Assert.That(read.Snapshot.Maintenance, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Import_then_export_writes_the_file_back_byte_for_byte()
    {
        const string file = Header + "minio,archived,2025-10-15,2026-12-07,https://github.com/minio/minio,\"Read-only since April 2026; the README says \"\"no longer maintained\"\"\"\n" + Mlflow;
        using var temp = new TempDirectory();
        var catalog = new SmallCatalog(temp.Path);
        catalog.Write("tools.csv", Tools);
        catalog.Write("tool_maintenance.csv", file);
        var directory = new DataDirectory(temp.Combine("kb")).Create();
        await using (var db = CatalogDatabase.Open(directory))
        {
            await CatalogDatabase.MigrateAsync(db);
            Assert.That(await CatalogImporter.ImportFilesAsync(db, catalog.DataDir, catalog.LiteratureDir), Is.Empty);
            Assert.That(db.ToolMaintenance.Count(), Is.EqualTo(2));
            await CatalogExporter.ExportAsync(db, temp.Combine("out"));
        }

        Assert.That(File.ReadAllText(temp.Combine("out", "data", "tool_maintenance.csv")), Is.EqualTo(file));
    }

    [Test]
    public async Task A_row_removed_from_the_file_is_removed_from_the_database()
    {
        using var temp = new TempDirectory();
        var catalog = new SmallCatalog(temp.Path);
        catalog.Write("tools.csv", Tools);
        catalog.Write("tool_maintenance.csv", Header + Mlflow + "minio,archived,,2026-12-07,https://github.com/minio/minio,\n");
        var directory = new DataDirectory(temp.Combine("kb")).Create();
        await using var db = CatalogDatabase.Open(directory);
        await CatalogDatabase.MigrateAsync(db);
        Assert.That(await CatalogImporter.ImportFilesAsync(db, catalog.DataDir, catalog.LiteratureDir), Is.Empty);

        catalog.Write("tool_maintenance.csv", Header + Mlflow);
        Assert.That(await CatalogImporter.ImportFilesAsync(db, catalog.DataDir, catalog.LiteratureDir), Is.Empty);

        Assert.That(db.ToolMaintenance.Select(m => m.ToolSlug).ToList(), Is.EqualTo(new[] { "mlflow" }));
    }
}
