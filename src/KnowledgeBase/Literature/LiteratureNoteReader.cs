using System.Globalization;
using System.Text;
using KnowledgeBase.Interchange;
using KnowledgeBase.Storage;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Literature;

/// <summary>
/// Reads <c>literature/&lt;slug&gt;.md</c>: YAML front matter with either the Hugo link-log keys
/// (<c>identifyer</c>, <c>link_title</c>, <c>linktypes</c>, <c>difficulties</c>) or the conventional ones.
/// </summary>
public static class LiteratureNoteReader
{
    /// <summary>Every key the reader understands, in every accepted spelling; the others are kept verbatim.</summary>
    private static readonly HashSet<string> KnownKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "full_title", "link_title", "authors", "author", "year", "date", "kind", "linktypes",
        "difficulty", "difficulties", "rating", "draft", "identifiers", "identifyer", "tags",
    };

    /// <summary>Notes larger than this are refused before parsing: no real note comes close.</summary>
    public const int MaxNoteBytes = 2 * 1024 * 1024;

    private const int MaxYamlDepth = 16;

    public static Source? ReadFile(string path, string slug, string displayPath, List<ImportError> errors)
    {
        var info = new FileInfo(path);
        if (info.Length > MaxNoteBytes)
        {
            errors.Add(new ImportError(displayPath, 1, $"the note is {info.Length / 1024} KiB; notes are limited to {MaxNoteBytes / 1024 / 1024} MiB"));
            return null;
        }
        string text;
        try
        {
            text = CsvTable.StrictUtf8.GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException)
        {
            errors.Add(new ImportError(displayPath, 1, "the file is not valid UTF-8"));
            return null;
        }
        return Read(slug, text, displayPath, errors);
    }

    public static Source? Read(string slug, string text, string displayPath, List<ImportError> errors)
    {
        var before = errors.Count;
        if (!Slugs.IsValid(slug))
            errors.Add(new ImportError(displayPath, 1, $"the file name '{CsvTable.Truncate(slug)}' is not a valid slug (lowercase a-z, 0-9 and '-')"));

        var parts = FrontMatter.Split(FrontMatter.Normalise(text), out var problem);
        if (parts is not var (yaml, body, firstLine))
        {
            errors.Add(new ImportError(displayPath, 1, problem!));
            return null;
        }

        // The YAML parser stops silently at a NUL and keeps other control characters; neither belongs in a note.
        if (ControlCharacter(yaml) is { } control)
        {
            errors.Add(new ImportError(displayPath, firstLine + control.Line, $"control character U+{(int)control.Character:X4} in the front matter"));
            return null;
        }

        YamlMappingNode? root;
        try
        {
            root = Parse(yaml);
        }
        catch (YamlException ex)
        {
            errors.Add(new ImportError(displayPath, (int)ex.Start.Line + firstLine - 1, "invalid YAML: " + YamlMessage(ex)));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            errors.Add(new ImportError(displayPath, firstLine, "invalid YAML: " + ex.Message));
            return null;
        }

        var fields = new FrontMatterFields(root, displayPath, firstLine, errors);
        var source = new Source
        {
            Slug = slug,
            Title = fields.RequiredText("title", FieldLimits.Name) ?? "",
            FullTitle = fields.Text(FieldLimits.FullTitle, "full_title", "link_title"),
            Authors = fields.List(FieldLimits.Person, "authors", "author"),
            Year = fields.Integer("year", 1000, 2200),
            DateAdded = fields.Date("date"),
            Kind = fields.FirstOf(FieldLimits.Tag, "kind", "linktypes")?.ToLowerInvariant(),
            Difficulties = fields.Difficulties("difficulty", "difficulties"),
            Rating = fields.Integer("rating", 1, 5),
            Draft = fields.Boolean("draft") ?? false,
            Identifiers = fields.Identifiers("identifiers", "identifyer"),
            Tags = fields.List(FieldLimits.Tag, "tags"),
            Note = body,
            UnknownFrontMatter = fields.UnknownKeys(yaml, KnownKeys),
        };
        if (FieldLimits.Problem("note", body, FieldLimits.NoteBody) is { } bodyProblem)
            errors.Add(new ImportError(displayPath, firstLine + yaml.Count(c => c == '\n') + 2, bodyProblem));
        return errors.Skip(before).Any(e => !e.IsWarning) ? null : source;
    }

    private static (int Line, char Character)? ControlCharacter(string yaml)
    {
        var line = 0;
        foreach (var c in yaml)
        {
            if (c == '\n') line++;
            else if (FieldLimits.IsControlCharacter(c)) return (line, c);
        }
        return null;
    }

    private static YamlMappingNode? Parse(string yaml)
    {
        if (MaxDepth(yaml) > MaxYamlDepth)
            throw new InvalidOperationException($"the front matter nests deeper than {MaxYamlDepth} levels");
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0)
            return null;
        return stream.Documents[0].RootNode switch
        {
            YamlMappingNode mapping => mapping,
            YamlScalarNode { Value: null or "" } => null,
            _ => throw new YamlException(stream.Documents[0].RootNode.Start, stream.Documents[0].RootNode.End,
                "the front matter must be a mapping of keys to values"),
        };
    }

    /// <summary>
    /// A cheap bound on flow-style nesting (<c>[[[[...</c>) checked before the parser sees the text, because the
    /// YAML parser recurses once per level and a hostile file could exhaust the stack.
    /// </summary>
    private static int MaxDepth(string yaml)
    {
        int depth = 0, max = 0;
        foreach (var c in yaml)
        {
            if (c is '[' or '{') max = Math.Max(max, ++depth);
            else if (c is ']' or '}') depth = Math.Max(0, depth - 1);
        }
        var indent = yaml.Split('\n').Select(l => l.Length - l.TrimStart(' ').Length).DefaultIfEmpty(0).Max();
        return Math.Max(max, indent / 2);
    }

    private static string YamlMessage(YamlException ex)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 1, Idx: ...) - (...): "; the line is already in our prefix.
        var message = ex.InnerException?.Message ?? ex.Message;
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 ? message[(marker + 3)..] : message;
    }
}
