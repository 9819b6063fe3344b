using KnowledgeBase.Interchange;
using KnowledgeBase.Search;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Glossary;

/// <summary><c>data/glossary.csv</c>: read and checked like every table, and used by search to read outsiders' words.</summary>
public class GlossaryTests
{
    private const string Header = "slug,term,synonyms,outsider_terms,components,requirements,summary\n";

    private const string Registry =
        "model-registry,Model registry,model store,saved models folder;model repository,model-registry,MOD-01,Where approved models are kept\n";

    [Test]
    public void A_term_is_read_with_its_names_and_what_it_means()
    {
        using var temp = new TempDirectory();
        var catalog = new SmallCatalog(temp.Path);
        catalog.Write("glossary.csv", Header + Registry);

        var read = CatalogReader.Read(catalog.DataDir, catalog.LiteratureDir);

        Assert.That(read.Errors, Is.Empty);
        var term = read.Snapshot.Glossary.Single();
        Assert.That((term.Term, term.Synonyms, term.OutsiderTerms, term.Components, term.Requirements), Is.EqualTo((
            "Model registry", new List<string> { "model store" }, new List<string> { "saved models folder", "model repository" },
            new List<string> { "model-registry" }, new List<string> { "MOD-01" })));
    }

    [TestCase("x,X,,,no-such-component,,S\n", 5, "unknown component 'no-such-component'")]
    [TestCase("x,X,,,,NOPE-01,S\n", 6, "unknown requirement 'NOPE-01'")]
    [TestCase("x,X,,Model Store,,,S\n", 4, "'Model Store' already names the term on line 2")]
    [TestCase("Bad Slug,X,,,,,S\n", 1, "is not a valid slug")]
    public void A_bad_row_is_reported_with_its_line_and_column(string row, int column, string message)
    {
        using var temp = new TempDirectory();
        var catalog = new SmallCatalog(temp.Path);
        catalog.Write("glossary.csv", Header + Registry + row);

        var error = CatalogReader.Read(catalog.DataDir, catalog.LiteratureDir).Errors.Single();

        Assert.That((error.Line, error.Column), Is.EqualTo((3, column)));
        Assert.That(error.Message, Does.Contain(message));
    }

    [Test]
    public async Task An_outsiders_word_finds_what_the_catalog_calls_it_and_says_so()
    {
        using var sandbox = await SearchSandbox.SmallAsync(c => c.Write("glossary.csv", Header + Registry));

        var results = sandbox.Find("saved models folder");

        Assert.That(results.Glossary.Select(g => (g.Searched, g.Term, g.Path)), Is.EqualTo(new[] { ("saved models folder", "Model registry", "/glossary#model-registry") }));
        Assert.That(results.Hits.Select(h => h.Type + ":" + h.Key), Has.Member("component:model-registry"));
        Assert.That(results.Hits[0].Type, Is.Not.EqualTo(SearchTypes.Term), "the entity ranks above the term that explains it");
        Assert.That(results.Query, Is.EqualTo("saved models folder"), "the page shows the query as typed");
    }

    [TestCase("model registry")]
    [TestCase("\"saved models folder\"")]
    [TestCase("type:tool saved")]
    public async Task A_query_without_an_outsiders_word_or_with_exact_syntax_is_not_widened(string query)
    {
        using var sandbox = await SearchSandbox.SmallAsync(c => c.Write("glossary.csv", Header + Registry));

        Assert.That(sandbox.Find(query).Glossary, Is.Empty);
    }
}
