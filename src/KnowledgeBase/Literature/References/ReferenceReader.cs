using System.Text.RegularExpressions;
using KnowledgeBase.Interchange;

namespace KnowledgeBase.Literature.References;

/// <summary>
/// Pasted or uploaded references (BibTeX or RIS, told apart by their text) as draft sources: each with a slug no
/// existing source has, the work it duplicates if the catalog already has it, and every problem as
/// <c>path:line: message</c> with the line in the text as given. Nothing is written anywhere.
/// </summary>
public static partial class ReferenceReader
{
    /// <summary>Texts longer than this are refused before parsing: a library of thousands of entries is far smaller.</summary>
    public const int MaxCharacters = 4 * 1024 * 1024;

    /// <summary>
    /// Reads <paramref name="text"/>. <paramref name="path"/> names it in messages: the uploaded file's name, or
    /// <c>pasted</c>. <paramref name="existing"/> are the catalog's sources, for slugs and duplicates.
    /// </summary>
    public static ReferenceReadResult Read(string text, string path = "pasted", IReadOnlyCollection<Source>? existing = null, ReferenceFormat? format = null)
    {
        existing ??= [];
        var errors = new List<ImportError>();
        if (text.Length > MaxCharacters)
        {
            errors.Add(new ImportError(path, 1, $"the text has {text.Length / 1024:N0} KiB; at most {MaxCharacters / 1024 / 1024} MiB of references are read at once"));
            return new ReferenceReadResult(null, [], errors);
        }
        // Line numbers are those of the text as given: CRLF and lone CR both end one line.
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        format ??= Detect(text);
        if (format is null)
        {
            errors.Add(new ImportError(path, 1, "the text is neither BibTeX (entries such as '@article{key, …}') nor RIS (records starting 'TY  - ')"));
            return new ReferenceReadResult(null, [], errors);
        }

        var read = format == ReferenceFormat.Ris ? RisReader.Read(text, path, errors) : BibTexReader.Read(text, path, errors);
        var entries = new List<ReferenceEntry>();
        foreach (var fields in read)
        {
            var draft = fields.ToDraft();
            errors.AddRange(fields.Problems);
            if (draft is null) continue;
            draft.Slug = ReferenceSlugs.For(fields.FirstFamilyName, fields.Year, draft.FullTitle ?? draft.Title);
            entries.Add(new ReferenceEntry(draft, fields.Line, fields.Key));
        }
        if (entries.Count == 0 && !errors.Any(e => !e.IsWarning))
            errors.Add(new ImportError(path, 1, format == ReferenceFormat.Ris ? "the text has no RIS record" : "the text has no BibTeX entry"));

        var drafts = entries.Select(e => e.Draft).ToList();
        ReferenceSlugs.MakeUnique(drafts, existing.Select(s => s.Slug));
        var duplicates = ReferenceDuplicates.Find(drafts, existing);
        for (var i = 0; i < entries.Count; i++)
        {
            if (duplicates[i] is not { } duplicate) continue;
            entries[i] = entries[i] with { Duplicate = duplicate };
            errors.Add(ImportError.Warning(path, entries[i].Line, Describe(duplicate)));
        }
        return new ReferenceReadResult(format, entries, [.. errors.OrderBy(e => e.Line)]);
    }

    /// <summary>
    /// The format of a text: whichever comes first, a RIS record's <c>TY  - </c> line or a BibTeX entry
    /// (<c>@type{</c>); null when it has neither. Publishers put header lines before the first RIS record, and
    /// JabRef comments before the first entry, so neither need be on the first line.
    /// </summary>
    public static ReferenceFormat? Detect(string text)
    {
        var ris = RisStart().Match(text);
        var bib = BibTexEntry().Match(text);
        if (ris.Success && (!bib.Success || ris.Index < bib.Index)) return ReferenceFormat.Ris;
        return bib.Success ? ReferenceFormat.BibTex : null;
    }

    private static string Describe(ReferenceDuplicate duplicate)
    {
        var why = duplicate.Reason switch
        {
            DuplicateReason.Doi => "the same DOI",
            DuplicateReason.Arxiv => "the same arXiv id",
            _ => "the same title",
        };
        return duplicate.WithinPaste
            ? $"the entry has {why} as the entry read as '{duplicate.Slug}' above it"
            : $"the catalog already has this work: '{duplicate.Slug}' has {why}";
    }

    [GeneratedRegex(@"^\uFEFF?[ \t]*TY {1,2}-", RegexOptions.Multiline)]
    private static partial Regex RisStart();

    [GeneratedRegex(@"@[A-Za-z]+\s*[{(]")]
    private static partial Regex BibTexEntry();
}
