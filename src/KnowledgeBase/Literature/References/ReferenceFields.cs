using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Literature.References;

/// <summary>
/// What both readers take from one entry, already as plain Unicode text, with the line each value was written on
/// so that a problem with it is reported there. <see cref="ToDraft"/> checks the values against
/// <see cref="FieldLimits"/> and makes the draft source.
/// </summary>
internal sealed class ReferenceFields(string path, int line, string? key)
{
    public int Line { get; } = line;
    public string? Key { get; } = key;
    public string? Title { get; set; }
    public List<string> Authors { get; } = [];
    /// <summary>The first author's family name, for the slug: "Kühl" of "Kühl, Niklas".</summary>
    public string? FirstFamilyName { get; set; }
    public int? Year { get; set; }
    public string? Kind { get; set; }
    public List<SourceIdentifier> Identifiers { get; } = [];
    public List<string> Tags { get; } = [];
    public List<ImportError> Problems { get; } = [];

    private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);

    public int LineOf(string field) => lines.GetValueOrDefault(field, Line);

    public void Saw(string field, int fieldLine) => lines.TryAdd(field, fieldLine);

    public void Error(string field, string message) => Problems.Add(new ImportError(path, LineOf(field), message));

    public void Warning(string field, string message) => Problems.Add(ImportError.Warning(path, LineOf(field), message));

    /// <summary>An identifier once, whatever field it came from (a DOI in <c>doi</c> and again in <c>url</c>).</summary>
    public void AddIdentifier(string scheme, string value, string field)
    {
        if (Identifiers.Any(i => i.Scheme == scheme && string.Equals(i.Value, value, StringComparison.OrdinalIgnoreCase))) return;
        Identifiers.Add(new SourceIdentifier { Scheme = scheme, Value = value });
        Saw("identifier:" + scheme + ":" + value, LineOf(field));
    }

    /// <summary>Keywords become tags: lower case, each once, in the order written.</summary>
    public void AddTag(string keyword)
    {
        var tag = string.Join(' ', keyword.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        if (tag.Length > 0 && !Tags.Contains(tag)) Tags.Add(tag);
    }

    /// <summary>The draft, or null when a value is missing or over its limit (each problem is in <see cref="Problems"/>).</summary>
    public Source? ToDraft()
    {
        if (string.IsNullOrWhiteSpace(Title)) Error("title", "the entry has no title");
        else if (Title.Length > FieldLimits.FullTitle) Error("title", FieldLimits.TooLong("title", Title.Length, FieldLimits.FullTitle));
        foreach (var author in Authors.Where(a => a.Length > FieldLimits.Person))
            Error("author", FieldLimits.TooLong("author", author.Length, FieldLimits.Person) + $" ('{CsvTable.Truncate(author)}')");
        foreach (var tag in Tags.Where(t => t.Length > FieldLimits.Tag))
            Error("keywords", FieldLimits.TooLong("keyword", tag.Length, FieldLimits.Tag) + $" ('{CsvTable.Truncate(tag)}')");
        foreach (var id in Identifiers.Where(i => i.Value.Length > FieldLimits.Url))
            Error("identifier:" + id.Scheme + ":" + id.Value, FieldLimits.TooLong(id.Scheme, id.Value.Length, FieldLimits.Url));
        var texts = Authors.Select(a => ("author", "author", a)).Concat(Tags.Select(t => ("keywords", "keyword", t)))
            .Concat(Identifiers.Select(i => ("identifier:" + i.Scheme + ":" + i.Value, i.Scheme, i.Value))).Prepend(("title", "title", Title ?? ""));
        foreach (var (key, name, value) in texts)
            if (FieldLimits.ControlCharacter(value) is { } control) Error(key, FieldLimits.HasControlCharacter(name, control));
        TooMany("author", Authors.Count);
        TooMany("keywords", Tags.Count);
        TooMany("identifiers", Identifiers.Count);
        if (Problems.Any(p => !p.IsWarning)) return null;

        var title = Title!;
        return new Source
        {
            Slug = "",
            // The catalog's title is a short one an editor writes; until then it is the work's own, cut if need be.
            Title = title.Length <= FieldLimits.Name ? title : Shortened(title),
            FullTitle = title.Length <= FieldLimits.Name ? null : title,
            Authors = [.. Authors],
            Year = Year,
            Kind = Kind,
            Draft = true,
            Identifiers = [.. Identifiers],
            Tags = [.. Tags],
        };
    }

    private void TooMany(string field, int count)
    {
        if (count > FieldLimits.ListItems)
            Error(field, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"'{field}' has {count:N0} items; the limit is {FieldLimits.ListItems}"));
    }

    /// <summary>A title over the short-title limit, cut at a word and marked with an ellipsis.</summary>
    private static string Shortened(string title)
    {
        var cut = title[..(FieldLimits.Name - 1)];
        var space = cut.LastIndexOf(' ');
        return (space > FieldLimits.Name / 2 ? cut[..space] : cut).TrimEnd() + "…";
    }
}
