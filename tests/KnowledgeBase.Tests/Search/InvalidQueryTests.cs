using KnowledgeBase.Search;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Search;

/// <summary>Whatever people type, search answers: a message for syntax it cannot use, never an exception.</summary>
[Parallelizable(ParallelScope.All)]
public class InvalidQueryTests
{
    private static IEnumerable<TestCaseData> Rejected()
    {
        TestCaseData Case(string query, string message, string name) => new TestCaseData(query, message).SetArgDisplayNames(name);

        yield return Case("\"unbalanced", "quotation mark", "unbalanced quote");
        yield return Case("\"drift detector", "quotation mark", "unbalanced quote before words");
        yield return Case("AND", "AND, OR and NOT", "a bare AND");
        yield return Case("mlflow OR", "AND, OR and NOT", "a dangling OR");
        yield return Case("*", "* must follow", "a bare star");
        yield return Case("*flow", "* must follow", "a leading star");
        yield return Case("tag:", "tag:", "a field without a value");
        yield return Case("(mlflow", "brackets", "an open bracket");
        yield return Case("mlflow)", "brackets", "a stray closing bracket");
        yield return Case("type:unicorn", "not a type", "an unknown type");
        yield return Case("[a TO", "range", "an open range");
        yield return Case("mlflow^", "^ needs a number", "a boost without a number");
        yield return Case("~", "~ must follow a word", "a lone tilde");
        yield return Case("\\", "\\ must be followed", "a lone backslash");
        yield return Case("!!!", "! means NOT", "exclamation marks");
        yield return Case(string.Join(' ', Enumerable.Repeat("drift", 2_000)), "500 characters", "10 kB of words");
        yield return Case(new string('x', 10_240), "500 characters", "10 kB without spaces");
        yield return Case(string.Concat(Enumerable.Repeat("(a OR ", 200)), "500 characters", "deeply nested brackets");
    }

    [TestCaseSource(nameof(Rejected))]
    public async Task A_query_the_parser_rejects_gets_a_message_and_no_exception(string query, string message)
    {
        Assert.That(message, Is.Not.Empty, "a case must name the message it expects, or it passes on any message");
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);

        SearchResults? results = null;
        Assert.DoesNotThrow(() => results = sandbox.Find(query));

        Assert.That(results!.IsInvalid, Is.True);
        Assert.That(results.Problem, Does.Contain(message));
        Assert.That(results.Query.Length, Is.LessThanOrEqualTo(QueryCompiler.MaxLength));
    }

    [Test]
    public async Task An_unbalanced_quote_still_finds_the_plain_words()
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);

        var results = sandbox.Find("\"drift detector");

        Assert.That(results.IsInvalid, Is.True);
        Assert.That(results.Hits.Select(h => h.Key), Does.Contain("drift-detector"));
        Assert.That(results.Hits.First().Snippet.HasMarks || results.Hits.First().MarkedTitle.HasMarks, Is.True);
    }

    [Test]
    public async Task A_too_long_query_is_cut_at_a_word_and_searched()
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);

        var results = sandbox.Find("mlflow " + string.Join(' ', Enumerable.Repeat("filler", 2_000)));

        Assert.That(results.Problem, Does.Contain("500 characters"));
        Assert.That(results.Query, Does.EndWith("filler"));
        Assert.That(results.Hits.Select(h => h.Key), Does.Contain("mlflow"));
    }

    [Test]
    public async Task An_unknown_type_filter_is_reported_and_ignored()
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);

        var results = sandbox.Find("mlflow", type: "unicorn");

        Assert.That(results.Problem, Does.Contain("no type 'unicorn'"));
        Assert.That(results.Hits.Select(h => h.Key), Does.Contain("mlflow"));
    }

    [TestCase(0)]
    [TestCase(-5)]
    [TestCase(int.MaxValue)]
    public async Task Any_page_number_is_answered(int page)
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);
        var results = sandbox.Find("mlflow", page: page);
        Assert.That(results.Page, Is.InRange(1, SearchRequest.MaxPage));
        Assert.That(results.IsInvalid, Is.False);
    }

    [TestCase("the")]
    [TestCase("\"\"")]
    [TestCase("-")]
    [TestCase("+")]
    [TestCase("<script>alert(1)</script>")]
    [TestCase("'; DROP TABLE Tools; --")]
    [TestCase("naïve café ünïcödé 数据")]
    public async Task Odd_but_harmless_text_never_throws(string query)
    {
        using var sandbox = await SearchSandbox.SmallAsync(SearchCatalog.Apply);
        Assert.DoesNotThrow(() => sandbox.Find(query));
    }
}
