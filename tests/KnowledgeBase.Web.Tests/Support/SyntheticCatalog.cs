using System.Globalization;
using System.Text;

namespace KnowledgeBase.Web.Tests.Support;

/// <summary>
/// Writes the shipped catalog plus N synthetic literature notes into a folder, deterministically for a seed.
/// Note bodies draw their words from the shipped notes so the text looks like the real catalog's.
/// </summary>
public static class SyntheticCatalog
{
    public static (string Data, string Literature) Write(string root, int notes, int seed = 1)
    {
        var data = Path.Combine(root, "data");
        var literature = Path.Combine(root, "literature");
        Directory.CreateDirectory(data);
        Directory.CreateDirectory(literature);
        foreach (var file in Directory.GetFiles(Repository.Data))
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        var words = new List<string>();
        foreach (var file in Directory.GetFiles(Repository.Literature))
        {
            File.Copy(file, Path.Combine(literature, Path.GetFileName(file)));
            words.AddRange(File.ReadAllText(file).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsLetter)));
        }

        var random = new Random(seed);
        string[] kinds = ["paper", "blogpost", "book", "presentation", "course"];
        for (var i = 0; i < notes; i++)
        {
            var body = new StringBuilder("\n## What it is about\n\n");
            for (var w = 0; w < 250; w++)
                body.Append(words[random.Next(words.Count)]).Append(w % 40 == 39 ? "\n\n" : " ");
            var text = string.Create(CultureInfo.InvariantCulture,
                $"---\ntitle: \"Synthetic note {i}\"\nauthors:\n  - \"Author {random.Next(500)}\"\nyear: {2010 + random.Next(16)}\nkind: {kinds[random.Next(kinds.Length)]}\nidentifiers:\n  - url: \"https://example.org/notes/{i}\"\ntags:\n  - \"{words[random.Next(words.Count)].ToLowerInvariant()}\"\n---\n{body}\n");
            File.WriteAllText(Path.Combine(literature, $"synthetic-{i:D5}.md"), text);
        }
        return (data, literature);
    }
}
