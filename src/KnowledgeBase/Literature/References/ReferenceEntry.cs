using KnowledgeBase.Interchange;

namespace KnowledgeBase.Literature.References;

/// <summary>The two formats reference managers and publishers export.</summary>
public enum ReferenceFormat
{
    BibTex,
    Ris,
}

/// <summary>Why an imported entry is taken for a work the catalog (or the same paste) already has.</summary>
public enum DuplicateReason
{
    Doi,
    Arxiv,
    Title,
}

/// <summary>
/// The work an entry duplicates: an existing source's slug, or, when <paramref name="WithinPaste"/>, the slug given
/// to an earlier entry of the same text.
/// </summary>
public sealed record ReferenceDuplicate(string Slug, DuplicateReason Reason, bool WithinPaste);

/// <summary>
/// One entry read from the text, as a draft source (never published by itself), with the line it starts on, the
/// key it had in the file (a BibTeX citation key, a RIS <c>ID</c>) and the work it duplicates, if any.
/// </summary>
public sealed record ReferenceEntry(Source Draft, int Line, string? Key)
{
    public ReferenceDuplicate? Duplicate { get; init; }
}

/// <summary>
/// What a paste or upload gave: the entries that could be read, and every problem as <c>path:line: message</c>.
/// A bad entry is left out of <see cref="Entries"/> and reported; the others are still there. Warnings (a
/// duplicate, a value that was dropped) are in <see cref="Errors"/> with <see cref="ImportError.IsWarning"/> set.
/// </summary>
public sealed record ReferenceReadResult(ReferenceFormat? Format, IReadOnlyList<ReferenceEntry> Entries, IReadOnlyList<ImportError> Errors)
{
    public bool HasErrors => Errors.Any(e => !e.IsWarning);
}
