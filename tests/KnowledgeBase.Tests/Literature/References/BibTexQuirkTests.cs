using KnowledgeBase.Literature;
using KnowledgeBase.Literature.References;

namespace KnowledgeBase.Tests.Literature.References;

/// <summary>One quirk of real .bib files per case: the value as written, and what the draft holds.</summary>
public class BibTexQuirkTests
{
    private static Source Single(string bib)
    {
        var read = ReferenceReader.Read(bib);
        Assert.That(read.Errors.Where(e => !e.IsWarning).Select(e => e.ToString()), Is.Empty);
        return read.Entries.Single().Draft;
    }

    private static Source WithTitle(string title) => Single("@article{k,\n  title = " + title + ",\n  year = 2020\n}\n");

    [TestCase("{Hidden Technical Debt}", "Hidden Technical Debt")]
    [TestCase("\"Hidden Technical Debt\"", "Hidden Technical Debt")]
    [TestCase("{{Title Case Protected}}", "Title Case Protected")]
    [TestCase("{Machine Learning Operations ({MLOps})}", "Machine Learning Operations (MLOps)")]
    [TestCase("\"A {\"}quoted{\"} word\"", "A \"quoted\" word")]
    [TestCase("{M{\\\"u}ller and K\\\"{u}hl}", "Müller and Kühl")]
    [TestCase("{Caf\\'{e} \\'e \\`a \\^o \\~n \\=a \\.z}", "Café é à ô ñ ā ż")]
    [TestCase("{Lu{\\'\\i}s and \\'{\\i}}", "Luís and í")]
    [TestCase("{Stra{\\ss}e and Stra\\ss e}", "Straße and Straße")]
    [TestCase("{\\o{} {\\O} {\\ae} {\\AE} {\\aa} \\l{}\\'od\\'z {\\oe}}", "ø Ø æ Æ å łódź œ")]
    [TestCase("{\\O \\ae}", "Øæ")]
    [TestCase("{\\c{c}a \\v{s} \\u{g} \\H{o} \\k{a} \\r{u}}", "ça š ğ ő ą ů")]
    [TestCase("{Data \\& Models: 100\\% \\$ \\# \\_}", "Data & Models: 100% $ # _")]
    [TestCase("{Pages 1--10, models---a survey}", "Pages 1–10, models—a survey")]
    [TestCase("{Section~3 of Part~II}", "Section 3 of Part II")]
    [TestCase("{A \\emph{very} \\textbf{bold} \\textit{claim}}", "A very bold claim")]
    [TestCase("{Typeset with \\LaTeX{} and \\texttt{BibTeX}}", "Typeset with LaTeX and BibTeX")]
    [TestCase("{A title\n         wrapped over\n  lines}", "A title wrapped over lines")]
    [TestCase("{``Quoted'' words}", "“Quoted” words")]
    [TestCase("{O$(n)$ time}", "O(n) time")]
    [TestCase("{a back\\textbackslash{}slash}", "a back\\slash")]
    public void Title_values_become_plain_unicode(string written, string expected) =>
        Assert.That(WithTitle(written).Title, Is.EqualTo(expected));

    [Test]
    public void String_macros_and_concatenation_are_expanded()
    {
        var draft = Single("""
            @string{ mlsys = "Machine Learning" }
            @STRING(ops = {Operations})
            @article{k, title = mlsys # " " # ops # { Today}, year = 2021}
            """);
        Assert.That(draft.Title, Is.EqualTo("Machine Learning Operations Today"));
    }

    [TestCase("Sculley, D. and Holt, Gary", "D. Sculley|Gary Holt")]
    [TestCase("D. Sculley and Gary Holt", "D. Sculley|Gary Holt")]
    [TestCase("{Google Cloud} and {Barnes and Noble}", "Google Cloud|Barnes and Noble")]
    [TestCase("Klaise, Janis and Cox, Clive and others", "Janis Klaise|Clive Cox")]
    [TestCase("van Deursen, Arie and Daum{\\'e} III, Hal", "Arie van Deursen|Hal Daumé III")]
    [TestCase("Steele, Jr., Guy L.", "Guy L. Steele Jr.")]
    [TestCase("K{\\\"u}hl, Niklas AND Hirschl,  Sebastian", "Niklas Kühl|Sebastian Hirschl")]
    [TestCase("Anderson, Sandra and Alexander, Amy", "Sandra Anderson|Amy Alexander")]
    public void Authors_are_split_on_and_and_written_first_name_first(string written, string expected) =>
        Assert.That(Single("@article{k, title = {T}, author = {" + written + "}}").Authors, Is.EqualTo(expected.Split('|')));

    [TestCase("doi = {10.1109/ACCESS.2023.3262138}", "doi", "10.1109/ACCESS.2023.3262138")]
    [TestCase("doi = {https://doi.org/10.1109/ACCESS.2023.3262138}", "doi", "10.1109/ACCESS.2023.3262138")]
    [TestCase("doi = {http://dx.doi.org/10.1145/3533378}", "doi", "10.1145/3533378")]
    [TestCase("doi = {doi:10.1145/3533378}", "doi", "10.1145/3533378")]
    [TestCase("doi = {10.1016/j.jss.2023.111615}", "doi", "10.1016/j.jss.2023.111615")]
    [TestCase("eprint = {2205.02302}, archivePrefix = {arXiv}", "arxiv", "2205.02302")]
    [TestCase("eprint = {2205.02302v3}, eprinttype = {arxiv}", "arxiv", "2205.02302")]
    [TestCase("eprint = {cs/0112017}, archiveprefix = {arXiv}", "arxiv", "cs/0112017")]
    [TestCase("journal = {arXiv preprint arXiv:2205.02302}", "arxiv", "2205.02302")]
    [TestCase("journal = {CoRR}, volume = {abs/2205.02302}", "arxiv", "2205.02302")]
    [TestCase("url = {https://arxiv.org/abs/2205.02302v2}", "arxiv", "2205.02302")]
    [TestCase("url = {https://arxiv.org/pdf/2205.02302.pdf}", "arxiv", "2205.02302")]
    [TestCase("url = {https://doi.org/10.1145/3533378}", "doi", "10.1145/3533378")]
    [TestCase("url = {https://example.org/a\\_b~c--d}", "url", "https://example.org/a_b~c--d")]
    [TestCase("howpublished = {\\url{https://martinfowler.com/articles/cd4ml.html}}", "url", "https://martinfowler.com/articles/cd4ml.html")]
    public void Identifiers_are_found_where_exports_put_them(string field, string scheme, string value) =>
        Assert.That(Single("@misc{k, title = {T}, " + field + "}").Identifiers.Select(i => (i.Scheme, i.Value)), Does.Contain((scheme, value)));

    [TestCase("year = 2019", 2019)]
    [TestCase("year = {2019}", 2019)]
    [TestCase("year = \"2019\"", 2019)]
    [TestCase("date = {2021-05-03}", 2021)]
    [TestCase("year = {2019}, month = jan", 2019)]
    [TestCase("year = {2019}, month = {March}", 2019)]
    [TestCase("year = {2019}, month = 3", 2019)]
    public void The_year_comes_from_year_or_a_biblatex_date(string field, int year) =>
        Assert.That(Single("@article{k, title = {T}, " + field + "}").Year, Is.EqualTo(year));

    [TestCase("article", "paper")]
    [TestCase("INPROCEEDINGS", "paper")]
    [TestCase("techreport", "paper")]
    [TestCase("phdthesis", "paper")]
    [TestCase("book", "book")]
    [TestCase("incollection", "bookchapter")]
    [TestCase("inbook", "bookchapter")]
    [TestCase("online", "website")]
    [TestCase("manual", "documentation")]
    public void Entry_types_become_the_kinds_the_catalog_uses(string type, string kind) =>
        Assert.That(Single("@" + type + "{k, title = {T}}").Kind, Is.EqualTo(kind));

    [TestCase("url = {https://example.org/post}", "website")]
    [TestCase("eprint = {2205.02302}, archiveprefix = {arXiv}", "paper")]
    [TestCase("note = {a leaflet}", null)]
    public void A_misc_entry_is_a_website_a_preprint_or_left_to_an_editor(string field, string? kind) =>
        Assert.That(Single("@misc{k, title = {T}, " + field + "}").Kind, Is.EqualTo(kind));

    [Test]
    public void Keywords_become_lower_case_tags_each_once()
    {
        var draft = Single("@article{k, title = {T}, keywords = {MLOps, Machine Learning; mlops,  machine   learning, {CI/CD}}}");
        Assert.That(draft.Tags, Is.EqualTo(new[] { "mlops", "machine learning", "ci/cd" }));
    }

    [Test]
    public void Comments_preambles_and_text_between_entries_are_skipped()
    {
        var read = ReferenceReader.Read("""
            % JabRef wrote this line
            Some notes outside any entry, with an address a@b.org in them.
            @comment{ @article{not, title = {Not an entry}} }
            @preamble{ "\newcommand{\noopsort}[1]{}" }
            @article(k, title = "Kept")
            @Comment{jabref-meta: databaseType:bibtex;}
            """);
        Assert.That(read.Errors, Is.Empty);
        Assert.That(read.Entries.Select(e => e.Draft.Title), Is.EqualTo(new[] { "Kept" }));
    }

    [Test]
    public void A_draft_has_no_invented_note_and_is_a_draft()
    {
        var draft = Single("@article{k, title = {T}}");
        Assert.That((draft.Draft, draft.Note, draft.Rating, draft.DateAdded, draft.Difficulties.Count), Is.EqualTo((true, "", (int?)null, (string?)null, 0)));
    }
}
