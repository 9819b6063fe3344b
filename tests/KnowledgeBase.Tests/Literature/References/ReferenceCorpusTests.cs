using System.Text;
using KnowledgeBase.Literature.References;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Literature.References;

/// <summary>
/// The files of <c>corpus/</c>, shaped as Zotero, Better BibTeX, Google Scholar, IEEE and ACM, JabRef and RIS exports
/// really are, each read into drafts and compared with its golden listing in <c>corpus/expected/</c>. After an
/// intended change to the reader, run the tests with KB_UPDATE_GOLDEN=1 and review the diff of the listings.
/// </summary>
public class ReferenceCorpusTests
{
    private static readonly string Corpus = Path.Combine(Repository.Root, "tests", "KnowledgeBase.Tests", "Literature", "References", "corpus");

    internal static ReferenceReadResult ReadCorpus(string file) =>
        ReferenceReader.Read(File.ReadAllText(Path.Combine(Corpus, file)), file);

    [TestCase("zotero.bib", ReferenceFormat.BibTex, 5)]
    [TestCase("better-biblatex.bib", ReferenceFormat.BibTex, 2)]
    [TestCase("google-scholar.bib", ReferenceFormat.BibTex, 1)]
    [TestCase("publisher.bib", ReferenceFormat.BibTex, 4)]
    [TestCase("jabref.bib", ReferenceFormat.BibTex, 4)]
    [TestCase("broken.bib", ReferenceFormat.BibTex, 2)]
    [TestCase("zotero.ris", ReferenceFormat.Ris, 5)]
    [TestCase("publisher-crlf.ris", ReferenceFormat.Ris, 3)]
    public void Each_export_gives_the_drafts_of_its_golden_listing(string file, ReferenceFormat format, int entries)
    {
        var read = ReadCorpus(file);

        Assert.That(read.Format, Is.EqualTo(format));
        Assert.That(read.Entries, Has.Count.EqualTo(entries));
        Assert.That(read.Entries.Select(e => e.Draft.Draft), Is.All.True);
        Golden(file + ".txt", Listing(read));
    }

    [TestCase("zotero.bib")]
    [TestCase("better-biblatex.bib")]
    [TestCase("google-scholar.bib")]
    [TestCase("publisher.bib")]
    [TestCase("jabref.bib")]
    [TestCase("zotero.ris")]
    [TestCase("publisher-crlf.ris")]
    public void A_well_formed_export_reads_without_errors(string file) =>
        Assert.That(ReadCorpus(file).Errors.Where(e => !e.IsWarning).Select(e => e.ToString()), Is.Empty);

    [Test]
    public void The_broken_file_reports_each_bad_entry_at_its_line_and_keeps_the_good_ones()
    {
        var read = ReadCorpus("broken.bib");

        Assert.That(read.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "broken.bib:9: unclosed '{' in 'title' (opened on line 10): its value runs on into the fields after it",
            "broken.bib:15: the entry has no title",
        }));
        Assert.That(read.Entries.Select(e => e.Key), Is.EqualTo(new[] { "breck2017", "xin2021" }));
        Assert.That(read.Entries.Select(e => e.Line), Is.EqualTo(new[] { 1, 21 }));
    }

    /// <summary>Every value of every draft and every message, one per line, so that a golden diff shows what changed.</summary>
    private static string Listing(ReferenceReadResult read)
    {
        var b = new StringBuilder();
        foreach (var entry in read.Entries)
        {
            var d = entry.Draft;
            b.Append(d.Slug).Append("  (line ").Append(entry.Line).Append(", key ").Append(entry.Key ?? "none").Append(")\n");
            b.Append("  title: ").Append(d.Title).Append('\n');
            if (d.FullTitle is not null) b.Append("  full title: ").Append(d.FullTitle).Append('\n');
            b.Append("  authors: ").Append(string.Join("; ", d.Authors)).Append('\n');
            b.Append("  year: ").Append(d.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none").Append('\n');
            b.Append("  kind: ").Append(d.Kind ?? "none").Append('\n');
            foreach (var id in d.Identifiers) b.Append("  ").Append(id.Scheme).Append(": ").Append(id.Value).Append('\n');
            b.Append("  tags: ").Append(d.Tags.Count == 0 ? "none" : string.Join("; ", d.Tags)).Append('\n');
            if (entry.Duplicate is { } dup) b.Append("  duplicate of: ").Append(dup.Slug).Append(" (").Append(dup.Reason).Append(")\n");
        }
        b.Append("messages:\n");
        foreach (var error in read.Errors) b.Append("  ").Append(error).Append('\n');
        return b.ToString();
    }

    private static void Golden(string name, string actual)
    {
        var path = Path.Combine(Corpus, "expected", name);
        if (Environment.GetEnvironmentVariable("KB_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }
        Assert.That(File.Exists(path), $"golden file {name} is missing; run with KB_UPDATE_GOLDEN=1");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(path)));
    }
}
