using KnowledgeBase.Interchange;
using KnowledgeBase.Literature;
using KnowledgeBase.Storage;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Interchange;

/// <summary>
/// The folder <c>linklog/</c>: notes with the quirks a real Hugo link-log has (capitals in file names, a section
/// page, a page bundle, bare and placeholder identifiers, schemes with spaces, empty lists for single values,
/// several difficulties and their synonyms, keys the catalog does not know, CRLF and a byte-order mark, notes in
/// sub-folders). Added to a valid catalog, they all import, each doubtful one with a warning that names its file
/// and line, and nothing a note said is lost on export.
/// </summary>
public class LinkLogImportTests
{
    private static readonly string Corpus = Path.Combine(TestContext.CurrentContext.TestDirectory, "Interchange", "linklog");

    private static SmallCatalog WithLinkLog(TempDirectory temp)
    {
        var catalog = new SmallCatalog(temp.Combine("files"));
        foreach (var file in Directory.EnumerateFiles(Corpus, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(catalog.LiteratureDir, Path.GetRelativePath(Corpus, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return catalog;
    }

    private static CatalogReadResult Read(SmallCatalog catalog) => CatalogReader.Read(catalog.DataDir, catalog.LiteratureDir);

    private static Source Note(CatalogReadResult read, string slug) => read.Snapshot.Sources.Single(s => s.Slug == slug);

    [Test]
    public void Every_note_of_a_real_link_log_imports()
    {
        using var temp = new TempDirectory();
        var read = Read(WithLinkLog(temp));

        Assert.That(read.Errors.Select(e => e.ToString()), Is.Empty);
        Assert.That(read.Snapshot.Sources.Select(s => s.Slug), Is.SupersetOf(new[]
        {
            "mlops-canvas-notes", "feature-store-primer", "schemes-as-people-write-them", "keys-we-do-not-know",
            "deep-in-a-section", "saved-by-notepad",
        }));
        Assert.That(read.Snapshot.Sources.Select(s => s.Slug), Has.None.EqualTo("index").And.None.EqualTo("_index").And.None.EqualTo("links"),
            "Hugo's section page describes the folder and is no note");
    }

    // The fragment each warning must contain, the file it is in and its line there.
    [TestCase("MLOps-Canvas-Notes.md", 1, "the file name 'MLOps-Canvas-Notes' is not a slug; the note is imported as 'mlops-canvas-notes'")]
    [TestCase("MLOps-Canvas-Notes.md", 9, "identifier 'isbn/doi' looks like a template placeholder")]
    [TestCase("MLOps-Canvas-Notes.md", 22, "unknown key 'RSS' is not shown by the site; it is kept")]
    [TestCase("feature-store-primer/index.md", 5, "has no scheme; it is read as url")]
    [TestCase("feature-store-primer/index.md", 6, "has no scheme; it is read as doi")]
    [TestCase("feature-store-primer/index.md", 7, "has no scheme; it is read as arxiv")]
    [TestCase("feature-store-primer/index.md", 8, "has no scheme; it is read as isbn")]
    [TestCase("feature-store-primer/index.md", 10, "difficulty 'novice' is read as 'beginner'")]
    [TestCase("schemes-as-people-write-them.md", 7, "identifier 'url: url' looks like a template placeholder")]
    [TestCase("schemes-as-people-write-them.md", 8, "identifier scheme 'semantic-scholar' is not one the site links")]
    [TestCase("schemes-as-people-write-them.md", 9, "difficulty 'expert' is read as 'advanced'")]
    [TestCase("keys-we-do-not-know.md", 3, "unknown key 'description'")]
    [TestCase("keys-we-do-not-know.md", 4, "unknown key 'picture'")]
    [TestCase("keys-we-do-not-know.md", 7, "unknown key 'aliases'")]
    [TestCase("keys-we-do-not-know.md", 9, "unknown key 'weight'")]
    public void A_doubtful_value_imports_with_a_warning_at_its_line(string file, int line, string fragment)
    {
        using var temp = new TempDirectory();
        var catalog = WithLinkLog(temp);
        var read = Read(catalog);

        var path = Path.Combine(catalog.LiteratureDir, file);
        var warnings = read.Warnings.Where(w => w.Path == path).ToList();
        Assert.That(warnings.Where(w => w.Line == line).Select(w => w.Message), Has.Some.Contains(fragment),
            "warnings of the file: " + string.Join(" | ", warnings));
        Assert.That(warnings.Select(w => w.ToString()), Has.All.StartWith($"{path}:").And.All.Contains(": warning: "));
    }

    [Test]
    public void Quirks_that_lose_nothing_import_silently()
    {
        using var temp = new TempDirectory();
        var catalog = WithLinkLog(temp);
        var read = Read(catalog);

        string[] silent = ["saved-by-notepad.md", Path.Combine("sections", "papers", "deep-in-a-section.md"), "_index.md"];
        foreach (var file in silent)
            Assert.That(read.Warnings.Where(w => w.Path == Path.Combine(catalog.LiteratureDir, file)), Is.Empty, file);
        Assert.That(read.Warnings.Where(w => w.Path.StartsWith(Path.Combine(catalog.LiteratureDir, "kumara"), StringComparison.Ordinal)), Is.Empty,
            "the catalog's own canonical notes");
    }

    [Test]
    public void Values_are_read_as_a_researcher_meant_them()
    {
        using var temp = new TempDirectory();
        var read = Read(WithLinkLog(temp));

        var canvas = Note(read, "mlops-canvas-notes");
        Assert.That(canvas.FullTitle, Is.Null, "link_title: [] is no title");
        Assert.That(canvas.Difficulties, Is.EqualTo(new[] { "beginner", "intermediate" }));
        Assert.That(canvas.Kind, Is.EqualTo("blogpost"));
        Assert.That(canvas.Identifiers.Select(i => $"{i.Scheme}:{i.Value}"), Is.EqualTo(new[] { "url:https://example.org/mlops-stack-canvas" }));

        var primer = Note(read, "feature-store-primer");
        Assert.That(primer.Identifiers.Select(i => $"{i.Scheme}:{i.Value}"), Is.EqualTo(new[]
        {
            "url:https://example.org/feature-stores", "doi:10.1234/abc.5678", "arxiv:2005.11401", "isbn:978-0-13-468599-1",
        }));
        Assert.That((primer.Kind, primer.Difficulties), Is.EqualTo((null as string, new List<string> { "beginner" })));

        var schemes = Note(read, "schemes-as-people-write-them");
        Assert.That(schemes.Identifiers.Select(i => $"{i.Scheme}:{i.Value}"), Is.EqualTo(new[]
        {
            "open-library:OL123M", "doi:10.1000/xyz123", "semantic-scholar:0123456789abcdef",
        }));
        Assert.That(schemes.Difficulties, Is.EqualTo(new[] { "advanced" }), "Advanced and expert are one level");

        var notepad = Note(read, "saved-by-notepad");
        Assert.That((notepad.Title, notepad.Tags.Single(), notepad.Note), Is.EqualTo(("Saved by Notepad", "windows", "CRLF line endings and a byte-order mark.\n")));
    }

    [Test]
    public async Task Unknown_keys_survive_import_and_export_verbatim()
    {
        using var temp = new TempDirectory();
        var catalog = WithLinkLog(temp);
        var directory = new DataDirectory(temp.Combine("kb")).Create();
        await using (var db = CatalogDatabase.Open(directory))
        {
            await CatalogDatabase.MigrateAsync(db);
            Assert.That(await CatalogImporter.ImportFilesAsync(db, catalog.DataDir, catalog.LiteratureDir), Is.Empty);
            await CatalogExporter.ExportAsync(db, temp.Combine("out"));
        }

        var exported = File.ReadAllText(temp.Combine("out", "literature", "keys-we-do-not-know.md"));
        Assert.That(exported, Does.Contain("""
            description: "A summary Hugo shows in list pages"
            picture:
              src: /img/cover.png
              alt: "a cover" # with a comment
            aliases:
              - /old/path/
            weight: 10
            ---
            """));
        Assert.That(File.ReadAllText(temp.Combine("out", "literature", "mlops-canvas-notes.md")), Does.Contain("RSS: https://example.org/feed.xml\n---\n"));

        // The exported files are canonical: read again they give the same notes, and written again the same bytes.
        var again = CatalogReader.Read(temp.Combine("out", "data"), temp.Combine("out", "literature"));
        Assert.That(again.Errors, Is.Empty);
        foreach (var source in again.Snapshot.Sources)
            Assert.That(LiteratureNoteWriter.Write(source), Is.EqualTo(File.ReadAllText(temp.Combine("out", "literature", source.Slug + ".md"))), source.Slug);
    }

    [Test]
    public void Two_files_that_give_one_slug_are_an_error_naming_both()
    {
        using var temp = new TempDirectory();
        var catalog = WithLinkLog(temp);
        File.WriteAllText(Path.Combine(catalog.LiteratureDir, "mlops-canvas-notes.md"), "---\ntitle: The same slug, in lower case\n---\n");

        var read = Read(catalog);

        Assert.That(read.Errors.Select(e => e.ToString()), Has.One.EqualTo(
            $"{Path.Combine(catalog.LiteratureDir, "mlops-canvas-notes.md")}:1: duplicate slug 'mlops-canvas-notes': {Path.Combine(catalog.LiteratureDir, "MLOps-Canvas-Notes.md")} has it too"));
    }
}
