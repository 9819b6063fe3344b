using System.CommandLine;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Web.Cli;

/// <summary>
/// The <c>kb</c> command line: one executable whose default verb serves the site.
/// Exit codes: 0 success, 1 invalid input (nothing written), 2 usage error.
/// </summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int InvalidInput = 1;
    public const int UsageError = 2;

    internal static readonly Option<string?> DataDir = new("--data-dir")
    {
        Description = $"Where the SQLite file and the search index live (default: ${DataDirectory.EnvironmentVariable} or .kb/)",
        Recursive = true,
    };

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, TextReader? input = null)
    {
        input ??= Console.In;
        output ??= Console.Out;
        error ??= Console.Error;
        var root = Build(input, output, error);
        var parse = root.Parse(args);
        // Options of the web host (--environment=...) pass through to it; a stray word is a mistyped verb.
        var serving = parse.CommandResult.Command is RootCommand || parse.CommandResult.Command.Name == "serve";
        var strayWords = parse.UnmatchedTokens.Where(t => !serving || !t.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (parse.Errors.Count > 0 || strayWords.Count > 0)
        {
            foreach (var problem in parse.Errors)
                await error.WriteLineAsync("kb: " + problem.Message);
            foreach (var word in strayWords)
                await error.WriteLineAsync($"kb: unknown verb or argument '{word}'");
            await error.WriteLineAsync("Run 'kb --help' for usage.");
            return UsageError;
        }
        // No default exception handler: the test host stops the site by throwing from Build(), and a real bug
        // should crash loudly rather than print a friendly line and exit 1.
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }

    private static RootCommand Build(TextReader input, TextWriter output, TextWriter error)
    {
        var serve = ServeVerb.Create();
        var root = new RootCommand("KnowledgeBase: an MLOps reference architecture, its requirements and tools.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.Options.Add(DataDir);
        foreach (var option in serve.Options)
            root.Options.Add(option);
        root.Action = serve.Action;
        root.Subcommands.Add(serve);
        root.Subcommands.Add(CatalogVerbs.Import(output, error));
        root.Subcommands.Add(CatalogVerbs.Validate(output, error));
        root.Subcommands.Add(CatalogVerbs.Export(output, error));
        root.Subcommands.Add(ImportBibVerb.Create(output, error));
        root.Subcommands.Add(SearchVerbs.Reindex(output, error));
        root.Subcommands.Add(SearchVerbs.Search(output, error));
        root.Subcommands.Add(ChecklistVerb.Create(output, error));
        root.Subcommands.Add(UsersVerb.Create(input, output, error));
        return root;
    }
}
