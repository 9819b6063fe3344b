using System.Globalization;
using System.Text;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Literature.References;

/// <summary>
/// Slugs made as the shipped notes' are: first author's family name, year, the first few words of the title
/// before its subtitle (<c>kreuzberger-2023-machine-learning-operations</c>, <c>google-2020-mlops-continuous-delivery</c>), in
/// lower-case ASCII. A slug already taken gets <c>-2</c>, <c>-3</c>, ….
/// </summary>
public static class ReferenceSlugs
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "for", "and", "to", "with", "at", "by", "from", "via", "is", "are", "towards", "toward",
    };

    private const int TitleWords = 3;

    /// <summary>Room kept under <see cref="FieldLimits.Slug"/> for a <c>-NN</c> suffix.</summary>
    private const int MaxBase = FieldLimits.Slug - 4;

    /// <summary>The slug for a work, before it is made unique; "reference" when there is nothing to make one of.</summary>
    public static string For(string? familyName, int? year, string? title)
    {
        var parts = new List<string>();
        if (Words(familyName).LastOrDefault() is { } family) parts.Add(family); // "kuhl" of "Kühl", "deursen" of "Deursen"
        if (year is { } y) parts.Add(y.ToString(CultureInfo.InvariantCulture));
        var main = title?.Split([':', '?', '—', '–', '.'], 2)[0];
        var words = Words(main).Where(w => !StopWords.Contains(w)).ToList();
        // "MLOps: Continuous delivery …" says too little before its colon; the words after it say more.
        if (words.Count < 2) words = [.. Words(title).Where(w => !StopWords.Contains(w))];
        parts.AddRange(words.Take(TitleWords));
        var slug = parts.Count == 0 ? "reference" : string.Join('-', parts);
        if (slug.Length > MaxBase) slug = slug[..MaxBase].TrimEnd('-');
        return slug;
    }

    /// <summary>
    /// Gives each draft a slug no existing source and no earlier draft has: its own, or with the first free
    /// suffix. Drafts keep their order; <paramref name="taken"/> is not changed.
    /// </summary>
    public static void MakeUnique(IEnumerable<Source> drafts, IEnumerable<string> taken)
    {
        var used = new HashSet<string>(taken, StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            var slug = draft.Slug;
            for (var n = 2; used.Contains(slug); n++) slug = draft.Slug + "-" + n.ToString(CultureInfo.InvariantCulture);
            draft.Slug = slug;
            used.Add(slug);
        }
    }

    /// <summary>Lower-case ASCII words: accents folded (Kühl → kuhl, Straße → strasse), other characters split on.</summary>
    internal static IEnumerable<string> Words(string? text) =>
        text is null ? [] : SplitWhere(TextFolding.Ascii(text), c => !char.IsAsciiLetterOrDigit(c));

    private static string[] SplitWhere(string text, Func<char, bool> separator)
    {
        var b = new StringBuilder(text.Length);
        foreach (var c in text) b.Append(separator(c) ? ' ' : c);
        return b.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
