using KnowledgeBase.Web.Cli;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Cli;

/// <summary><c>kb users</c> on a data directory of its own, the password on standard input as a script would pipe it.</summary>
public class UsersVerbTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, error, input);
        return (exit, output.ToString(), error.ToString());
    }

    [Test]
    public async Task An_admin_is_added_before_any_import_and_listed_with_its_role()
    {
        using var temp = new TempDirectory();

        var added = await RunAsync("correct horse battery staple\n", "users", "add", "ada", "--role", "admin", "--data-dir", temp.Path);
        var listed = await RunAsync("", "users", "list", "--data-dir", temp.Path);

        Assert.That((added.Exit, added.Out, added.Err), Is.EqualTo((0, "added ada (admin)\n", "")));
        Assert.That(listed.Out, Does.Match(@"^ada\tadmin\t\d{4}-\d\d-\d\d\n$"));
    }

    [TestCase("short\n", "Passwords must be at least 12 characters.")]
    [TestCase("aaaaaaaaaaaaaaaa\n", "Passwords must use at least 4 different characters.")]
    [TestCase("", "no password on standard input")]
    public async Task A_weak_or_missing_password_exits_1_and_adds_no_one(string stdin, string message)
    {
        using var temp = new TempDirectory();

        var (exit, _, error) = await RunAsync(stdin, "users", "add", "ada", "--role", "editor", "--data-dir", temp.Path);
        var listed = await RunAsync("", "users", "list", "--data-dir", temp.Path);

        Assert.That((exit, error), Is.EqualTo((1, $"kb users add: ada: {message}\n")));
        Assert.That(listed.Out, Does.StartWith("no accounts"));
    }

    [Test]
    public async Task An_unknown_role_is_a_usage_error()
    {
        using var temp = new TempDirectory();

        var (exit, _, error) = await RunAsync("correct horse battery staple\n", "users", "add", "ada", "--role", "boss", "--data-dir", temp.Path);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("'boss'").And.Contain("contributor"));
    }

    [Test]
    public async Task A_taken_name_or_a_name_with_spaces_is_refused()
    {
        using var temp = new TempDirectory();
        await RunAsync("correct horse battery staple\n", "users", "add", "ada", "--role", "admin", "--data-dir", temp.Path);

        var taken = await RunAsync("another long passphrase\n", "users", "add", "ADA", "--role", "editor", "--data-dir", temp.Path);
        var spaced = await RunAsync("another long passphrase\n", "users", "add", "ada lovelace", "--role", "editor", "--data-dir", temp.Path);

        Assert.That((taken.Exit, taken.Err), Is.EqualTo((1, "kb users add: ADA: Username 'ADA' is already taken.\n")));
        Assert.That(spaced.Exit, Is.EqualTo(1));
        Assert.That(spaced.Err, Does.StartWith("kb users add: ada lovelace: Username 'ada lovelace' is invalid"));
    }

    [Test]
    public async Task The_last_admin_can_be_neither_removed_nor_demoted_but_others_can()
    {
        using var temp = new TempDirectory();
        await RunAsync("correct horse battery staple\n", "users", "add", "ada", "--role", "admin", "--data-dir", temp.Path);
        await RunAsync("another long passphrase\n", "users", "add", "bob", "--role", "contributor", "--data-dir", temp.Path);

        var demote = await RunAsync("", "users", "set-role", "ada", "editor", "--data-dir", temp.Path);
        var remove = await RunAsync("", "users", "remove", "ada", "--data-dir", temp.Path);
        var promote = await RunAsync("", "users", "set-role", "bob", "admin", "--data-dir", temp.Path);
        var demoteNow = await RunAsync("", "users", "set-role", "ada", "editor", "--data-dir", temp.Path);
        var removeBob = await RunAsync("", "users", "remove", "bob", "--data-dir", temp.Path);
        var unknown = await RunAsync("", "users", "remove", "carol", "--data-dir", temp.Path);
        var listed = await RunAsync("", "users", "list", "--data-dir", temp.Path);

        Assert.That((demote.Exit, demote.Err), Is.EqualTo((1, "kb users set-role: ada: 'ada' is the only admin; make another account admin first\n")));
        Assert.That(remove.Exit, Is.EqualTo(1));
        Assert.That((promote.Exit, promote.Out), Is.EqualTo((0, "bob is now admin\n")));
        Assert.That(demoteNow.Exit, Is.EqualTo(0));
        Assert.That(removeBob.Exit, Is.EqualTo(1), "bob is the only admin now");
        Assert.That((unknown.Exit, unknown.Err), Is.EqualTo((1, "kb users remove: carol: there is no account named 'carol'\n")));
        Assert.That(listed.Out, Does.StartWith("ada\teditor\t").And.Contain("\nbob\tadmin\t"));
    }
}
