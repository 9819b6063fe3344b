using System.Globalization;
using System.Text;
using KnowledgeBase.Interchange;
using KnowledgeBase.Literature;

namespace KnowledgeBase.Synthetic;

/// <summary>
/// Literature notes with the front matter a researcher fills in (some fields left out, as in real notes) and bodies
/// of 150 to 600 words in the shipped notes' sections, mentioning a real tool now and then.
/// </summary>
internal static class SyntheticSources
{
    private static readonly string[] Kinds = ["paper", "paper", "paper", "paper", "blogpost", "blogpost", "book", "documentation", "conference talk", "website"];
    private static readonly string[] Difficulties = ["beginner", "intermediate", "intermediate", "advanced"];
    private static readonly string[] FirstNames = ["Ana", "Bo", "Chen", "Dara", "Emeka", "Fatima", "Goran", "Hana", "Ines", "Jonas", "Kofi", "Lena", "Mei", "Nils", "Olga", "Priya", "Rui", "Sara", "Tomas", "Yuki"];
    private static readonly string[] LastNames = ["Almeida", "Berg", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ito", "Jansen", "Kowalski", "Larsen", "Moreau", "Novak", "Okafor", "Patel", "Quinn", "Rossi", "Sato", "Weber"];

    public static void Add(CatalogSnapshot c, Random random, Vocabulary words, int count)
    {
        var toolNames = c.Tools.Select(t => t.Name).ToArray();
        var tags = c.Sources.SelectMany(s => s.Tags).Concat(c.Tools.SelectMany(t => t.Tags)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        for (var i = 1; i <= count; i++)
        {
            var kind = SyntheticCatalog.OneOf(random, Kinds);
            var year = 2008 + random.Next(19);
            c.Sources.Add(new Source
            {
                Slug = $"synthetic-{year}-{i:D5}",
                Title = words.Title(random, random.Next(3, 8)),
                FullTitle = random.Next(2) == 0 ? words.Title(random, random.Next(6, 14)) : null,
                Authors = [.. Enumerable.Range(0, random.Next(kind == "paper" ? 1 : 0, kind == "paper" ? 7 : 3)).Select(_ => Author(random)).Distinct(StringComparer.Ordinal)],
                Year = year,
                DateAdded = new DateOnly(2024, 1, 1).AddDays(random.Next(1_050)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Kind = kind,
                Difficulties = random.Next(5) == 0 ? [] : [SyntheticCatalog.OneOf(random, Difficulties)],
                Rating = random.Next(3) == 0 ? random.Next(1, 6) : null,
                Draft = random.Next(50) == 0,
                Identifiers = [Identifier(random, kind, year, i)],
                Tags = [.. SyntheticCatalog.Pick(random, tags, random.Next(1, 6))],
                Note = Note(random, words, toolNames),
            });
        }
    }

    private static string Author(Random random) => $"{SyntheticCatalog.OneOf(random, FirstNames)} {SyntheticCatalog.OneOf(random, LastNames)}";

    // Papers mostly have a DOI or an arXiv number; everything else a URL. 10.5555 is the DOI prefix reserved for examples.
    private static SourceIdentifier Identifier(Random random, string kind, int year, int i) => (kind, random.Next(3)) switch
    {
        ("paper", 0) => new SourceIdentifier { Scheme = "arxiv", Value = $"{year % 100:D2}{1 + i % 12:D2}.{i:D5}" },
        ("paper", _) => new SourceIdentifier { Scheme = "doi", Value = $"10.5555/synthetic.{year}.{i}" },
        _ => new SourceIdentifier { Scheme = "url", Value = $"https://example.org/literature/{i}" },
    };

    private static string Note(Random random, Vocabulary words, string[] toolNames)
    {
        var note = new StringBuilder();
        var budget = random.Next(150, 600);
        Section(note, "What it is about", Paragraphs(random, words, toolNames, budget / 3));
        Section(note, "What it contributes to MLOps architecture", Paragraphs(random, words, toolNames, budget / 3));
        var points = string.Concat(Enumerable.Range(0, random.Next(2, 6)).Select(_ => "- " + SyntheticTools.Sentence(words.Words(random, random.Next(6, 18))) + "\n"));
        Section(note, "Components and requirements it informs", points);
        Section(note, "Caveats", Paragraphs(random, words, toolNames, budget / 6));
        return note.ToString();
    }

    private static void Section(StringBuilder note, string heading, string body)
    {
        if (note.Length > 0) note.Append('\n');
        note.Append("## ").Append(heading).Append("\n\n").Append(body);
    }

    private static string Paragraphs(Random random, Vocabulary words, string[] toolNames, int wordCount)
    {
        var text = new StringBuilder();
        while (wordCount > 0)
        {
            var length = Math.Min(wordCount, random.Next(30, 90));
            var paragraph = words.Words(random, length);
            // One paragraph in five names a tool, and one in eight stresses a phrase, as real notes do.
            if (random.Next(5) == 0) paragraph += $" with {SyntheticCatalog.OneOf(random, toolNames)}";
            if (random.Next(8) == 0) paragraph = $"*{words.SampleContentWord(random)} {words.SampleContentWord(random)}* " + paragraph;
            text.Append(SyntheticTools.Sentence(paragraph)).Append("\n\n");
            wordCount -= length;
        }
        return text.ToString().TrimEnd('\n') + "\n";
    }
}
