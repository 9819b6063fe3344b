using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeBase.Search;
using KnowledgeBase.Tests.Support;
using Lucene.Net.Search;

namespace KnowledgeBase.Tests.Search;

/// <summary>
/// The cases of <c>hostile-queries.txt</c> on a real index: each answers with results or a readable message, within
/// a hang detector's generous bound, and no regular expression or unbounded expansion reaches Lucene.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public partial class HostileQueryTests
{
    /// <summary>A hang detector, not a benchmark: these searches take milliseconds.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(2);

    private const long MemoryBound = 200L * 1024 * 1024;

    private SearchSandbox _sandbox = null!;

    [OneTimeSetUp]
    public async Task BuildIndex()
    {
        _sandbox = await SearchSandbox.SmallAsync(c =>
        {
            SearchCatalog.Apply(c);
            File.AppendAllText(Path.Combine(c.DataDir, "tools.csv"), "jenkins,Jenkins,,,MIT,open-source,,Automates CI/CD pipelines and builds,ci\n");
        });
        _sandbox.Find("warm up the searcher and the JIT");
    }

    [OneTimeTearDown]
    public void CloseIndex() => _sandbox.Dispose();

    public static IEnumerable<TestCaseData> Cases() =>
        HostileQuery.Read(Path.Combine(TestContext.CurrentContext.TestDirectory, "Search", "hostile-queries.txt"))
            .Select(c => new TestCaseData(c).SetArgDisplayNames(c.Name));

    [TestCaseSource(nameof(Cases))]
    public void A_hostile_query_is_answered_with_results_or_a_readable_message(HostileQuery hostile)
    {
        var results = FindWithin(hostile.Query);

        if (hostile.Problem is null)
            Assert.That(results.Problem, Is.Null, "no problem expected");
        else
            Assert.That(results.Problem, Does.Contain(hostile.Problem));
        Assert.That(results.Problem ?? "", Does.Not.Match(LuceneWording()), "messages are written for people, not passed on from the parser");
        Assert.That(results.Hits.Select(h => h.Type + ":" + h.Key), Is.SupersetOf(hostile.Finds));
    }

    [TestCaseSource(nameof(Cases))]
    public void A_hostile_query_compiles_to_nothing_unbounded(HostileQuery hostile)
    {
        var compiled = QueryCompiler.Compile(hostile.Query, _sandbox.Index.Analyzer);

        foreach (var leaf in Leaves(compiled.Query))
        {
            Assert.That(leaf, Is.Not.InstanceOf<RegexpQuery>(), "a regular expression reached Lucene");
            if (leaf is MultiTermQuery expanding)
                Assert.That(expanding.MultiTermRewriteMethod, Is.InstanceOf<TopTermsRewrite<BooleanQuery>>(), $"{leaf} expands to any number of terms");
        }
        Assert.That(Leaves(compiled.Query).Count(), Is.LessThanOrEqualTo(SearchLimits.MaxClauses + 1), "clauses counted (one more rewards an exact name)");
    }

    [Test]
    public void The_whole_table_leaves_managed_memory_bounded()
    {
        var cases = HostileQuery.Read(Path.Combine(TestContext.CurrentContext.TestDirectory, "Search", "hostile-queries.txt"));
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var peak = before;

        foreach (var hostile in cases)
        {
            FindWithin(hostile.Query);
            peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        }

        Assert.That(peak - before, Is.LessThan(MemoryBound), "peak growth while the table ran");
        Assert.That(GC.GetTotalMemory(forceFullCollection: true) - before, Is.LessThan(MemoryBound), "growth after the table");
    }

    [Test]
    public void A_search_past_its_time_budget_answers_with_a_message_and_no_partial_hits()
    {
        var search = new CatalogSearch(_sandbox.Index, timeBudget: TimeSpan.Zero);

        var results = search.Search(new SearchRequest("mlflow OR drift OR docker"));

        Assert.That(results.Problem, Is.EqualTo(CatalogSearch.OverBudgetProblem));
        Assert.That((results.Hits.Count, results.Total), Is.EqualTo((0, 0)));
        Assert.That(_sandbox.Find("mlflow OR drift OR docker").Total, Is.Positive, "the same search within the usual budget finds things");
    }

    private SearchResults FindWithin(string query)
    {
        var search = Task.Run(() => _sandbox.Find(query));
        Assert.That(search.Wait(Hang), Is.True, $"still searching after {Hang.TotalSeconds} s: {Printable(query)}");
        return search.Result;
    }

    private static IEnumerable<Query> Leaves(Query? query) => query switch
    {
        null => [],
        BooleanQuery b => b.Clauses.SelectMany(c => Leaves(c.Query)),
        DisjunctionMaxQuery d => d.Disjuncts.SelectMany(Leaves),
        _ => [query],
    };

    private static string Printable(string query) => query.Length > 80 ? query[..80] + "…" : query;

    [GeneratedRegex("Lexical error|Encountered|Cannot parse|Exception|at line|column")]
    private static partial Regex LuceneWording();
}

/// <summary>One case of <c>hostile-queries.txt</c>: the query as typed and what search must answer.</summary>
public sealed partial record HostileQuery(string Name, string Query, string? Problem, IReadOnlyList<string> Finds)
{
    public override string ToString() => Name;

    public static IReadOnlyList<HostileQuery> Read(string path)
    {
        var cases = new List<HostileQuery>();
        string? name = null, query = null;
        foreach (var (line, number) in File.ReadLines(path).Select((l, i) => (l, i + 1)))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal)) (name, query) = (line[3..].Trim(), null);
            else if (line.StartsWith("    ", StringComparison.Ordinal) && name is not null) query = Unescape(line[4..]);
            else if (line.StartsWith("=> ", StringComparison.Ordinal))
            {
                if (name is null || query is null) throw new FormatException($"{path}:{number}: an outcome needs a name and a query above it");
                cases.Add(Outcome(name, query, line[3..], $"{path}:{number}"));
                name = query = null;
            }
            else if (line.Length > 0 && !line.StartsWith('#')) throw new FormatException($"{path}:{number}: not a name, a query or an outcome");
        }
        return cases;
    }

    private static HostileQuery Outcome(string name, string query, string outcome, string where)
    {
        string? problem = null;
        var finds = new List<string>();
        foreach (var part in outcome.Split(" ; ", StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("problem: ", StringComparison.Ordinal)) problem = part["problem: ".Length..];
            else if (part.StartsWith("finds ", StringComparison.Ordinal)) finds.AddRange(part["finds ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            else if (part != "answers") throw new FormatException($"{where}: unknown outcome '{part}'");
        }
        return new HostileQuery(name, query, problem, finds);
    }

    /// <summary>Escapes (\\ \t \n \r \0 \uXXXX) first, then «text»×N repeats.</summary>
    private static string Unescape(string text)
    {
        var repeated = Repeat().Replace(text, m => string.Concat(Enumerable.Repeat(m.Groups[1].Value, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))));
        var result = new StringBuilder();
        for (var i = 0; i < repeated.Length; i++)
        {
            if (repeated[i] != '\\' || i + 1 == repeated.Length) { result.Append(repeated[i]); continue; }
            var next = repeated[++i];
            switch (next)
            {
                case 't': result.Append('\t'); break;
                case 'n': result.Append('\n'); break;
                case 'r': result.Append('\r'); break;
                case '0': result.Append('\0'); break;
                case 'u':
                    result.Append((char)int.Parse(repeated.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: result.Append(next); break;
            }
        }
        return result.ToString();
    }

    [GeneratedRegex("«(.*?)»×([0-9]+)")]
    private static partial Regex Repeat();
}
