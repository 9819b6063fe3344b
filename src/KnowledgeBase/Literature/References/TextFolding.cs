using System.Globalization;
using System.Text;

namespace KnowledgeBase.Literature.References;

/// <summary>Text folded for comparing and for slugs: lower case, accents and ligatures as plain ASCII letters.</summary>
internal static class TextFolding
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['ł'] = "l", ['đ'] = "d", ['ð'] = "d", ['þ'] = "th", ['ı'] = "i", ['ȷ'] = "j",
    };

    public static string Ascii(string text)
    {
        var b = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue; // a mark written apart
            var bare = LatinLetters.Base(c);
            if (Letters.TryGetValue(bare, out var letters)) b.Append(letters);
            else b.Append(bare);
        }
        return b.ToString();
    }
}
