using KnowledgeBase.Literature;
using KnowledgeBase.Literature.References;

namespace KnowledgeBase.Tests.Literature.References;

/// <summary>Drafts the catalog already has, found by DOI, arXiv id or folded title; slugs that are taken get a suffix.</summary>
public class ReferenceDuplicateTests
{
    private static readonly List<Source> Catalog = BibTexRoundTripTests.ShippedSources();

    private static ReferenceEntry One(string bib) => ReferenceReader.Read(bib, existing: Catalog).Entries.Single();

    [TestCase("doi = {10.1109/access.2023.3262138}", "kreuzberger-2023-mlops-overview", DuplicateReason.Doi)]
    [TestCase("doi = {https://doi.org/10.1109/ICSE-SEIP.2019.00042}", "amershi-2019-software-engineering-for-ml", DuplicateReason.Doi)]
    [TestCase("eprint = {2205.02302v2}, archiveprefix = {arXiv}", "kreuzberger-2023-mlops-overview", DuplicateReason.Arxiv)]
    [TestCase("journal = {arXiv preprint arXiv:2209.09125}", "shankar-2022-operationalizing-ml", DuplicateReason.Arxiv)]
    public void A_work_with_an_identifier_the_catalog_has_is_a_duplicate(string field, string slug, DuplicateReason reason) =>
        Assert.That(One("@article{k, title = {Anything}, " + field + "}").Duplicate, Is.EqualTo(new ReferenceDuplicate(slug, reason, false)));

    [TestCase("Hidden technical debt in machine learning systems", "sculley-2015-hidden-technical-debt")]
    [TestCase("{HIDDEN} Technical-Debt in Machine  Learning Systems.", "sculley-2015-hidden-technical-debt")]
    [TestCase("Machine learning operations (mlops): Overview, definition, and architecture", "kreuzberger-2023-mlops-overview")]
    [TestCase("Who needs {MLOps}: what data scientists seek to accomplish and how can {MLOps} help", "makinen-2021-who-needs-mlops")]
    [TestCase("AI Lifecycle Models Need To Be Revised. An Exploratory Study in FinTech", "haakman-2021-ai-lifecycle-models")]
    public void A_work_whose_title_folds_to_a_catalog_title_is_a_duplicate(string title, string slug) =>
        Assert.That(One("@article{k, title = {" + title + "}}").Duplicate, Is.EqualTo(new ReferenceDuplicate(slug, DuplicateReason.Title, false)));

    [Test]
    public void Titles_fold_case_accents_punctuation_and_spacing() =>
        Assert.That(ReferenceDuplicates.FoldedTitle(" Déjà  vu: A Straße—of   ÆONS! "), Is.EqualTo("deja vu a strasse of aeons"));

    [Test]
    public void A_new_work_is_no_duplicate() =>
        Assert.That(One("@article{k, title = {A Work Nobody Has Catalogued}, doi = {10.9999/none}}").Duplicate, Is.Null);

    [Test]
    public void An_entry_repeated_in_the_same_paste_names_the_earlier_entry()
    {
        var read = ReferenceReader.Read("""
            @article{a, title = {Streaming Features}, author = {Doe, Jane}, year = 2024, doi = {10.9999/abc}}
            @article{b, title = {Streaming features (extended)}, author = {Doe, Jane}, year = 2024, doi = {10.9999/ABC}}
            @misc{c, title = {Streaming Features}, author = {Roe, Rick}}
            """);
        Assert.That(read.Entries.Select(e => e.Duplicate), Is.EqualTo(new[]
        {
            null,
            new ReferenceDuplicate("doe-2024-streaming-features", DuplicateReason.Doi, true),
            new ReferenceDuplicate("doe-2024-streaming-features", DuplicateReason.Title, true),
        }));
        Assert.That(read.Errors.Select(e => e.ToString()), Has.Some.EqualTo(
            "pasted:2: warning: the entry has the same DOI as the entry read as 'doe-2024-streaming-features' above it"));
    }

    [Test]
    public void A_duplicate_of_the_catalog_is_reported_as_a_warning_at_its_line()
    {
        var read = ReferenceReader.Read("\n\n@article{k, title = {Hidden Technical Debt in Machine Learning Systems}}", "refs.bib", Catalog);
        Assert.That(read.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "refs.bib:3: warning: the catalog already has this work: 'sculley-2015-hidden-technical-debt' has the same title",
        }));
    }

    [Test]
    public void A_slug_the_catalog_or_the_paste_already_has_gets_the_next_free_suffix()
    {
        var existing = new List<Source>
        {
            new() { Slug = "doe-2024-streaming-features", Title = "Something else" },
            new() { Slug = "doe-2024-streaming-features-2", Title = "Something else again" },
        };
        var read = ReferenceReader.Read("""
            @article{a, title = {Streaming Features: Part One}, author = {Doe, Jane}, year = 2024}
            @article{b, title = {Streaming Features: Part Two}, author = {Doe, Jane}, year = 2024}
            """, existing: existing);
        Assert.That(read.Entries.Select(e => e.Draft.Slug), Is.EqualTo(new[] { "doe-2024-streaming-features-3", "doe-2024-streaming-features-4" }));
    }

    [TestCase("Kühl", 2023, "Machine Learning Operations (MLOps): Overview", "kuhl-2023-machine-learning-operations")]
    [TestCase("Google", 2020, "MLOps: Continuous delivery and automation pipelines", "google-2020-mlops-continuous-delivery")]
    [TestCase("Sculley", 2015, "Hidden Technical Debt in Machine Learning Systems", "sculley-2015-hidden-technical-debt")]
    [TestCase(null, null, "The Art of the Pipeline", "art-pipeline")]
    [TestCase(null, null, "?!", "reference")]
    public void Slugs_are_made_like_the_shipped_ones(string? family, int? year, string title, string slug) =>
        Assert.That(ReferenceSlugs.For(family, year, title), Is.EqualTo(slug));
}
