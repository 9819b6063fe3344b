using KnowledgeBase.Interchange;
using KnowledgeBase.Literature;

namespace KnowledgeBase.Tests.Literature;

public class FrontMatterTests
{
    private static Source? Read(string text, out List<ImportError> errors, string slug = "note")
    {
        errors = [];
        return LiteratureNoteReader.Read(slug, text, $"literature/{slug}.md", errors);
    }

    [Test]
    public void The_hugo_link_log_keys_of_the_seed_note_are_understood()
    {
        var source = Read("""
            ---
            # title for above
            title: "Kumara2022 Mlops Reference Architecture"
            date: 2022-11-23T18:33:49+01:00
            draft: false
            rating: 
            identifyer:
              - url: https://www.techrxiv.org/articles/preprint/x/21397413
              - DOI: 10.36227/techrxiv.21397413.v1
            # full title of resource
            link_title: "Requirements and Reference Architecture for MLOps:Insights from Industry"
            authors: 
              - Indika Kumara 
              - Rowan Arts
            difficulties:
              - advanced
            linktypes:
                - paper
            tags:
                - mlops
                - ci/cd
            ---

            ## Body
            ![image](/img/missing.png)
            """, out var errors);

        Assert.That(errors, Is.Empty);
        Assert.That(source, Is.Not.Null);
        Assert.That(source!.Title, Is.EqualTo("Kumara2022 Mlops Reference Architecture"));
        Assert.That(source.FullTitle, Is.EqualTo("Requirements and Reference Architecture for MLOps:Insights from Industry"));
        Assert.That(source.DateAdded, Is.EqualTo("2022-11-23T18:33:49+01:00"));
        Assert.That(source.Draft, Is.False);
        Assert.That(source.Rating, Is.Null);
        Assert.That(source.Identifiers.Select(i => (i.Scheme, i.Value)), Is.EqualTo(new[]
        {
            ("url", "https://www.techrxiv.org/articles/preprint/x/21397413"),
            ("doi", "10.36227/techrxiv.21397413.v1"),
        }));
        Assert.That(source.Authors, Is.EqualTo(new[] { "Indika Kumara", "Rowan Arts" }));
        Assert.That(source.Difficulties, Is.EqualTo(new[] { "advanced" }));
        Assert.That(source.Kind, Is.EqualTo("paper"));
        Assert.That(source.Tags, Is.EqualTo(new[] { "mlops", "ci/cd" }));
        Assert.That(source.Note, Does.StartWith("\n## Body\n"));
    }

    [Test]
    public void The_conventional_keys_are_understood()
    {
        var source = Read("---\ntitle: T\nfull_title: Full\nkind: blogpost\ndifficulty: Beginner\nrating: 4\ndraft: true\nyear: 2020\ndate: 2024-01-02\nidentifiers:\n  - arxiv: \"2205.02302\"\nauthors: [A, B]\ntags: [x]\n---\nbody\n", out var errors);
        Assert.That(errors, Is.Empty);
        Assert.That(source!.FullTitle, Is.EqualTo("Full"));
        Assert.That(source.Kind, Is.EqualTo("blogpost"));
        Assert.That(source.Difficulties, Is.EqualTo(new[] { "beginner" }));
        Assert.That(source.Rating, Is.EqualTo(4));
        Assert.That(source.Draft, Is.True);
        Assert.That(source.Year, Is.EqualTo(2020));
        Assert.That(source.DateAdded, Is.EqualTo("2024-01-02"));
        Assert.That(source.Identifiers.Single().Scheme, Is.EqualTo("arxiv"));
        Assert.That(source.Authors, Is.EqualTo(new[] { "A", "B" }));
    }

    [Test]
    public void Crlf_line_endings_and_a_byte_order_mark_are_accepted()
    {
        var source = Read("\uFEFF---\r\ntitle: \"T\"\r\ntags:\r\n  - a\r\n---\r\nline one\r\nline two\r\n", out var errors);
        Assert.That(errors, Is.Empty);
        Assert.That(source!.Title, Is.EqualTo("T"));
        Assert.That(source.Note, Is.EqualTo("line one\nline two\n"));
    }

    [Test]
    public void Empty_values_and_missing_optional_keys_count_as_absent()
    {
        var source = Read("---\ntitle: T\nlink_title:\nauthors:\nrating:\ndraft:\nyear: \nidentifyer:\ntags:\n  -\n  - \" \"\n---\n", out var errors);
        Assert.That(errors, Is.Empty);
        Assert.That(source!.FullTitle, Is.Null);
        Assert.That(source.Authors, Is.Empty);
        Assert.That(source.Rating, Is.Null);
        Assert.That(source.Year, Is.Null);
        Assert.That(source.Identifiers, Is.Empty);
        Assert.That(source.Tags, Is.Empty);
        Assert.That(source.Note, Is.Empty);
    }

    [TestCase("no front matter\n", 1, "no front matter")]
    [TestCase("---\ntitle: T\n", 1, "not closed")]
    [TestCase("---\nauthors: [A]\n---\n", 1, "'title' is required")]
    [TestCase("---\ntitle: \"\"\n---\n", 2, "'title' is required")]
    [TestCase("---\ntitle: T\nrating: 9\n---\n", 3, "'rating' must be a whole number from 1 to 5")]
    [TestCase("---\ntitle: T\nrating: five\n---\n", 3, "'rating'")]
    [TestCase("---\ntitle: T\ndate: last tuesday\n---\n", 3, "'date' must be an ISO date")]
    [TestCase("---\ntitle: T\ndraft: maybe\n---\n", 3, "'draft' must be true or false")]
    [TestCase("---\ntitle: T\ndifficulty: wizard\n---\n", 3, "difficulty 'wizard' is not one of")]
    // An unclosed flow list is noticed where the YAML ends: the closing line.
    [TestCase("---\ntitle: T\ntags: [a\n---\n", 4, "invalid YAML")]
    [TestCase("---\ntitle: T\n  bad: indent\n---\n", 3, "invalid YAML")]
    [TestCase("---\ntitle: T\nidentifiers:\n  - [a, b]\n---\n", 4, "list of one-key maps")]
    [TestCase("---\n- a\n- b\n---\n", 2, "must be a mapping")]
    [TestCase("+++\ntitle = \"T\"\n+++\n", 1, "TOML front matter (+++) is not read")]
    [TestCase("{\"title\": \"T\"}\n", 1, "JSON front matter is not read")]
    public void An_invalid_note_is_reported_with_its_line(string text, int line, string message)
    {
        var source = Read(text, out var errors);
        Assert.That(source, Is.Null);
        Assert.That(errors, Has.Count.GreaterThanOrEqualTo(1));
        Assert.That(errors[0].Line, Is.EqualTo(line), errors[0].ToString());
        Assert.That(errors[0].Message, Does.Contain(message));
        Assert.That(errors[0].ToString(), Does.StartWith($"literature/note.md:{line}: "));
    }

    [Test]
    public void A_file_name_that_is_not_a_slug_is_reported()
    {
        Read("---\ntitle: T\n---\n", out var errors, slug: "Bad Name");
        Assert.That(errors.Single().Message, Does.Contain("not a valid slug"));
    }

    [Test]
    public void Deep_nesting_is_refused_before_the_parser_recurses()
    {
        var text = "---\ntitle: T\nx: " + new string('[', 5000) + "\n---\n";
        Read(text, out var errors);
        Assert.That(errors.Single().Message, Does.Contain("nests deeper"));
    }

    [Test]
    public void An_alias_bomb_is_not_expanded()
    {
        var text = "---\ntitle: T\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ntags: *f\n---\n";
        var source = Read(text, out var errors);
        // tags pointing at a list of lists is a shape error, found without expanding 9^6 nodes.
        Assert.That(source, Is.Null);
        Assert.That(errors, Has.Count.LessThan(20));
    }

    [Test]
    public void Writing_a_read_note_gives_the_canonical_text_back()
    {
        const string canonical = "---\ntitle: \"A \\\"quoted\\\" title\"\nfull_title: \"Full: with colon\"\nauthors:\n  - \"Ann Author\"\nyear: 2021\ndate: 2022-11-23T18:33:49+01:00\nkind: conference talk\ndifficulty: advanced\nrating: 3\ndraft: true\nidentifiers:\n  - doi: \"10.1/x\"\n  - url: \"https://example.org/a?b=c\"\ntags:\n  - \"ci/cd\"\n---\n\n# Note\n\nText.\n";
        var source = Read(canonical, out var errors);
        Assert.That(errors, Is.Empty);
        Assert.That(LiteratureNoteWriter.Write(source!), Is.EqualTo(canonical));
    }
}
