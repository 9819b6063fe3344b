using KnowledgeBase.Search;

namespace KnowledgeBase.Tests.Search;

/// <summary>Snippets cut and mark text the way the index analysed it; no index needed.</summary>
public class SnippetTests
{
    private static readonly Lucene.Net.Analysis.Analyzer Analyzer = SearchAnalyzers.Create();

    private static string Html(string text, string query, int window = 240) =>
        new SnippetBuilder(Analyzer, window).Build(text, HighlightTerms.From(QueryCompiler.Compile(query, Analyzer).Query)).ToHtml();

    [TestCase("Monitoring models in production.", "monitor", "<mark>Monitoring</mark> models in production.")]
    [TestCase("The tool monitors drift.", "monitoring", "The tool <mark>monitors</mark> drift.")]
    [TestCase("Feature stores and a feature store.", "\"feature store\"", "<mark>Feature</mark> <mark>stores</mark> and a <mark>feature</mark> <mark>store</mark>.")]
    [TestCase("Kubeflow and Kubernetes.", "kube*", "<mark>Kubeflow</mark> and <mark>Kubernetes</mark>.")]
    [TestCase("Drift but not Python.", "drift -python", "<mark>Drift</mark> but not Python.")]
    [TestCase("Tags: drift.", "tag:drift", "Tags: drift.")]
    public void Matched_words_are_marked_by_their_stem(string text, string query, string expected) =>
        Assert.That(Html(text, query), Is.EqualTo(expected));

    [Test]
    public void Everything_else_is_html_encoded()
    {
        var html = Html("<script>alert('x')</script> & drift <b>", "drift");
        Assert.That(html, Is.EqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <mark>drift</mark> &lt;b&gt;"));
    }

    [Test]
    public void The_window_with_the_most_different_terms_wins_and_cut_ends_get_an_ellipsis()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler words about nothing.", 20)) + " Drift alone here. "
            + string.Join(' ', Enumerable.Repeat("more filler text.", 20)) + " Drift detection with alerts. "
            + string.Join(' ', Enumerable.Repeat("closing words.", 20));

        var html = Html(text, "drift alerts", window: 80);

        Assert.That(html, Does.StartWith("…").And.EndWith("…"));
        Assert.That(html, Does.Contain("<mark>Drift</mark> detection with <mark>alerts</mark>"));
        Assert.That(html, Does.Not.Contain("alone"));
    }

    [Test]
    public void Without_a_match_the_snippet_is_the_start_of_the_text_cut_at_a_word()
    {
        var html = Html("One two three four five six seven eight nine ten eleven twelve", "zebra", window: 20);
        Assert.That(html, Is.EqualTo("One two three four…"));
    }

    [Test]
    public void Line_breaks_read_as_spaces() => Assert.That(Html("a\n\n  drift\r\nb", "drift"), Is.EqualTo("a <mark>drift</mark> b"));
}
