using System.CommandLine;
using System.Text.Json;
using KnowledgeBase.Interchange;
using KnowledgeBase.Search;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Search;
using Lucene.Net.Store;

namespace KnowledgeBase.Web.Cli;

/// <summary><c>kb reindex</c> and <c>kb search</c>: the search index from the terminal.</summary>
internal static class SearchVerbs
{
    private static readonly Argument<string> Query = new("query") { Description = "What to search for, in the same syntax as the site's search box" };
    private static readonly Option<bool> Json = new("--json") { Description = "Print the results as JSON (the shape of /api/search)" };
    private static readonly Option<string?> Type = new("--type") { Description = "Only results of this type: tool, component, layer, requirement or source" };
    private static readonly Option<int> Page = new("--page") { Description = "Which page of results", DefaultValueFactory = _ => 1 };

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Reindex(TextWriter output, TextWriter error)
    {
        var command = new Command("reindex", "Rebuild the search index from SQLite");
        command.SetAction(async (parse, ct) =>
        {
            var directory = DataDirectory.Resolve(parse.GetValue(CommandLine.DataDir));
            await using var db = await ExistingCatalog.OpenAsync(directory, error, ct);
            if (db is null) return CommandLine.InvalidInput;
            using var index = await OpenAsync(directory, error);
            if (index is null) return CommandLine.InvalidInput;
            var report = await new CatalogIndexer(index).RebuildAsync(db, ct);
            await output.WriteLineAsync($"{report} into {index.Path}");
            return CommandLine.Ok;
        });
        return command;
    }

    public static Command Search(TextWriter output, TextWriter error)
    {
        var command = new Command("search", "Search the catalog from the terminal") { Query, Json, Type, Page };
        command.SetAction(async (parse, ct) =>
        {
            var directory = DataDirectory.Resolve(parse.GetValue(CommandLine.DataDir));
            await using var db = await ExistingCatalog.OpenAsync(directory, error, ct);
            if (db is null) return CommandLine.InvalidInput;
            using var index = await OpenAsync(directory, error);
            if (index is null) return CommandLine.InvalidInput;
            await new CatalogIndexer(index).EnsureCurrentAsync(db, ct);

            var results = new CatalogSearch(index).Search(new SearchRequest(parse.GetValue(Query), parse.GetValue(Type), parse.GetValue(Page)));
            if (results.IsInvalid)
            {
                await error.WriteLineAsync($"kb search: {results.Problem}");
                return CommandLine.InvalidInput;
            }
            if (parse.GetValue(Json))
                await output.WriteLineAsync(JsonSerializer.Serialize(SearchJson.From(results), JsonOptions));
            else
                await PrintAsync(results, output);
            return CommandLine.Ok;
        });
        return command;
    }

    /// <summary>After <c>kb import</c>: the index follows the database. A running site holding the index catches up by itself.</summary>
    public static async Task RebuildAfterImportAsync(DataDirectory directory, CatalogDbContext db, CatalogSnapshot imported, TextWriter output, TextWriter error, CancellationToken ct)
    {
        using var index = await OpenAsync(directory, error);
        if (index is null) return;
        var version = await CatalogDatabase.VersionAsync(db, ct);
        await output.WriteLineAsync(new CatalogIndexer(index).RebuildFrom(imported, version).ToString());
    }

    private static async Task PrintAsync(SearchResults results, TextWriter output)
    {
        if (results.Notice is not null) await output.WriteLineAsync(results.Notice);
        var facets = string.Join(", ", results.Facets.Where(f => f.Count > 0).Select(f => $"{f.Label.ToLowerInvariant()} {f.Count}"));
        await output.WriteLineAsync($"{results.AllTypesTotal} result(s) for \"{results.Query}\"" + (facets.Length > 0 ? $" ({facets})" : ""));
        foreach (var hit in results.Hits)
        {
            await output.WriteLineAsync($"{hit.Type,-12}{hit.Title}  {hit.Path}");
            if (hit.Snippet.Parts.Count > 0) await output.WriteLineAsync(new string(' ', 12) + hit.Snippet);
        }
        if (results.PageCount > 1) await output.WriteLineAsync($"page {results.Page} of {results.PageCount} (--page N for more)");
        if (results.Suggestions.Count > 0) await output.WriteLineAsync($"Did you mean: {string.Join(" | ", results.Suggestions)}?");
    }

    private static async Task<SearchIndex?> OpenAsync(DataDirectory directory, TextWriter error)
    {
        try
        {
            return SearchIndex.Open(directory.IndexPath);
        }
        catch (LockObtainFailedException)
        {
            await error.WriteLineAsync($"{directory.IndexPath}:0: the search index is in use by a running site; it rebuilds itself from the database within a minute");
            return null;
        }
    }
}
