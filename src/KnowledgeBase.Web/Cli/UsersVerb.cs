using System.CommandLine;
using System.Globalization;
using KnowledgeBase.Accounts;
using KnowledgeBase.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Cli;

/// <summary>
/// <c>kb users add|list|remove|set-role</c>: accounts are made on the server, never by sign-up. Passwords come from
/// standard input (typed without echo on a terminal), never from an argument that the shell history and <c>ps</c> keep.
/// </summary>
internal static class UsersVerb
{
    private static readonly Argument<string> Name = new("NAME") { Description = "The sign-in name" };
    private static readonly Argument<string> RoleArgument = new Argument<string>("ROLE") { Description = "contributor, editor or admin" }
        .AcceptOnlyFromAmong([.. AccountRoles.All]);
    private static readonly Option<string> Role = new Option<string>("--role") { Description = "contributor, editor or admin", Required = true }
        .AcceptOnlyFromAmong([.. AccountRoles.All]);

    public static Command Create(TextReader input, TextWriter output, TextWriter error)
    {
        var add = new Command("add", "Create an account; the password is read from standard input") { Name, Role };
        add.SetAction((parse, ct) => WithBookAsync(parse, async book =>
        {
            var name = parse.GetValue(Name)!;
            var password = await PasswordInput.ReadAsync(input, output, ct);
            if (password is null)
                return await FailAsync(error, "add", name, ["no password on standard input"]);
            var problems = await book.AddAsync(name, password, parse.GetValue(Role)!);
            if (problems.Count > 0) return await FailAsync(error, "add", name, problems);
            await output.WriteLineAsync($"added {name} ({parse.GetValue(Role)})");
            return CommandLine.Ok;
        }, ct));

        var list = new Command("list", "List the accounts with their role");
        list.SetAction((parse, ct) => WithBookAsync(parse, async book =>
        {
            var entries = await book.ListAsync();
            if (entries.Count == 0)
                await output.WriteLineAsync("no accounts; create the first admin with: kb users add NAME --role admin");
            foreach (var entry in entries)
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{entry.Name}\t{(entry.Role.Length == 0 ? "-" : entry.Role)}\t{entry.CreatedAt:yyyy-MM-dd}{(entry.LockedOut ? "\tlocked out" : "")}"));
            return CommandLine.Ok;
        }, ct));

        var remove = new Command("remove", "Delete an account (what it changed stays in the catalog)") { Name };
        remove.SetAction((parse, ct) => WithBookAsync(parse, async book =>
        {
            var name = parse.GetValue(Name)!;
            var problems = await book.RemoveAsync(name);
            if (problems.Count > 0) return await FailAsync(error, "remove", name, problems);
            await output.WriteLineAsync($"removed {name}");
            return CommandLine.Ok;
        }, ct));

        var setRole = new Command("set-role", "Give an account another role; its sessions end within a minute") { Name, RoleArgument };
        setRole.SetAction((parse, ct) => WithBookAsync(parse, async book =>
        {
            var name = parse.GetValue(Name)!;
            var role = parse.GetValue(RoleArgument)!;
            var problems = await book.SetRoleAsync(name, role);
            if (problems.Count > 0) return await FailAsync(error, "set-role", name, problems);
            await output.WriteLineAsync($"{name} is now {role}");
            return CommandLine.Ok;
        }, ct));

        return new Command("users", "Manage the accounts that may change the catalog") { add, list, remove, setRole };
    }

    private static async Task<int> WithBookAsync(ParseResult parse, Func<AccountBook, Task<int>> act, CancellationToken ct)
    {
        var directory = DataDirectory.Resolve(parse.GetValue(CommandLine.DataDir)).Create();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<CatalogDbContext>(o => CatalogDatabase.Configure(o, directory));
        services.AddIdentityCore<Account>(AccountRules.Configure).AddRoles<IdentityRole>().AddEntityFrameworkStores<CatalogDbContext>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<AccountBook>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        // Accounts can be made before the first import: migrating creates the tables, the site imports on its start.
        await CatalogDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<CatalogDbContext>(), ct);
        return await act(scope.ServiceProvider.GetRequiredService<AccountBook>());
    }

    private static async Task<int> FailAsync(TextWriter error, string verb, string name, IReadOnlyList<string> problems)
    {
        foreach (var problem in problems)
            await error.WriteLineAsync($"kb users {verb}: {name}: {problem}");
        return CommandLine.InvalidInput;
    }
}
