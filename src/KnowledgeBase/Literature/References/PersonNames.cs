namespace KnowledgeBase.Literature.References;

/// <summary>A name as the catalog writes it ("Niklas Kühl"), and the one word of it the slug starts with.</summary>
internal sealed record PersonName(string Display, string Family);

/// <summary>
/// Author lists: BibTeX's <c>and</c>-separated names, each "Last, First", "Last, Jr, First" or "First Last", an
/// organisation in braces (<c>{Google Cloud}</c>) kept whole, and <c>and others</c> (BibTeX's "et al.") dropped.
/// RIS writes one name per line in the same "Last, First" form.
/// </summary>
internal static class PersonNames
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "jr", "jr.", "sr", "sr.", "ii", "iii", "iv" };

    /// <summary>The names of a BibTeX <c>author</c> value, still in LaTeX.</summary>
    public static List<PersonName> FromBibTex(string value) =>
        [.. SplitOnAnd(value).Select(n => n.Trim()).Where(n => n.Length > 0 && !n.Equals("others", StringComparison.OrdinalIgnoreCase))
            .Select(FromBibTexName).Where(n => n.Display.Length > 0)];

    /// <summary>One RIS <c>AU</c> line, already plain text.</summary>
    public static PersonName? FromRis(string value)
    {
        var name = LatexText.Collapse(value);
        return name.Length == 0 ? null : Ordered(name, SplitOnComma(name));
    }

    private static PersonName FromBibTexName(string latex)
    {
        // A name wholly in braces is an organisation: its words are not to be reordered or split.
        if (latex.StartsWith('{') && latex.EndsWith('}') && GroupEnd(latex) == latex.Length - 1)
        {
            var organisation = LatexText.ToUnicode(latex);
            return new PersonName(organisation, organisation.Split(' ')[0]); // "Google" of "Google Cloud", as slugs name it
        }
        return Ordered(LatexText.ToUnicode(latex), SplitOnComma(latex).Select(LatexText.ToUnicode).ToList());
    }

    private static PersonName Ordered(string whole, List<string> parts)
    {
        switch (parts.Count)
        {
            case 2 when parts[1].Length > 0:
                return new PersonName(parts[1] + " " + parts[0], Family(parts[0]));
            case 3:
                // RIS "Last, First, Suffix" and BibTeX "Last, Jr, First" differ in where the suffix goes.
                var (first, suffix) = Suffixes.Contains(parts[2]) ? (parts[1], parts[2]) : (parts[2], parts[1]);
                return new PersonName(LatexText.Collapse($"{first} {parts[0]} {suffix}"), parts[0]);
            default:
                var display = LatexText.Collapse(whole.Trim(',', ' '));
                return new PersonName(display, Family(display));
        }
    }

    /// <summary>The last word of a family name that is not a suffix: "Deursen" of "van Deursen", "Daumé" of "Daumé III".</summary>
    private static string Family(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.LastOrDefault(w => !Suffixes.Contains(w)) ?? name;
    }

    /// <summary>Splits on the word <c>and</c> outside braces, so that <c>{Barnes and Noble}</c> stays one name.</summary>
    private static IEnumerable<string> SplitOnAnd(string value)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (depth == 0 && char.IsWhiteSpace(c) && i + 4 < value.Length
                     && string.Compare(value, i + 1, "and", 0, 3, StringComparison.OrdinalIgnoreCase) == 0 && char.IsWhiteSpace(value[i + 4]))
            {
                yield return value[start..i];
                start = i + 4;
                i += 3;
            }
        }
        yield return value[start..];
    }

    private static List<string> SplitOnComma(string name)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] == '{') depth++;
            else if (name[i] == '}') depth--;
            else if (name[i] == ',' && depth == 0) { parts.Add(name[start..i].Trim()); start = i + 1; }
        }
        parts.Add(name[start..].Trim());
        return parts;
    }

    private static int GroupEnd(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] == '{') depth++;
            else if (text[i] == '}' && --depth == 0) return i;
        }
        return -1;
    }
}
