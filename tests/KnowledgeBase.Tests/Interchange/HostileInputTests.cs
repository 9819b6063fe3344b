using System.Text;
using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Interchange;

/// <summary>
/// A corpus of hostile files dropped into an otherwise valid catalog (31 notes, hostile rows in six tables, a
/// table of binary junk): each must be reported with its path and a line, the whole check must finish, and an
/// import must leave the database exactly as it was.
/// </summary>
public class HostileInputTests
{
    private static readonly Dictionary<string, byte[]> Notes = new()
    {
        ["empty"] = [],
        ["only-dashes"] = Utf8("---\n"),
        ["binary-junk"] = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray(),
        ["invalid-utf8"] = [.. Utf8("---\ntitle: \""), 0xC3, 0x28, .. Utf8("\"\n---\n")],
        ["five-megabytes"] = Utf8("---\ntitle: Big\n---\n" + new string('x', 5 * 1024 * 1024)),
        ["deep-flow-nesting"] = Utf8("---\ntitle: T\nx: " + new string('[', 20_000) + "\n---\n"),
        ["deep-block-nesting"] = Utf8("---\ntitle: T\n" + string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "k:\n")) + "---\n"),
        ["alias-bomb"] = Utf8("---\ntitle: T\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ntags: *d\n---\n"),
        ["title-is-a-map"] = Utf8("---\ntitle:\n  a: b\n---\n"),
        ["title-is-an-empty-list"] = Utf8("---\ntitle: []\n---\n"),
        ["rating-nine"] = Utf8("---\ntitle: T\nrating: 9\n---\n"),
        ["rating-negative"] = Utf8("---\ntitle: T\nrating: -1\n---\n"),
        ["rating-fraction"] = Utf8("---\ntitle: T\nrating: 3.5\n---\n"),
        ["year-text"] = Utf8("---\ntitle: T\nyear: soon\n---\n"),
        ["year-huge"] = Utf8("---\ntitle: T\nyear: 99999999999\n---\n"),
        ["date-impossible"] = Utf8("---\ntitle: T\ndate: 2022-13-45\n---\n"),
        ["draft-maybe"] = Utf8("---\ntitle: T\ndraft: maybe\n---\n"),
        ["difficulty-unknown"] = Utf8("---\ntitle: T\ndifficulty: wizard\n---\n"),
        ["identifier-value-a-list"] = Utf8("---\ntitle: T\nidentifiers:\n  - doi: [a, b]\n---\n"),
        ["identifier-bad-scheme"] = Utf8("---\ntitle: T\nidentifiers:\n  - \"123\": x\n---\n"),
        ["unclosed"] = Utf8("---\ntitle: T\nno end\n"),
        ["tab-indented"] = Utf8("---\ntitle: T\ntags:\n\t- a\n---\n"),
        ["scalar-root"] = Utf8("---\njust some text\n---\n"),
        ["colon-in-plain-title"] = Utf8("---\ntitle: a: b\n---\n"),
        ["unterminated-quote"] = Utf8("---\ntitle: \"never closed\n---\n"),
        ["no-front-matter"] = Utf8("# Just Markdown\n"),
        ["!!!"] = Utf8("---\ntitle: T\n---\n"), // a file name with no slug in it
        ["authors-nested"] = Utf8("---\ntitle: T\nauthors:\n  - [a, b]\n---\n"),
        ["control-characters"] = Utf8("---\ntitle: \"\u0001\u0002\"\nrating: \u0000\n---\n"),
        ["duplicate-of-kumara"] = Utf8("---\ntitle: Duplicate\n---\n"),
    };

    /// <summary>Hostile rows appended to the small catalog's tables, with the line each is on.</summary>
    private static readonly (string File, string Rows, int Line)[] Tables =
    [
        ("tools.csv", "kubeflow,Kubeflow\n", 3),                                            // too few cells
        ("components.csv", "containers,infrastructure,2,Containers again,Duplicate slug\n", 4), // duplicate slug
        ("tool_coverage.csv", "mlflow,no-such-component,full,\n", 3),                     // unknown reference
        ("requirements.csv", "not a code,model-management,T,S,functional,must,\n", 3),     // bad code
        ("pipelines.csv", "deployment,2,Deployment,#2ca02c,Same slug twice,extra,cells\n", 3), // too many cells
        ("checklist.csv", "small,MOD-01,\"unterminated\n", 3),                            // quote never closed
        ("tool_relations.csv", "mlflow,integrates-with,mlflow,,javascript:alert(1)\n", 2), // self-relation, script link
    ];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static SmallCatalog WriteCorpus(TempDirectory temp)
    {
        var catalog = new SmallCatalog(temp.Combine("files"));
        foreach (var (name, bytes) in Notes)
        {
            var path = name == "duplicate-of-kumara"
                ? Path.Combine(Directory.CreateDirectory(Path.Combine(catalog.LiteratureDir, "nested")).FullName, "kumara-2022.md")
                : Path.Combine(catalog.LiteratureDir, name + ".md");
            File.WriteAllBytes(path, bytes);
        }
        foreach (var (file, rows, _) in Tables)
            File.AppendAllText(Path.Combine(catalog.DataDir, file), rows);
        File.WriteAllBytes(Path.Combine(catalog.DataDir, "stack_tools.csv"), Notes["binary-junk"]);
        return catalog;
    }

    [Test]
    public void Every_hostile_note_is_reported_with_its_path_and_a_line()
    {
        using var temp = new TempDirectory();
        var catalog = WriteCorpus(temp);

        var errors = CatalogReader.Read(catalog.DataDir, catalog.LiteratureDir).Errors;

        Assert.That(Notes, Has.Count.GreaterThanOrEqualTo(30));
        foreach (var name in Notes.Keys)
        {
            var file = name == "duplicate-of-kumara" ? Path.Combine("nested", "kumara-2022.md") : name + ".md";
            Assert.That(errors.Any(e => e.Path.EndsWith(file, StringComparison.Ordinal) && e.Line >= 1), $"{file} was not reported");
        }
        Assert.That(errors.Select(e => e.Message), Has.None.Contains("Exception").And.None.Contains("   at "));
    }

    [Test]
    public void Every_hostile_table_row_is_reported_with_its_file_and_line()
    {
        using var temp = new TempDirectory();
        var catalog = WriteCorpus(temp);

        var errors = CatalogReader.Read(catalog.DataDir, catalog.LiteratureDir).Errors;

        foreach (var (file, _, line) in Tables)
            Assert.That(errors.Any(e => Path.GetFileName(e.Path) == file && e.Line == line),
                $"{file}:{line} was not reported; got {string.Join(" | ", errors.Where(e => Path.GetFileName(e.Path) == file))}");
        Assert.That(errors.Any(e => Path.GetFileName(e.Path) == "stack_tools.csv" && e.Line >= 1), "binary junk as a table");
    }

    [Test]
    public async Task Importing_the_hostile_corpus_changes_nothing()
    {
        using var temp = new TempDirectory();
        var clean = new SmallCatalog(temp.Combine("clean"));
        var directory = new DataDirectory(temp.Combine("kb")).Create();
        await using (var db = CatalogDatabase.Open(directory))
        {
            await CatalogDatabase.MigrateAsync(db);
            Assert.That(await CatalogImporter.ImportFilesAsync(db, clean.DataDir, clean.LiteratureDir), Is.Empty);
        }
        var before = await ExportAsync(directory, temp.Combine("before"));

        var hostile = WriteCorpus(temp);
        await using (var db = CatalogDatabase.Open(directory))
            Assert.That(await CatalogImporter.ImportFilesAsync(db, hostile.DataDir, hostile.LiteratureDir), Is.Not.Empty);

        Assert.That(await ExportAsync(directory, temp.Combine("after")), Is.EqualTo(before));
    }

    private static async Task<string> ExportAsync(DataDirectory directory, string outDir)
    {
        await using var db = CatalogDatabase.Open(directory);
        await CatalogExporter.ExportAsync(db, outDir);
        return string.Join("\n", Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Path.GetFileName(f) + "\n" + File.ReadAllText(f)));
    }
}
