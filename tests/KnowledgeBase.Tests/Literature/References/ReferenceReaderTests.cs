using KnowledgeBase.Literature.References;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Tests.Literature.References;

/// <summary>Telling the formats apart, RIS quirks, and values over their limits reported without stopping the others.</summary>
public class ReferenceReaderTests
{
    [TestCase("@article{k, title = {T}}", ReferenceFormat.BibTex)]
    [TestCase("% JabRef\n\n@Article{k,\n title = {T}}", ReferenceFormat.BibTex)]
    [TestCase("\uFEFFTY  - JOUR\nTI  - T\nER  - \n", ReferenceFormat.Ris)]
    [TestCase("Provider: ACM\r\n\r\nTY  - CONF\r\nTI  - T\r\nER  - \r\n", ReferenceFormat.Ris)]
    [TestCase("Just some words", null)]
    [TestCase("", null)]
    public void The_format_is_told_by_the_text(string text, ReferenceFormat? format) =>
        Assert.That(ReferenceReader.Detect(text.Replace("\r\n", "\n", StringComparison.Ordinal)), Is.EqualTo(format));

    [Test]
    public void Text_that_is_neither_format_is_one_error_on_line_1() =>
        Assert.That(ReferenceReader.Read("Sculley et al. 2015, Hidden technical debt").Errors.Select(e => e.ToString()),
            Is.EqualTo(new[] { "pasted:1: the text is neither BibTeX (entries such as '@article{key, …}') nor RIS (records starting 'TY  - ')" }));

    [TestCase("JOUR", "paper")]
    [TestCase("CONF", "paper")]
    [TestCase("CPAPER", "paper")]
    [TestCase("RPRT", "paper")]
    [TestCase("BOOK", "book")]
    [TestCase("CHAP", "bookchapter")]
    [TestCase("ELEC", "website")]
    [TestCase("BLOG", "blogpost")]
    [TestCase("SLIDE", "presentation")]
    [TestCase("GEN", null)]
    public void Ris_types_become_the_kinds_the_catalog_uses(string type, string? kind) =>
        Assert.That(ReferenceReader.Read($"TY  - {type}\nTI  - T\nER  - \n").Entries.Single().Draft.Kind, Is.EqualTo(kind));

    [Test]
    public void Ris_reads_first_authors_dates_and_wrapped_values()
    {
        var entry = ReferenceReader.Read("TY  - JOUR\r\nT1  - A long title\r\n  wrapped onto a second line\r\nA1  - Steele, Guy L., Jr.\r\nAU  - Google\r\nY1  - 2019/05/27/\r\nKW  - Data; Pipelines\r\nKW  - data\r\nUR  - https://arxiv.org/abs/2205.02302v1\r\nER  - \r\n").Entries.Single();
        Assert.That(entry.Draft.Title, Is.EqualTo("A long title wrapped onto a second line"));
        Assert.That(entry.Draft.Authors, Is.EqualTo(new[] { "Guy L. Steele Jr.", "Google" }));
        Assert.That(entry.Draft.Year, Is.EqualTo(2019));
        Assert.That(entry.Draft.Tags, Is.EqualTo(new[] { "data", "pipelines" }));
        Assert.That(entry.Draft.Identifiers.Select(i => (i.Scheme, i.Value)), Is.EqualTo(new[] { ("arxiv", "2205.02302") }));
    }

    [Test]
    public void A_ris_tag_before_any_record_is_an_error_and_the_record_after_it_is_read()
    {
        var read = ReferenceReader.Read("TY  - JOUR\nTI  - First\nER  - \nAU  - Stray, Line\nTY  - BOOK\nTI  - Second\n");
        Assert.That(read.Entries.Select(e => e.Draft.Title), Is.EqualTo(new[] { "First", "Second" }));
        Assert.That(read.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "pasted:4: 'AU' comes before any 'TY' line: a RIS record starts with 'TY  - '",
            "pasted:5: warning: the record has no 'ER' line; it is read to the end of the text",
        }));
    }

    [Test]
    public void A_title_over_the_full_title_limit_is_an_error_for_that_entry_only()
    {
        var read = ReferenceReader.Read("@article{long,\n title = {" + new string('x', FieldLimits.FullTitle + 1) + "}}\n@article{ok, title = {Fine}}", "refs.bib");
        Assert.That(read.Entries.Select(e => e.Key), Is.EqualTo(new[] { "ok" }));
        Assert.That(read.Errors.Select(e => e.ToString()), Is.EqualTo(new[] { "refs.bib:2: 'title' has 1,001 characters; the limit is 1,000" }));
    }

    [Test]
    public void A_title_over_the_short_title_limit_is_kept_whole_as_the_full_title()
    {
        var title = string.Join(' ', Enumerable.Repeat("pipeline", 50)); // 449 characters
        var draft = ReferenceReader.Read("@article{k, title = {" + title + "}}").Entries.Single().Draft;
        Assert.That(draft.FullTitle, Is.EqualTo(title));
        Assert.That(draft.Title, Has.Length.LessThanOrEqualTo(FieldLimits.Name).And.EndWith("…"));
    }

    [TestCase("author = {J", FieldLimits.Person, "'author' has 201 characters")]
    [TestCase("keywords = {", FieldLimits.Tag, "'keyword' has 61 characters")]
    [TestCase("url = {https://example.org/", FieldLimits.Url, "'url' has 2,001 characters")]
    public void Other_values_over_their_limits_are_errors_of_their_entry(string start, int limit, string message)
    {
        var value = start + new string('a', limit + 1 - (start.Length - start.IndexOf('{', StringComparison.Ordinal) - 1)) + "}";
        var read = ReferenceReader.Read("@article{k, title = {T},\n " + value + "}");
        Assert.That(read.Entries, Is.Empty);
        Assert.That(read.Errors.Single().ToString(), Does.StartWith("pasted:2: " + message));
    }

    [Test]
    public void Too_many_authors_is_an_error_of_their_entry()
    {
        var authors = string.Join(" and ", Enumerable.Range(1, FieldLimits.ListItems + 1).Select(i => $"Author{i}, A."));
        var read = ReferenceReader.Read("@article{k, title = {T}, author = {" + authors + "}}");
        Assert.That((read.Entries.Count, read.Errors.Single().Message), Is.EqualTo((0, "'author' has 101 items; the limit is 100")));
    }

    [Test]
    public void A_year_out_of_range_is_left_empty_with_a_warning()
    {
        var read = ReferenceReader.Read("@article{k, title = {T}, year = {forthcoming}}");
        Assert.That(read.Entries.Single().Draft.Year, Is.Null);
        Assert.That(read.Errors.Single().ToString(), Is.EqualTo("pasted:1: warning: 'year' has no year from 1000 to 2200 in 'forthcoming'; the year is left empty"));
    }

    [TestCase("@article{k, title = {T}", "pasted:1: entry 'k' is not closed: expected ',' or '}' on line 1")]
    [TestCase("@article{k, title = \"T}", "pasted:1: unclosed '\"' in 'title' (opened on line 1)")]
    [TestCase("@article{k, title {T}}", "pasted:1: field 'title' has no '='")]
    [TestCase("@article{k, title = {T}, journal = undefinedmacro}", "pasted:1: warning: 'undefinedmacro' in 'journal' is no @string defined before it; it is read as written")]
    [TestCase("@patent{k, title = {T}}", "pasted:1: warning: entry type '@patent' has no kind in the catalog; the kind is left empty")]
    [TestCase("@article{k, title = {T}, doi = {not a doi}}", "pasted:1: warning: 'doi' 'not a doi' is not a DOI (10.prefix/suffix); it is left out")]
    [TestCase("@article{k, title = {T}, url = {javascript:alert(1)}}", "pasted:1: warning: 'url' 'javascript:alert(1)' is not an http(s) link; it is left out")]
    public void Each_problem_is_reported_at_its_line(string bib, string message) =>
        Assert.That(ReferenceReader.Read(bib).Errors.Select(e => e.ToString()), Does.Contain(message));

    [Test]
    public void Deep_nesting_and_a_flood_of_braces_do_not_exhaust_the_stack()
    {
        var read = ReferenceReader.Read("@article{k, title = {" + new string('{', 100_000) + "T" + new string('}', 100_000) + "}}");
        Assert.That(read.Entries.Single().Draft.Title, Is.EqualTo("T"));
    }
}
