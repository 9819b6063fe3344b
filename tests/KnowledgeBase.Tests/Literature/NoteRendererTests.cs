using KnowledgeBase.Literature;

namespace KnowledgeBase.Tests.Literature;

public class NoteRendererTests
{
    private readonly NoteRenderer _renderer = new(path => path == "/img/present.png");

    [TestCase("[x](javascript:alert(1))", "<p><a href=\"\">x</a></p>\n")]
    [TestCase("[x](JavaScript:alert(1))", "<p><a href=\"\">x</a></p>\n")]
    [TestCase("[x](<java\tscript:alert(1)>)", "<p><a href=\"\">x</a></p>\n")]
    [TestCase("[x](data:text/html;base64,AAAA)", "<p><a href=\"\">x</a></p>\n")]
    [TestCase("[x](https://example.org/a?b=c)", "<p><a href=\"https://example.org/a?b=c\">x</a></p>\n")]
    [TestCase("[x](/tools/mlflow#top)", "<p><a href=\"/tools/mlflow#top\">x</a></p>\n")]
    [TestCase("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n")]
    [TestCase("<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>\n")]
    [TestCase("![diagram](/img/missing.png)", "<p><em>[image: diagram]</em></p>\n")]
    [TestCase("![diagram](kumara2022_pipelines.png)", "<p><em>[image: diagram]</em></p>\n")]
    [TestCase("![diagram](/img/present.png)", "<p><img src=\"/img/present.png\" alt=\"diagram\" /></p>\n")]
    public void Notes_render_without_scripts_or_broken_images(string markdown, string html) =>
        Assert.That(_renderer.Render(markdown), Is.EqualTo(html));

    [Test]
    public void Front_matter_left_in_a_note_is_not_rendered() =>
        Assert.That(_renderer.Render("---\ntitle: x\n---\n# Heading\n"), Is.EqualTo("<h1 id=\"heading\">Heading</h1>\n").Or.EqualTo("<h1>Heading</h1>\n"));
}

public class BibTexTests
{
    [Test]
    public void A_paper_becomes_an_article_with_escaped_fields()
    {
        var source = new Source
        {
            Slug = "kreuzberger-2023", Title = "MLOps", FullTitle = "Machine Learning Operations (MLOps): Overview, Definition, and Architecture",
            Authors = ["Dominik Kreuzberger", "Niklas Kühl", "Sebastian Hirschl"], Year = 2023, Kind = "paper",
            Identifiers = [new SourceIdentifier { Scheme = "doi", Value = "10.1109/ACCESS.2023.3262138" }, new SourceIdentifier { Scheme = "arxiv", Value = "2205.02302" }],
            Tags = ["mlops", "r&d_50%"],
        };
        Assert.That(BibTex.Entry(source), Is.EqualTo(
            "@article{kreuzberger-2023,\n" +
            "  title = {Machine Learning Operations (MLOps): Overview, Definition, and Architecture},\n" +
            "  author = {Dominik Kreuzberger and Niklas Kühl and Sebastian Hirschl},\n" +
            "  year = {2023},\n" +
            "  doi = {10.1109/ACCESS.2023.3262138},\n" +
            "  eprint = {2205.02302},\n" +
            "  archiveprefix = {arXiv},\n" +
            "  keywords = {mlops, r\\&d\\_50\\%},\n" +
            "}\n"));
    }

    [TestCase("doi", "10.1109/ACCESS.2023.3262138", "https://doi.org/10.1109/ACCESS.2023.3262138")]
    [TestCase("arxiv", "2205.02302", "https://arxiv.org/abs/2205.02302")]
    [TestCase("url", "javascript:alert(1)", null)]
    [TestCase("isbn", "9781098107963", null)]
    public void Identifiers_link_to_their_resolver(string scheme, string value, string? link) =>
        Assert.That(BibTex.Link(new SourceIdentifier { Scheme = scheme, Value = value }), Is.EqualTo(link));
}
