using System.Text;

namespace KnowledgeBase.Literature.References;

/// <summary>
/// BibTeX values as plain Unicode text: accents (<c>{\"u}</c>, <c>\'{e}</c>, <c>\c{c}</c>), letters
/// (<c>{\ss}</c>, <c>\o</c>, <c>\l</c>), escapes (<c>\&amp;</c>, <c>\%</c>, <c>\_</c>), dashes (<c>--</c>, <c>---</c>),
/// ties (<c>~</c>), case-protecting braces and formatting commands (<c>\emph{…}</c>) dropped. One pass, no recursion,
/// so that hostile nesting cannot exhaust the stack.
/// </summary>
internal static class LatexText
{
    private static readonly Dictionary<char, char> AccentMarks = new()
    {
        ['\''] = '\u0301', ['`'] = '\u0300', ['^'] = '\u0302', ['"'] = '\u0308', ['~'] = '\u0303', ['='] = '\u0304',
        ['.'] = '\u0307', ['c'] = '\u0327', ['v'] = '\u030C', ['u'] = '\u0306', ['H'] = '\u030B', ['k'] = '\u0328',
        ['r'] = '\u030A', ['d'] = '\u0323',
    };

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["ss"] = "ß", ["o"] = "ø", ["O"] = "Ø", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ", ["aa"] = "å",
        ["AA"] = "Å", ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ", ["dh"] = "ð", ["DH"] = "Ð", ["th"] = "þ", ["TH"] = "Þ",
        ["textbackslash"] = "\\", ["textendash"] = "–", ["textemdash"] = "—", ["textquoteright"] = "’",
        ["textquoteleft"] = "‘", ["textquotedblleft"] = "“", ["textquotedblright"] = "”", ["ldots"] = "…", ["dots"] = "…",
        ["textellipsis"] = "…", ["textregistered"] = "®", ["texttrademark"] = "™", ["copyright"] = "©", ["textcopyright"] = "©",
        ["S"] = "§", ["textasciitilde"] = "~", ["textunderscore"] = "_", ["textbar"] = "|", ["textless"] = "<", ["textgreater"] = ">",
        ["TeX"] = "TeX", ["LaTeX"] = "LaTeX", ["BibTeX"] = "BibTeX", ["euro"] = "€", ["pounds"] = "£", ["textdegree"] = "°",
    };

    /// <summary>A title, a name or a keyword: LaTeX read as the text it typesets.</summary>
    public static string ToUnicode(string latex)
    {
        var b = new StringBuilder(latex.Length);
        for (var i = 0; i < latex.Length; i++)
        {
            var c = latex[i];
            switch (c)
            {
                case '\\':
                    i = Command(latex, i, b);
                    break;
                case '{' or '}' or '$':
                    break; // case protection and math shifts typeset nothing themselves
                case '~':
                    b.Append(' ');
                    break;
                case '-' when At(latex, i, "---"):
                    b.Append('—'); i += 2;
                    break;
                case '-' when At(latex, i, "--"):
                    b.Append('–'); i += 1;
                    break;
                case '`' when At(latex, i, "``"):
                    b.Append('“'); i += 1;
                    break;
                case '\'' when At(latex, i, "''"):
                    b.Append('”'); i += 1;
                    break;
                default:
                    b.Append(c);
                    break;
            }
        }
        return Collapse(b.ToString());
    }

    /// <summary>
    /// A URL, DOI or eprint: only escapes are undone (<c>\_</c>, <c>\%</c>, <c>\textbackslash{}</c>) and braces
    /// dropped, because a tilde or two hyphens in a link are part of it.
    /// </summary>
    public static string Verbatim(string latex)
    {
        var b = new StringBuilder(latex.Length);
        for (var i = 0; i < latex.Length; i++)
        {
            var c = latex[i];
            if (c is '{' or '}') continue;
            if (c == '\\' && At(latex, i, "\\textbackslash")) { b.Append('\\'); i += "\\textbackslash".Length - 1; continue; }
            if (c == '\\' && At(latex, i, "\\url")) { i += "\\url".Length - 1; continue; }
            if (c == '\\' && i + 1 < latex.Length && !char.IsAsciiLetter(latex[i + 1])) { b.Append(latex[++i]); continue; }
            b.Append(c);
        }
        return b.ToString().Trim();
    }

    private static bool At(string text, int i, string what) => string.CompareOrdinal(text, i, what, 0, what.Length) == 0;

    /// <summary>Reads the command at <paramref name="i"/> (a backslash) and returns the index of its last character.</summary>
    private static int Command(string latex, int i, StringBuilder b)
    {
        if (i + 1 >= latex.Length) return i;
        var next = latex[i + 1];
        if (!char.IsAsciiLetter(next))
        {
            if (AccentMarks.TryGetValue(next, out var mark)) return Accent(latex, i + 2, mark, b);
            // \& \% \$ \# \_ \{ \} give themselves; "\ " and "\\" a space; "\-" (a hyphenation hint) nothing.
            b.Append(next switch { ' ' or '\\' or ',' or ';' or '!' => " ", '-' or '/' => "", _ => next.ToString() });
            return i + 1;
        }
        var end = i + 1;
        while (end < latex.Length && char.IsAsciiLetter(latex[end])) end++;
        var name = latex[(i + 1)..end];
        var last = end - 1;
        if (name.Length == 1 && AccentMarks.TryGetValue(name[0], out var letterMark))
            return Accent(latex, end, letterMark, b);
        if (Symbols.TryGetValue(name, out var symbol))
        {
            b.Append(symbol);
            // TeX swallows the spaces after a control word: "Stra\ss e" is "Straße".
            if (symbol.Length == 1 && char.IsLetter(symbol[0]))
                while (last + 1 < latex.Length && latex[last + 1] == ' ') last++;
        }
        else if (name is "href" && end < latex.Length && latex[end] == '{')
            last = SkipGroup(latex, end); // \href{url}{text}: the text is what is read
        // Any other command (\emph, \textbf, \mkbibquote, \url, ...) formats its argument: the argument stays.
        return last;
    }

    /// <summary>An accent on the letter at <paramref name="i"/>, written bare (<c>\"u</c>) or braced (<c>\"{u}</c>, <c>\'{\i}</c>).</summary>
    private static int Accent(string latex, int i, char mark, StringBuilder b)
    {
        var braced = i < latex.Length && latex[i] == '{';
        var at = braced ? i + 1 : i;
        while (!braced && at < latex.Length && latex[at] == ' ') at++;
        if (at >= latex.Length) return latex.Length - 1;
        var letter = latex[at];
        var end = at;
        if (letter == '\\' && at + 1 < latex.Length && latex[at + 1] is 'i' or 'j')
        {
            letter = latex[at + 1]; // a dotless i under an accent is how TeX writes the accented i
            end = at + 1;
        }
        if (letter == '}') { b.Append(mark); return at; }
        b.Append(LatinLetters.Compose(letter, mark));
        if (braced && end + 1 < latex.Length && latex[end + 1] == '}') end++;
        return end;
    }

    private static int SkipGroup(string latex, int open)
    {
        var depth = 0;
        for (var i = open; i < latex.Length; i++)
        {
            if (latex[i] == '\\') { i++; continue; }
            if (latex[i] == '{') depth++;
            else if (latex[i] == '}' && --depth == 0) return i;
        }
        return latex.Length - 1;
    }

    /// <summary>Runs of white space (line breaks of a wrapped value included) as one space, none at either end.</summary>
    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
