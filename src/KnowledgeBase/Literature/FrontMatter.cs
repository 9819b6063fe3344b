namespace KnowledgeBase.Literature;

/// <summary>Splits a note into its YAML front matter and its Markdown body.</summary>
internal static class FrontMatter
{
    /// <summary>
    /// The YAML between the opening and closing <c>---</c> lines, the body after it, and the file line the YAML
    /// starts on (so YAML line numbers can be turned into file line numbers). Null when there is no front matter.
    /// </summary>
    public static (string Yaml, string Body, int FirstYamlLine)? Split(string text, out string? problem)
    {
        problem = null;
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            // Hugo also writes TOML (+++) and JSON ({) front matter; say so rather than call it missing.
            problem = lines[0].TrimEnd() == "+++" ? "TOML front matter (+++) is not read: convert it to YAML between '---' lines (hugo convert toYAML does it)"
                : lines[0].StartsWith('{') ? "JSON front matter is not read: convert it to YAML between '---' lines (hugo convert toYAML does it)"
                : "no front matter: the file must start with a '---' line";
            return null;
        }
        for (var i = 1; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimEnd();
            if (trimmed is "---" or "...")
            {
                var yaml = string.Join('\n', lines, 1, i - 1);
                var body = i + 1 < lines.Length ? string.Join('\n', lines, i + 1, lines.Length - i - 1) : "";
                return (yaml, body, 2);
            }
        }
        problem = "the front matter is not closed by a '---' line";
        return null;
    }

    /// <summary>Drops a byte-order mark and turns CRLF and lone CR line endings into LF.</summary>
    public static string Normalise(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];
        return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }
}
