using KnowledgeBase.Interchange;
using KnowledgeBase.Literature;
using KnowledgeBase.Literature.References;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Literature.References;

/// <summary>
/// The site's own BibTeX (<see cref="BibTex.Entry"/>) of every shipped note, read back, gives every field the export
/// wrote: the title, the authors, the year, the identifiers, the tags, and the kind where BibTeX has a type for it.
/// </summary>
public class BibTexRoundTripTests
{
    internal static List<Source> ShippedSources()
    {
        var errors = new List<ImportError>();
        var sources = Directory.EnumerateFiles(Repository.Literature, "*.md").Order(StringComparer.Ordinal)
            .Select(f => LiteratureNoteReader.ReadFile(f, Path.GetFileNameWithoutExtension(f), f, errors))
            .OfType<Source>().ToList();
        Assert.That(errors.Where(e => !e.IsWarning), Is.Empty);
        return sources;
    }

    private static IEnumerable<TestCaseData> Notes() =>
        ShippedSources().Select(s => new TestCaseData(s).SetArgDisplayNames(s.Slug));

    [TestCaseSource(nameof(Notes))]
    public void A_note_exported_as_bibtex_reads_back_with_every_field(Source note)
    {
        var read = ReferenceReader.Read(BibTex.Entry(note), note.Slug + ".bib");

        Assert.That(read.Errors, Is.Empty);
        var back = read.Entries.Single();
        Assert.That(back.Key, Is.EqualTo(note.Slug));
        Assert.That(back.Draft.FullTitle ?? back.Draft.Title, Is.EqualTo(note.FullTitle ?? note.Title));
        Assert.That(back.Draft.Authors, Is.EqualTo(note.Authors));
        Assert.That(back.Draft.Year, Is.EqualTo(note.Year));
        Assert.That(back.Draft.Identifiers.Select(i => (i.Scheme, i.Value)),
            Is.EquivalentTo(note.Identifiers.Where(i => i.Scheme is "doi" or "arxiv" or "url" or "isbn").Select(i => (i.Scheme, i.Value))));
        Assert.That(back.Draft.Tags, Is.EqualTo(note.Tags.Select(t => t.ToLowerInvariant()).Distinct()));
        if (note.Kind is "paper" or "book" or "bookchapter")
            Assert.That(back.Draft.Kind, Is.EqualTo(note.Kind));
    }

    [Test]
    public void The_shipped_notes_cover_the_kinds_bibtex_can_carry()
    {
        // A round trip over notes of one kind only would prove little about the others.
        var kinds = ShippedSources().Select(s => s.Kind).ToHashSet();
        Assert.That(kinds, Is.SupersetOf(new[] { "paper", "book", "blogpost", "website" }));
    }
}
