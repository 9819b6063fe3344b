using KnowledgeBase.Storage;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Web.Cli;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Tests.Cli;

/// <summary><c>kb import-bib</c> on a data directory holding the imported shipped catalog, with a reference-manager export.</summary>
public class ImportBibVerbTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, error, TextReader.Null);
        return (exit, output.ToString(), error.ToString());
    }

    private static async Task<TempDirectory> ImportedAsync()
    {
        var temp = new TempDirectory();
        var imported = await RunAsync("import", "--data", Repository.Data, "--literature", Repository.Literature, "--data-dir", temp.Combine("kb"));
        Assert.That(imported.Exit, Is.Zero, imported.Err);
        return temp;
    }

    /// <summary>A new paper, one that repeats a shipped note's DOI, and (when asked) an entry that never closes.</summary>
    private static string Export(bool broken) => """
        @string{jse = {Journal of Software Engineering}}

        @article{lee2025platform,
          title = {A {Platform} Study of {MLOps} Teams},
          author = {Lee, Min-Ji and O'Brien, Sean},
          journal = jse,
          year = {2025},
          doi = {10.5555/kb.import.bib.2025},
        }

        @inproceedings{amershi2019again,
          title = {Software Engineering for Machine Learning: A Case Study},
          author = {Amershi, Saleema},
          year = {2019},
          doi = {10.1109/ICSE-SEIP.2019.00042},
        }

        """ + (broken ? "@article{broken,\n  title = {No end\n" : "");

    private static async Task<List<KnowledgeBase.Literature.Source>> SourcesAsync(TempDirectory temp)
    {
        await using var db = CatalogDatabase.Open(new DataDirectory(temp.Combine("kb")));
        return await db.Sources.AsNoTracking().ToListAsync();
    }

    [Test]
    public async Task New_entries_become_drafts_and_a_duplicate_is_skipped_with_its_line()
    {
        using var temp = await ImportedAsync();
        var file = temp.Combine("zotero.bib");
        await File.WriteAllTextAsync(file, Export(broken: false));
        var before = (await SourcesAsync(temp)).Count;

        var (exit, output, error) = await RunAsync("import-bib", file, "--data-dir", temp.Combine("kb"));

        Assert.That(exit, Is.Zero, error);
        Assert.That(error, Does.Contain($"{file}:11: warning: the catalog already has this work: 'amershi-2019-software-engineering-for-ml' has the same DOI"));
        Assert.That(output, Does.Contain("1 draft source(s) added"));
        var sources = await SourcesAsync(temp);
        Assert.That(sources, Has.Count.EqualTo(before + 1));
        var added = sources.Single(s => s.Identifiers.Any(i => i.Value == "10.5555/kb.import.bib.2025"));
        Assert.That((added.Title, added.Draft, added.Kind), Is.EqualTo(("A Platform Study of MLOps Teams", true, "paper")));
        Assert.That(added.Authors, Is.EqualTo(new[] { "Min-Ji Lee", "Sean O'Brien" }));
        Assert.That(added.DateAdded, Does.Match(@"^\d{4}-\d\d-\d\d$"));

        var found = await RunAsync("search", "platform study mlops teams", "--data-dir", temp.Combine("kb"));
        Assert.That(found.Out, Does.Contain("/sources/" + added.Slug), "the index has the new source");
        var exported = await RunAsync("export", "--out", temp.Combine("out"), "--data-dir", temp.Combine("kb"));
        Assert.That(exported.Exit, Is.Zero, exported.Err);
        Assert.That(File.ReadAllText(temp.Combine("out", "literature", added.Slug + ".md")), Does.Contain("draft: true").And.Contain("10.5555/kb.import.bib.2025"));
    }

    [Test]
    public async Task A_bad_entry_stops_the_whole_file_unless_skip_bad_is_given()
    {
        using var temp = await ImportedAsync();
        var file = temp.Combine("scholar.bib");
        await File.WriteAllTextAsync(file, Export(broken: true));
        var before = (await SourcesAsync(temp)).Count;

        var refused = await RunAsync("import-bib", file, "--data-dir", temp.Combine("kb"));

        Assert.That(refused.Exit, Is.EqualTo(1));
        Assert.That(refused.Err, Does.Contain($"{file}:18: unclosed").And.Contain("nothing was added"), refused.Err);
        Assert.That(await SourcesAsync(temp), Has.Count.EqualTo(before));

        var kept = await RunAsync("import-bib", file, "--skip-bad", "--data-dir", temp.Combine("kb"));
        Assert.That(kept.Exit, Is.Zero, "leaving the bad entry out was asked for");
        Assert.That(kept.Err, Does.Contain($"{file}:18: unclosed"), "and it is still reported");
        Assert.That(kept.Out, Does.Contain("1 draft source(s) added"));
        Assert.That(await SourcesAsync(temp), Has.Count.EqualTo(before + 1));
    }

    [Test]
    public async Task A_missing_file_and_a_file_without_entries_are_refused_by_name()
    {
        using var temp = await ImportedAsync();
        var empty = temp.Combine("notes.txt");
        await File.WriteAllTextAsync(empty, "just words\n");

        var missing = await RunAsync("import-bib", temp.Combine("nope.bib"), "--data-dir", temp.Combine("kb"));
        var none = await RunAsync("import-bib", empty, "--data-dir", temp.Combine("kb"));

        Assert.That((missing.Exit, missing.Err), Is.EqualTo((1, $"{temp.Combine("nope.bib")}:0: no such file\n")));
        Assert.That(none.Exit, Is.EqualTo(1));
        Assert.That(none.Err, Does.Contain($"{empty}:1: the text is neither BibTeX"));
    }
}
