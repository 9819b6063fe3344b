using System.CommandLine;
using KnowledgeBase.Web.Hosting;

namespace KnowledgeBase.Web.Cli;

/// <summary><c>kb serve [--urls URL]</c>: the site; also what <c>kb</c> alone does.</summary>
internal static class ServeVerb
{
    private static readonly Option<string?> Urls = new("--urls") { Description = "Addresses to listen on, e.g. http://127.0.0.1:5000" };

    public static Command Create()
    {
        // Unknown tokens (--environment=..., --contentRoot=...) belong to the ASP.NET host, which also reads them.
        var command = new Command("serve", "Serve the site (imports data/ and literature/ on first start)") { TreatUnmatchedTokensAsErrors = false };
        command.Options.Add(Urls);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var hostArgs = new List<string>(parse.UnmatchedTokens);
            if (parse.GetValue(Urls) is { } urls) hostArgs.Add("--urls=" + urls);
            if (parse.GetValue(CommandLine.DataDir) is { } dataDir) hostArgs.Add($"--{SiteOptions.Section}:DataDir={dataDir}");
            var app = Site.Build(hostArgs.ToArray());
            await app.RunAsync(cancellationToken);
            return CommandLine.Ok;
        });
        return command;
    }
}
