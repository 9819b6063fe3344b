using System.Text;

namespace KnowledgeBase.Literature.References;

/// <summary>
/// Which drafts the catalog already has: the same DOI (DOIs ignore case), the same arXiv id (whatever version),
/// or the same title once case, accents, punctuation and spacing are folded away. A draft is checked against the
/// existing sources first, then against the drafts before it in the same text.
/// </summary>
public static class ReferenceDuplicates
{
    /// <summary>For each draft, in order, the work it duplicates, or null.</summary>
    public static IReadOnlyList<ReferenceDuplicate?> Find(IReadOnlyList<Source> drafts, IEnumerable<Source> existing)
    {
        var catalog = new Index();
        foreach (var source in existing) catalog.Add(source);
        var pasted = new Index();
        var result = new List<ReferenceDuplicate?>(drafts.Count);
        foreach (var draft in drafts)
        {
            result.Add(catalog.Match(draft, withinPaste: false) ?? pasted.Match(draft, withinPaste: true));
            pasted.Add(draft);
        }
        return result;
    }

    /// <summary>A title folded for comparing: "Machine Learning Operations (MLOps): Overview" → "machine learning operations mlops overview".</summary>
    public static string FoldedTitle(string title)
    {
        var b = new StringBuilder(title.Length);
        foreach (var c in TextFolding.Ascii(title))
            b.Append(char.IsLetterOrDigit(c) ? c : ' ');
        return LatexText.Collapse(b.ToString());
    }

    private sealed class Index
    {
        private readonly Dictionary<string, string> doi = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> arxiv = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> title = new(StringComparer.Ordinal);

        public void Add(Source source)
        {
            foreach (var id in source.Identifiers)
            {
                if (id.Scheme == "doi") doi.TryAdd(id.Value.Trim(), source.Slug);
                else if (id.Scheme == "arxiv") arxiv.TryAdd(ReferenceIdentifiers.WithoutVersion(id.Value.Trim()), source.Slug);
            }
            foreach (var t in Titles(source)) title.TryAdd(t, source.Slug);
        }

        public ReferenceDuplicate? Match(Source draft, bool withinPaste)
        {
            foreach (var id in draft.Identifiers)
            {
                if (id.Scheme == "doi" && doi.TryGetValue(id.Value, out var byDoi)) return new(byDoi, DuplicateReason.Doi, withinPaste);
                if (id.Scheme == "arxiv" && arxiv.TryGetValue(ReferenceIdentifiers.WithoutVersion(id.Value), out var byArxiv))
                    return new(byArxiv, DuplicateReason.Arxiv, withinPaste);
            }
            foreach (var t in Titles(draft))
                if (title.TryGetValue(t, out var byTitle)) return new(byTitle, DuplicateReason.Title, withinPaste);
            return null;
        }

        // A catalog note's short title is an editor's ("Kreuzberger et al. 2023: MLOps overview"); its full title is the work's.
        private static IEnumerable<string> Titles(Source source) =>
            new[] { source.FullTitle, source.Title }.OfType<string>().Select(FoldedTitle).Where(t => t.Length > 0).Distinct();
    }
}
