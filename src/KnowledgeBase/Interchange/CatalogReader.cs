using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeBase.Architecture;
using KnowledgeBase.Glossary;
using KnowledgeBase.Literature;
using KnowledgeBase.Requirements;
using KnowledgeBase.Stacks;
using KnowledgeBase.Storage;
using KnowledgeBase.Tools;

namespace KnowledgeBase.Interchange;

/// <summary>
/// What reading the catalog files gave: the snapshot, every error found (empty when valid) and every warning (an
/// oddity imported anyway, in the form its message states).
/// </summary>
public sealed record CatalogReadResult(CatalogSnapshot Snapshot, IReadOnlyList<ImportError> Errors, IReadOnlyList<ImportError> Warnings)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>How many literature notes have been read so far.</summary>
public readonly record struct ReadProgress(int Done, int Total);

/// <summary>
/// Reads <c>data/*.csv</c> and <c>literature/*.md</c> into a snapshot and checks every row and reference.
/// It never stops at the first problem: all of them are reported, so one run fixes a whole catalog.
/// </summary>
public sealed partial class CatalogReader
{
    private readonly List<ImportError> _errors = [];
    private readonly CatalogSnapshot _catalog = new();
    private readonly string _dataDir;
    private readonly string _literatureDir;

    private readonly IProgress<ReadProgress>? _progress;

    /// <summary>Tables given as text instead of files (the site's forms); null reads the data directory.</summary>
    private Func<string, string?>? _tableText;

    private CatalogReader(string dataDir, string literatureDir, IProgress<ReadProgress>? progress)
    {
        _dataDir = dataDir;
        _literatureDir = literatureDir;
        _progress = progress;
    }

    /// <param name="progress">Told after each literature note, for a progress bar on large catalogs.</param>
    public static CatalogReadResult Read(string dataDir, string literatureDir, IProgress<ReadProgress>? progress = null)
    {
        var reader = new CatalogReader(dataDir, literatureDir, progress);
        reader.ReadAll();
        return new CatalogReadResult(reader._catalog, [.. reader._errors.Where(e => !e.IsWarning)], [.. reader._errors.Where(e => e.IsWarning)]);
    }

    private void ReadAll()
    {
        if (!Directory.Exists(_dataDir))
            _errors.Add(new ImportError(_dataDir, 0, "the data directory does not exist"));
        if (!Directory.Exists(_literatureDir))
            _errors.Add(new ImportError(_literatureDir, 0, "the literature directory does not exist"));
        if (_errors.Count > 0) return;

        var layers = ReadLayers();
        var components = ReadComponents(layers);
        ReadPipelines(components);
        var sources = ReadLiterature();
        ReadRequirements(layers, components, sources.Keys);
        var coverage = ReadTools(components, sources.Keys);
        ReadMaintenance();
        ReadStacks(components, coverage);
        ReadToolRelations();
        ReadGlossary(components);
    }

    private List<Located<T>> Table<T, TMap>(string file, out RowChecks<TMap> checks) where TMap : CsvHelper.Configuration.ClassMap<T>, new()
    {
        var path = Path.Combine(_dataDir, file);
        checks = new RowChecks<TMap>(path, _errors);
        if (_tableText is not null)
            return _tableText(file) is { } text ? CsvTable.Read<T, TMap>(new StringReader(text), path, _errors) : [];
        // A table that is absent is empty: a small catalog need not ship stacks or checklists.
        return File.Exists(path) ? CsvTable.ReadFile<T, TMap>(path, path, _errors) : [];
    }

    private Dictionary<string, Layer> ReadLayers()
    {
        var result = new Dictionary<string, Layer>();
        foreach (var (row, line) in Table<LayerRow, LayerMap>("layers.csv", out var c))
        {
            var slug = c.Slug(line, "slug", row.Slug);
            var order = c.Integer(line, "order", row.Order, 1);
            var name = c.Required(line, "name", row.Name);
            if (slug is null || order is null || name is null) continue;
            var layer = new Layer { Slug = slug, Order = order.Value, Name = name, Summary = row.Summary };
            if (result.TryAdd(slug, layer)) _catalog.Layers.Add(layer);
            else c.Error(line, "slug", $"duplicate layer '{slug}'");
        }
        return result;
    }

    private Dictionary<string, Component> ReadComponents(Dictionary<string, Layer> layers)
    {
        var result = new Dictionary<string, Component>();
        foreach (var (row, line) in Table<ComponentRow, ComponentMap>("components.csv", out var c))
        {
            var slug = c.Slug(line, "slug", row.Slug);
            var order = c.Integer(line, "order", row.Order, 1);
            var name = c.Required(line, "name", row.Name);
            var layerKnown = c.Known(line, "layer", row.Layer, layers, "layer");
            if (slug is null || order is null || name is null || !layerKnown) continue;
            var component = new Component { Slug = slug, LayerSlug = row.Layer, Order = order.Value, Name = name, Summary = row.Summary };
            if (result.TryAdd(slug, component)) _catalog.Components.Add(component);
            else c.Error(line, "slug", $"duplicate component '{slug}'");
        }
        return result;
    }

    private void ReadPipelines(Dictionary<string, Component> components)
    {
        var pipelines = new Dictionary<string, Pipeline>();
        foreach (var (row, line) in Table<PipelineRow, PipelineMap>("pipelines.csv", out var c))
        {
            var slug = c.Slug(line, "slug", row.Slug);
            var order = c.Integer(line, "order", row.Order, 1);
            var name = c.Required(line, "name", row.Name);
            if (!ColorPattern().IsMatch(row.Color)) c.Error(line, "color", $"'{CsvTable.Truncate(row.Color)}' is not a colour such as #1f77b4");
            if (slug is null || order is null || name is null || !ColorPattern().IsMatch(row.Color)) continue;
            var pipeline = new Pipeline { Slug = slug, Order = order.Value, Name = name, Color = row.Color.ToLowerInvariant(), Summary = row.Summary };
            if (pipelines.TryAdd(slug, pipeline)) _catalog.Pipelines.Add(pipeline);
            else c.Error(line, "slug", $"duplicate pipeline '{slug}'");
        }

        var seen = new Dictionary<string, int>();
        foreach (var (row, line) in Table<StageRow, StageMap>("pipeline_stages.csv", out var c))
        {
            var order = c.Integer(line, "order", row.Order, 1);
            var name = c.Required(line, "name", row.Name);
            var pipelineKnown = c.Known(line, "pipeline", row.Pipeline, pipelines, "pipeline");
            var stageComponents = Slugs.SplitList(row.Components);
            if (stageComponents.Count == 0) c.Error(line, "components", "a stage must name at least one component");
            var componentsKnown = stageComponents.Aggregate(true, (ok, s) => c.Known(line, "components", s, components, "component") && ok);
            if (order is null || name is null || !pipelineKnown || !componentsKnown || stageComponents.Count == 0) continue;
            if (!c.Unique(seen, line, "order", $"{row.Pipeline} stage {order}")) continue;
            _catalog.Stages.Add(new PipelineStage { PipelineSlug = row.Pipeline, Order = order.Value, Name = name });
            foreach (var (slug, position) in stageComponents.Distinct().Select((s, i) => (s, i)))
                _catalog.StageComponents.Add(new StageComponent { PipelineSlug = row.Pipeline, StageOrder = order.Value, ComponentSlug = slug, Position = position });
        }
    }

    private Dictionary<string, Source> ReadLiterature()
    {
        var result = new Dictionary<string, Source>();
        var files = LiteratureFolder.Notes(_literatureDir, _errors);
        var done = 0;
        // Parsing notes is most of the reading time and each note stands alone, so they are parsed on all cores;
        // results are taken in file order, so sources and errors come out as a sequential read gives them.
        var parsed = files.AsParallel().AsOrdered().Select(file =>
        {
            var errors = new List<ImportError>();
            var source = LiteratureNoteReader.ReadFile(file.Path, file.Slug, file.Display, errors);
            _progress?.Report(new ReadProgress(Interlocked.Increment(ref done), files.Count));
            return (source, errors);
        });
        foreach (var (source, errors) in parsed)
        {
            _errors.AddRange(errors);
            if (source is not null && result.TryAdd(source.Slug, source)) _catalog.Sources.Add(source);
        }
        return result;
    }

    /// <summary>
    /// One requirement with its traces and components, written as <c>requirements.csv</c>,
    /// <c>requirement_sources.csv</c> and <c>requirement_components.csv</c> would hold them and read back with the
    /// importer's checks. Trace <c>i</c> is on line <c>i + 2</c> of its table.
    /// </summary>
    public static (Requirement? Requirement, IReadOnlyList<ImportError> Errors) CheckRequirement(RequirementRow row,
        IReadOnlyList<RequirementSourceRow> traces, IReadOnlyList<RequirementComponentRow> concerns,
        IReadOnlyList<Layer> layers, IReadOnlyList<Component> components, ICollection<string> sourceSlugs)
    {
        var tables = new Dictionary<string, string>
        {
            ["requirements.csv"] = Text<RequirementRow, RequirementMap>([row]),
            ["requirement_sources.csv"] = Text<RequirementSourceRow, RequirementSourceMap>(traces),
            ["requirement_components.csv"] = Text<RequirementComponentRow, RequirementComponentMap>(concerns),
        };
        var reader = ForTables(tables);
        reader.ReadRequirements(layers.ToDictionary(l => l.Slug, StringComparer.Ordinal), components.ToDictionary(c => c.Slug, StringComparer.Ordinal), sourceSlugs);
        var requirement = reader.OnlyValid(reader._catalog.Requirements);
        requirement?.Sources.AddRange(reader._catalog.RequirementSources);
        requirement?.Components.AddRange(reader._catalog.RequirementComponents);
        return (requirement, reader._errors);
    }

    private static string Text<T, TMap>(IEnumerable<T> rows) where TMap : CsvHelper.Configuration.ClassMap<T>, new()
    {
        var text = new StringWriter();
        CsvTable.Write<T, TMap>(text, rows);
        return text.ToString();
    }

    private void ReadRequirements(Dictionary<string, Layer> layers, Dictionary<string, Component> components, ICollection<string> sources)
    {
        var requirements = new Dictionary<string, Requirement>();
        foreach (var (row, line) in Table<RequirementRow, RequirementMap>("requirements.csv", out var c))
        {
            var codeOk = CodePattern().IsMatch(row.Code);
            if (!codeOk) c.Error(line, "code", $"'{CsvTable.Truncate(row.Code)}' is not a requirement code such as INF-01");
            var layerKnown = c.Known(line, "layer", row.Layer, layers, "layer");
            var title = c.Required(line, "title", row.Title);
            var kind = c.Enum<RequirementKind>(line, "kind", row.Kind);
            var priority = c.Enum<Priority>(line, "priority", row.Priority);
            if (!codeOk || !layerKnown || title is null || kind is null || priority is null) continue;
            var requirement = new Requirement
            {
                Code = row.Code, LayerSlug = row.Layer, Title = title, Statement = row.Statement,
                Kind = kind.Value, Priority = priority.Value, Tags = c.List(line, "tags", row.Tags, FieldLimits.Tag),
            };
            if (requirements.TryAdd(row.Code, requirement)) _catalog.Requirements.Add(requirement);
            else c.Error(line, "code", $"duplicate requirement '{row.Code}'");
        }
        _requirements = requirements;

        var seen = new Dictionary<string, int>();
        foreach (var (row, line) in Table<RequirementSourceRow, RequirementSourceMap>("requirement_sources.csv", out var c))
        {
            var ok = c.Known(line, "requirement", row.Requirement, requirements, "requirement")
                     & c.Known(line, "source", row.Source, sources, "source (no literature note with that slug)");
            if (ok && c.Unique(seen, line, "source", $"{row.Requirement} → {row.Source}"))
                _catalog.RequirementSources.Add(new RequirementSource { RequirementCode = row.Requirement, SourceSlug = row.Source, Note = row.Note });
        }

        seen.Clear();
        foreach (var (row, line) in Table<RequirementComponentRow, RequirementComponentMap>("requirement_components.csv", out var c))
        {
            var ok = c.Known(line, "requirement", row.Requirement, requirements, "requirement")
                     & c.Known(line, "component", row.Component, components, "component");
            if (ok && c.Unique(seen, line, "component", $"{row.Requirement} → {row.Component}"))
                _catalog.RequirementComponents.Add(new RequirementComponent { RequirementCode = row.Requirement, ComponentSlug = row.Component });
        }
    }

    private Dictionary<string, Requirement> _requirements = [];

    /// <summary>
    /// One tool and its coverage rows, written as <c>tools.csv</c> and <c>tool_coverage.csv</c> would hold them and
    /// read back with the importer's checks: a form on the site obeys exactly the rules and length limits of the
    /// files. The tool is on line 2 of its table, coverage row <c>i</c> on line <c>i + 2</c> of its own.
    /// </summary>
    public static (Tool? Tool, IReadOnlyList<ImportError> Errors) CheckTool(ToolRow row, IReadOnlyList<CoverageRow> coverage,
        IReadOnlyList<Component> components, ICollection<string> sourceSlugs)
    {
        var reader = ForTables(new()
        {
            ["tools.csv"] = Text<ToolRow, ToolMap>([row]),
            ["tool_coverage.csv"] = Text<CoverageRow, CoverageMap>(coverage),
        });
        reader.ReadTools(components.ToDictionary(c => c.Slug, StringComparer.Ordinal), sourceSlugs);
        var tool = reader.OnlyValid(reader._catalog.Tools);
        tool?.Coverage.AddRange(reader._catalog.Coverage);
        return (tool, reader._errors);
    }

    private Dictionary<string, ToolCoverage> ReadTools(Dictionary<string, Component> components, ICollection<string> sources)
    {
        var tools = new Dictionary<string, Tool>();
        foreach (var (row, line) in Table<ToolRow, ToolMap>("tools.csv", out var c))
        {
            var slug = c.Slug(line, "slug", row.Slug);
            var name = c.Required(line, "name", row.Name);
            var kind = c.Enum<ToolKind>(line, "kind", row.Kind);
            var homepage = c.Url(line, "homepage", row.Homepage);
            var repository = c.Url(line, "repository", row.Repository);
            if (slug is null || name is null || kind is null) continue;
            var tool = new Tool
            {
                Slug = slug, Name = name, Homepage = homepage, Repository = repository, License = Blank(row.License),
                Kind = kind.Value, Vendor = Blank(row.Vendor), Summary = row.Summary, Tags = c.List(line, "tags", row.Tags, FieldLimits.Tag),
            };
            if (tools.TryAdd(slug, tool)) _catalog.Tools.Add(tool);
            else c.Error(line, "slug", $"duplicate tool '{slug}'");
        }

        var coverage = new Dictionary<string, ToolCoverage>();
        foreach (var (row, line) in Table<CoverageRow, CoverageMap>("tool_coverage.csv", out var c))
        {
            var ok = c.Known(line, "tool", row.Tool, tools, "tool") & c.Known(line, "component", row.Component, components, "component");
            var level = c.Enum<CoverageLevel>(line, "level", row.Level);
            var evidence = Blank(row.Evidence);
            if (evidence is not null && !HttpUrl.IsValid(evidence) && !sources.Contains(evidence))
            {
                c.Error(line, "evidence", $"'{CsvTable.Truncate(evidence)}' is neither an http(s) URL nor a literature slug");
                ok = false;
            }
            if (!ok || level is null) continue;
            var item = new ToolCoverage { ToolSlug = row.Tool, ComponentSlug = row.Component, Level = level.Value, Evidence = evidence };
            if (coverage.TryAdd(Key(row.Tool, row.Component), item)) _catalog.Coverage.Add(item);
            else c.Error(line, "component", $"duplicate coverage of '{row.Component}' by '{row.Tool}'");
        }
        _tools = tools;
        return coverage;
    }

    private Dictionary<string, Tool> _tools = [];

    private void ReadStacks(Dictionary<string, Component> components, Dictionary<string, ToolCoverage> coverage)
    {
        var stacks = new Dictionary<string, Stack>();
        foreach (var (row, line) in Table<StackRow, StackMap>("stacks.csv", out var c))
        {
            var slug = c.Slug(line, "slug", row.Slug);
            var name = c.Required(line, "name", row.Name);
            DateOnly? date = null;
            if (row.Date.Length > 0)
            {
                if (DateOnly.TryParseExact(row.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) date = d;
                else { c.Error(line, "date", $"'{CsvTable.Truncate(row.Date)}' is not a date such as 2024-05-01"); continue; }
            }
            if (slug is null || name is null) continue;
            var stack = new Stack { Slug = slug, Name = name, Author = Blank(row.Author), Contact = Blank(row.Contact), Summary = row.Summary, Date = date };
            if (stacks.TryAdd(slug, stack)) _catalog.Stacks.Add(stack);
            else c.Error(line, "slug", $"duplicate stack '{slug}'");
        }

        var seen = new Dictionary<string, int>();
        foreach (var (row, line) in Table<StackToolRow, StackToolMap>("stack_tools.csv", out var c))
        {
            var ok = c.Known(line, "stack", row.Stack, stacks, "stack") & c.Known(line, "tool", row.Tool, _tools, "tool")
                     & c.Known(line, "component", row.Component, components, "component");
            if (!ok) continue;
            if (!coverage.ContainsKey(Key(row.Tool, row.Component)))
            {
                c.Error(line, "component", $"tool '{row.Tool}' does not cover component '{row.Component}' (see tool_coverage.csv)");
                continue;
            }
            if (c.Unique(seen, line, "component", $"{row.Stack} {row.Tool} {row.Component}"))
                _catalog.StackTools.Add(new StackTool { StackSlug = row.Stack, ToolSlug = row.Tool, ComponentSlug = row.Component });
        }

        seen.Clear();
        foreach (var (row, line) in Table<ChecklistRow, ChecklistMap>("checklist.csv", out var c))
        {
            var ok = c.Known(line, "stack", row.Stack, stacks, "stack") & c.Known(line, "requirement", row.Requirement, _requirements, "requirement");
            var status = c.Enum<ChecklistStatus>(line, "status", row.Status);
            var evidence = c.Url(line, "evidence", row.Evidence);
            if (!ok || status is null || (row.Evidence.Length > 0 && evidence is null)) continue;
            if (c.Unique(seen, line, "requirement", $"{row.Stack} {row.Requirement}"))
                _catalog.Checklist.Add(new ChecklistItem
                {
                    StackSlug = row.Stack, RequirementCode = row.Requirement, Status = status.Value,
                    Owner = Blank(row.Owner), Note = Blank(row.Note), Evidence = evidence,
                });
        }
    }

    /// <summary>
    /// Terms with their references checked; a name may mean only one term, or search could not say which one a
    /// reader meant, so a name claimed twice is reported with the line that claimed it first.
    /// </summary>
    private void ReadGlossary(Dictionary<string, Component> components)
    {
        var terms = new Dictionary<string, GlossaryTerm>();
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (row, line) in Table<GlossaryRow, GlossaryMap>("glossary.csv", out var c))
        {
            var slug = c.Slug(line, "slug", row.Slug);
            var term = c.Required(line, "term", row.Term);
            var synonyms = c.List(line, "synonyms", row.Synonyms, FieldLimits.Name);
            var outsiders = c.List(line, "outsider_terms", row.OutsiderTerms, FieldLimits.Name);
            var linked = Slugs.SplitList(row.Components);
            var required = Slugs.SplitList(row.Requirements);
            var ok = linked.Aggregate(true, (all, s) => c.Known(line, "components", s, components, "component") && all)
                     & required.Aggregate(true, (all, r) => c.Known(line, "requirements", r, _requirements, "requirement") && all);
            if (slug is null || term is null || !ok) continue;
            foreach (var (name, column) in synonyms.Select(s => (s, "synonyms")).Concat(outsiders.Select(o => (o, "outsider_terms"))).Prepend((term, "term")))
                if (!names.TryAdd(name, line))
                    c.Error(line, column, $"'{CsvTable.Truncate(name)}' already names the term on line {names[name]}");
            var entry = new GlossaryTerm
            {
                Slug = slug, Term = term, Summary = row.Summary, Synonyms = synonyms, OutsiderTerms = outsiders,
                Components = linked, Requirements = required,
            };
            if (terms.TryAdd(slug, entry)) _catalog.Glossary.Add(entry);
            else c.Error(line, "slug", $"duplicate glossary term '{slug}'");
        }
    }

    private static string Key(string a, string b) => a + "\u001f" + b;

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorPattern();

    [GeneratedRegex("^[A-Z]{2,5}-[0-9]{2,3}$")]
    internal static partial Regex CodePattern();
}
