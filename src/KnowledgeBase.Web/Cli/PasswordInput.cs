using System.Text;

namespace KnowledgeBase.Web.Cli;

/// <summary>A password from standard input: its first line when piped, typed without echo on a terminal.</summary>
internal static class PasswordInput
{
    public static async Task<string?> ReadAsync(TextReader input, TextWriter output, CancellationToken ct)
    {
        if (ReferenceEquals(input, Console.In) && !Console.IsInputRedirected)
            return ReadHidden(output);
        var line = await input.ReadLineAsync(ct);
        return string.IsNullOrEmpty(line) ? null : line;
    }

    private static string? ReadHidden(TextWriter output)
    {
        output.Write("Password: ");
        output.Flush();
        var typed = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (typed.Length > 0) typed.Length--;
                continue;
            }
            if (!char.IsControl(key.KeyChar)) typed.Append(key.KeyChar);
        }
        output.WriteLine();
        return typed.Length == 0 ? null : typed.ToString();
    }
}
