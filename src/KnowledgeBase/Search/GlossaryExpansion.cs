using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search;

/// <summary>A name in the query that the glossary knows as another term: "you searched data cleaning; the catalog calls this data preprocessing".</summary>
public sealed record GlossaryMatch(string Searched, string Term, string Key)
{
    public string Path => SearchTypes.PathOf(SearchTypes.Term, Key);
}

/// <summary>
/// Reads a query's outsider words and synonyms as the glossary term they mean: each name found (whole words, any
/// case) becomes <c>("name" OR "term")</c>, so the query finds what the catalog calls it as well as what the user
/// typed. The names come from the glossary documents of the index being searched, read once per index reader.
/// </summary>
internal static class GlossaryExpansion
{
    private sealed record Name(string Text, string Term, string Key, Regex Pattern);

    private static readonly ConditionalWeakTable<IndexReader, IReadOnlyList<Name>> NamesByReader = new();

    public static (string Text, IReadOnlyList<GlossaryMatch> Matches) Expand(string text, IndexSearcher searcher)
    {
        var names = NamesByReader.GetValue(searcher.IndexReader, _ => Load(searcher));
        if (names.Count == 0 || text.Contains('"') || text.Contains(':')) return (text, []); // phrases and fields: the user chose exactly
        var matches = new List<GlossaryMatch>();
        foreach (var name in names)
        {
            var before = text;
            try
            {
                if (matches.Any(m => m.Key == name.Key) || !name.Pattern.IsMatch(text)) continue;
                text = name.Pattern.Replace(text, m => $"(\"{m.Value}\" OR \"{name.Term}\")", 1);
                if (text.Length > QueryCompiler.MaxLength) { text = before; break; }
                matches.Add(new GlossaryMatch(name.Pattern.Match(before).Value, name.Term, name.Key));
            }
            catch (RegexMatchTimeoutException)
            {
                // Only a starved CPU makes these short patterns time out: search what was typed, unexpanded from here.
                text = before;
                break;
            }
        }
        return (text, matches);
    }

    /// <summary>Every alias of every term, longest first, so "continuous integration and delivery" wins over a shorter name inside it.</summary>
    private static List<Name> Load(IndexSearcher searcher)
    {
        var names = new List<Name>();
        var terms = searcher.Search(new TermQuery(new Term(IndexSchema.Type, IndexSchema.Exact(SearchTypes.Term))), 10_000);
        foreach (var hit in terms.ScoreDocs)
        {
            var doc = searcher.Doc(hit.Doc);
            var (key, title) = (doc.Get(IndexSchema.Key), doc.Get(IndexSchema.Title));
            foreach (var alias in doc.GetValues(IndexSchema.Alias))
                if (alias.Any(char.IsLetterOrDigit) && !alias.Contains('"'))
                    names.Add(new Name(alias, title, key, new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(alias) + @"(?![\p{L}\p{N}])",
                        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50))));
        }
        return [.. names.OrderByDescending(n => n.Text.Length).ThenBy(n => n.Text, StringComparer.Ordinal)];
    }
}
