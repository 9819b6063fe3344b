using System.Globalization;
using System.Text;
using KnowledgeBase.Interchange;

namespace KnowledgeBase.Literature.References;

/// <summary>One entry as written: its type and key, and its fields with macros expanded but LaTeX still in them.</summary>
internal sealed record BibTexEntry(string Type, string Key, int Line, IReadOnlyList<BibTexField> Fields);

internal sealed record BibTexField(string Name, string Value, int Line);

/// <summary>
/// The syntax of a .bib file: <c>@type{key, name = value, ...}</c> (or with parentheses), values in braces, in
/// quotes, bare numbers or macro names joined by <c>#</c>, <c>@string</c> macros, <c>@comment</c> and
/// <c>@preamble</c> skipped, and anything outside an entry ignored as BibTeX ignores it. A malformed entry is
/// reported and skipped: reading goes on at the next line that starts with <c>@</c>.
/// </summary>
internal sealed partial class BibTexParser
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private readonly string text;
    private readonly string path;
    private readonly List<ImportError> errors;
    private readonly Dictionary<string, string> macros = new(StringComparer.OrdinalIgnoreCase);
    private readonly int[] lineStarts;
    private int pos;

    private BibTexParser(string text, string path, List<ImportError> errors)
    {
        this.text = text;
        this.path = path;
        this.errors = errors;
        lineStarts = [0, .. text.Select((c, i) => (c, i)).Where(x => x.c == '\n').Select(x => x.i + 1)];
        for (var m = 0; m < Months.Length; m++)
            macros[Months[m]] = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m + 1);
    }

    /// <summary>The entries of <paramref name="text"/> (LF line endings), every problem added to <paramref name="errors"/>.</summary>
    public static List<BibTexEntry> Parse(string text, string path, List<ImportError> errors) => new BibTexParser(text, path, errors).Entries();

    /// <summary>A problem that ends the entry it is in; reading resumes at the next line starting with '@'.</summary>
    private sealed class SyntaxError(int at, string message) : Exception(message)
    {
        public int At { get; } = at;
    }

    private int LineAt(int index)
    {
        var found = Array.BinarySearch(lineStarts, index);
        return (found >= 0 ? found : ~found - 1) + 1;
    }

    private List<BibTexEntry> Entries()
    {
        var entries = new List<BibTexEntry>();
        while ((pos = text.IndexOf('@', pos)) >= 0)
        {
            var start = pos;
            try
            {
                if (Item(start) is { } entry) entries.Add(entry);
            }
            catch (SyntaxError e)
            {
                errors.Add(new ImportError(path, LineAt(e.At), e.Message));
                pos = NextEntryStart(Math.Max(e.At, start + 1));
            }
        }
        return entries;
    }

    /// <summary>Where the next entry can start: an '@' first on its line (after blanks), at or after <paramref name="from"/>.</summary>
    private int NextEntryStart(int from)
    {
        for (var i = from; i < text.Length; i++)
            if (text[i] == '@' && IsLineStart(i)) return i;
        return text.Length;
    }

    private bool IsLineStart(int i)
    {
        while (i > 0 && text[i - 1] is ' ' or '\t') i--;
        return i == 0 || text[i - 1] == '\n';
    }

    private BibTexEntry? Item(int start)
    {
        pos++;
        var type = Name().ToLowerInvariant();
        if (type.Length == 0) return null; // an '@' in free text
        SkipBlanks();
        if (pos >= text.Length || text[pos] is not ('{' or '('))
        {
            // "@comment" with no braces comments out its line; an '@' inside a line of free text (an e-mail
            // address in a note between entries) is no entry, as BibTeX's own scan would soon find out.
            if (type == "comment" || !IsLineStart(start)) return null;
            throw new SyntaxError(start, $"'@{type}' is not followed by '{{' or '('");
        }
        var close = text[pos] == '{' ? '}' : ')';
        switch (type)
        {
            case "comment" or "preamble":
                pos = GroupEnd(pos, start, $"@{type}") + 1;
                return null;
            case "string":
                pos++;
                var (name, value, _) = Field(start);
                macros[name] = value;
                Expect(close, start, type);
                return null;
        }
        pos++;
        SkipBlanks();
        var keyStart = pos;
        while (pos < text.Length && text[pos] is not (',' or '}' or ')') && !char.IsWhiteSpace(text[pos])) pos++;
        var key = text[keyStart..pos];
        SkipBlanks();
        var fields = new List<BibTexField>();
        while (true)
        {
            if (pos < text.Length && text[pos] == close) { pos++; break; }
            if (pos >= text.Length || text[pos] != ',')
            {
                // A brace left open in one value closes at the entry's end, swallowing the fields after it.
                if (fields.Count > 0 && RunOn().IsMatch(fields[^1].Value))
                    throw new SyntaxError(start, $"unclosed '{{' in '{fields[^1].Name}' (opened on line {fields[^1].Line}): its value runs on into the fields after it");
                throw new SyntaxError(start, $"entry '{CsvTable.Truncate(key)}' is not closed: expected ',' or '{close}' on line {LineAt(Math.Min(pos, text.Length - 1))}");
            }
            pos++;
            SkipBlanks();
            if (pos < text.Length && text[pos] == close) { pos++; break; } // a comma after the last field
            var (fieldName, fieldValue, fieldLine) = Field(start);
            fields.Add(new BibTexField(fieldName, fieldValue, fieldLine));
            SkipBlanks();
        }
        return new BibTexEntry(type, key, LineAt(start), fields);
    }

    private void Expect(char close, int start, string type)
    {
        SkipBlanks();
        if (pos >= text.Length || text[pos] != close) throw new SyntaxError(start, $"@{type} is not closed with '{close}'");
        pos++;
    }

    private (string Name, string Value, int Line) Field(int start)
    {
        SkipBlanks();
        var at = pos;
        var name = Name().ToLowerInvariant();
        if (name.Length == 0)
            throw new SyntaxError(at < text.Length ? at : start, $"expected a field name on line {LineAt(Math.Min(at, text.Length - 1))}");
        SkipBlanks();
        if (pos >= text.Length || text[pos] != '=')
            throw new SyntaxError(at, $"field '{CsvTable.Truncate(name)}' has no '='");
        pos++;
        var value = new StringBuilder();
        while (true)
        {
            SkipBlanks();
            value.Append(Part(name, at));
            SkipBlanks();
            if (pos < text.Length && text[pos] == '#') { pos++; continue; }
            return (name, value.ToString(), LineAt(at));
        }
    }

    /// <summary>One part of a value: {braced}, "quoted", a number or a macro name.</summary>
    private string Part(string field, int fieldStart)
    {
        if (pos >= text.Length) throw new SyntaxError(fieldStart, $"field '{field}' has no value");
        var c = text[pos];
        if (c == '{')
        {
            var end = GroupEnd(pos, fieldStart, $"'{field}'");
            var inner = text[(pos + 1)..end];
            pos = end + 1;
            return inner;
        }
        if (c == '"')
        {
            var end = QuoteEnd(pos, fieldStart, field);
            var inner = text[(pos + 1)..end];
            pos = end + 1;
            return inner;
        }
        var word = Name();
        if (word.Length == 0) throw new SyntaxError(fieldStart, $"field '{field}' has no value");
        if (word.All(char.IsAsciiDigit)) return word;
        if (macros.TryGetValue(word, out var expanded)) return expanded;
        errors.Add(ImportError.Warning(path, LineAt(fieldStart), $"'{CsvTable.Truncate(word)}' in '{field}' is no @string defined before it; it is read as written"));
        return word;
    }

    /// <summary>
    /// The index of the brace closing the one at <paramref name="open"/>. An entry starting on a line of its own
    /// inside the group means the group was never closed: BibTeX would swallow the rest of the file, this reader
    /// stops there and reports the brace.
    /// </summary>
    private int GroupEnd(int open, int owner, string what)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\') { i++; continue; }
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i;
            else if (c == '@' && IsLineStart(i) && LooksLikeEntry(i)) break;
        }
        throw new SyntaxError(owner, $"unclosed '{{' in {what} (opened on line {LineAt(open)})");
    }

    private int QuoteEnd(int open, int owner, string field)
    {
        var depth = 0;
        for (var i = open + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\') { i++; continue; }
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (c == '"' && depth <= 0) return i;
            else if (c == '@' && IsLineStart(i) && LooksLikeEntry(i)) break;
        }
        throw new SyntaxError(owner, $"unclosed '\"' in '{field}' (opened on line {LineAt(open)})");
    }

    private bool LooksLikeEntry(int at)
    {
        var i = at + 1;
        while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        return i > at + 1 && i < text.Length && text[i] is '{' or '(';
    }

    /// <summary>A type, field or macro name: letters, digits and the punctuation BibTeX allows in them.</summary>
    private string Name()
    {
        var start = pos;
        while (pos < text.Length && (char.IsAsciiLetterOrDigit(text[pos]) || text[pos] is '_' or '-' or ':' or '.' or '+' or '/')) pos++;
        return text[start..pos];
    }

    private void SkipBlanks()
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[,}]\s*\n\s*[A-Za-z][\w-]*\s*=")]
    private static partial System.Text.RegularExpressions.Regex RunOn();
}
