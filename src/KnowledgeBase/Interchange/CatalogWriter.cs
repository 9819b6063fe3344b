using System.Globalization;
using KnowledgeBase.Literature;

namespace KnowledgeBase.Interchange;

/// <summary>
/// Writes a snapshot as <c>data/*.csv</c> and <c>literature/*.md</c> in canonical order, so that the files
/// produced from an import of canonical files are byte for byte those files.
/// </summary>
public static class CatalogWriter
{
    public static void Write(CatalogSnapshot c, string dataDir, string literatureDir)
    {
        Directory.CreateDirectory(dataDir);
        Directory.CreateDirectory(literatureDir);
        var layerOrder = c.Layers.ToDictionary(l => l.Slug, l => l.Order);
        var pipelineOrder = c.Pipelines.ToDictionary(p => p.Slug, p => p.Order);

        Csv<LayerRow, LayerMap>(dataDir, "layers.csv", c.Layers.OrderBy(l => l.Order).ThenBy(l => l.Slug, StringComparer.Ordinal)
            .Select(l => new LayerRow { Slug = l.Slug, Order = Int(l.Order), Name = l.Name, Summary = l.Summary }));
        Csv<ComponentRow, ComponentMap>(dataDir, "components.csv", c.Components
            .OrderBy(x => layerOrder[x.LayerSlug]).ThenBy(x => x.Order).ThenBy(x => x.Slug, StringComparer.Ordinal)
            .Select(x => new ComponentRow { Slug = x.Slug, Layer = x.LayerSlug, Order = Int(x.Order), Name = x.Name, Summary = x.Summary }));
        Csv<PipelineRow, PipelineMap>(dataDir, "pipelines.csv", c.Pipelines.OrderBy(p => p.Order).ThenBy(p => p.Slug, StringComparer.Ordinal)
            .Select(p => new PipelineRow { Slug = p.Slug, Order = Int(p.Order), Name = p.Name, Color = p.Color, Summary = p.Summary }));
        var stageComponents = c.StageComponents.ToLookup(s => (s.PipelineSlug, s.StageOrder));
        Csv<StageRow, StageMap>(dataDir, "pipeline_stages.csv", c.Stages
            // Pipelines sharing an order are written as pipelines.csv lists them, by slug: each keeps its stages together.
            .OrderBy(s => pipelineOrder[s.PipelineSlug]).ThenBy(s => s.PipelineSlug, StringComparer.Ordinal).ThenBy(s => s.Order)
            .Select(s => new StageRow
            {
                Pipeline = s.PipelineSlug, Order = Int(s.Order), Name = s.Name,
                Components = Slugs.JoinList(stageComponents[(s.PipelineSlug, s.Order)].OrderBy(x => x.Position).Select(x => x.ComponentSlug)),
            }));

        Csv<RequirementRow, RequirementMap>(dataDir, "requirements.csv", c.Requirements.OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new RequirementRow
            {
                Code = r.Code, Layer = r.LayerSlug, Title = r.Title, Statement = r.Statement,
                Kind = EnumText.Format(r.Kind), Priority = EnumText.Format(r.Priority), Tags = Slugs.JoinList(r.Tags),
            }));
        Csv<RequirementSourceRow, RequirementSourceMap>(dataDir, "requirement_sources.csv", c.RequirementSources
            .OrderBy(r => r.RequirementCode, StringComparer.Ordinal).ThenBy(r => r.SourceSlug, StringComparer.Ordinal)
            .Select(r => new RequirementSourceRow { Requirement = r.RequirementCode, Source = r.SourceSlug, Note = r.Note }));
        Csv<RequirementComponentRow, RequirementComponentMap>(dataDir, "requirement_components.csv", c.RequirementComponents
            .OrderBy(r => r.RequirementCode, StringComparer.Ordinal).ThenBy(r => r.ComponentSlug, StringComparer.Ordinal)
            .Select(r => new RequirementComponentRow { Requirement = r.RequirementCode, Component = r.ComponentSlug }));

        Csv<ToolRow, ToolMap>(dataDir, "tools.csv", c.Tools.OrderBy(t => t.Slug, StringComparer.Ordinal)
            .Select(t => new ToolRow
            {
                Slug = t.Slug, Name = t.Name, Homepage = t.Homepage ?? "", Repository = t.Repository ?? "", License = t.License ?? "",
                Kind = EnumText.Format(t.Kind), Vendor = t.Vendor ?? "", Summary = t.Summary, Tags = Slugs.JoinList(t.Tags),
            }));
        Csv<CoverageRow, CoverageMap>(dataDir, "tool_coverage.csv", c.Coverage
            .OrderBy(x => x.ToolSlug, StringComparer.Ordinal).ThenBy(x => x.ComponentSlug, StringComparer.Ordinal)
            .Select(x => new CoverageRow { Tool = x.ToolSlug, Component = x.ComponentSlug, Level = EnumText.Format(x.Level), Evidence = x.Evidence ?? "" }));
        Csv<MaintenanceRow, MaintenanceMap>(dataDir, "tool_maintenance.csv", c.Maintenance.OrderBy(m => m.ToolSlug, StringComparer.Ordinal)
            .Select(m => new MaintenanceRow
            {
                Tool = m.ToolSlug, Status = EnumText.Format(m.Status), LatestRelease = m.LatestRelease ?? "",
                Checked = m.Checked.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Evidence = m.Evidence ?? "", Note = m.Note ?? "",
            }));

        Csv<ToolRelationRow, ToolRelationMap>(dataDir, "tool_relations.csv", c.ToolRelations
            .Select(r => new ToolRelationRow { Tool = r.ToolSlug, Relation = EnumText.Format(r.Kind), Other = r.OtherSlug, Note = r.Note ?? "", Evidence = r.Evidence ?? "" })
            .OrderBy(r => r.Tool, StringComparer.Ordinal).ThenBy(r => r.Relation, StringComparer.Ordinal).ThenBy(r => r.Other, StringComparer.Ordinal));

        Csv<StackRow, StackMap>(dataDir, "stacks.csv", c.Stacks.OrderBy(s => s.Slug, StringComparer.Ordinal)
            .Select(s => new StackRow
            {
                Slug = s.Slug, Name = s.Name, Author = s.Author ?? "", Contact = s.Contact ?? "", Summary = s.Summary,
                Date = s.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            }));
        Csv<StackToolRow, StackToolMap>(dataDir, "stack_tools.csv", c.StackTools
            .OrderBy(s => s.StackSlug, StringComparer.Ordinal).ThenBy(s => s.ComponentSlug, StringComparer.Ordinal).ThenBy(s => s.ToolSlug, StringComparer.Ordinal)
            .Select(s => new StackToolRow { Stack = s.StackSlug, Tool = s.ToolSlug, Component = s.ComponentSlug }));
        Csv<ChecklistRow, ChecklistMap>(dataDir, "checklist.csv", c.Checklist
            .OrderBy(x => x.StackSlug, StringComparer.Ordinal).ThenBy(x => x.RequirementCode, StringComparer.Ordinal)
            .Select(x => new ChecklistRow
            {
                Stack = x.StackSlug, Requirement = x.RequirementCode, Status = EnumText.Format(x.Status),
                Owner = x.Owner ?? "", Note = x.Note ?? "", Evidence = x.Evidence ?? "",
            }));

        Csv<GlossaryRow, GlossaryMap>(dataDir, "glossary.csv", c.Glossary.OrderBy(t => t.Slug, StringComparer.Ordinal)
            .Select(t => new GlossaryRow
            {
                Slug = t.Slug, Term = t.Term, Synonyms = Slugs.JoinList(t.Synonyms), OutsiderTerms = Slugs.JoinList(t.OutsiderTerms),
                Components = Slugs.JoinList(t.Components), Requirements = Slugs.JoinList(t.Requirements), Summary = t.Summary,
            }));

        // Ignoring case: on a case-insensitive disk, Foo.md is the file just written as foo.md.
        var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in c.Sources)
        {
            var file = Path.Combine(literatureDir, source.Slug + ".md");
            File.WriteAllText(file, LiteratureNoteWriter.Write(source), CsvTable.StrictUtf8);
            written.Add(Path.GetFileName(file));
        }
        RemoveStaleNotes(literatureDir, written);
    }

    /// <summary>
    /// A note at the top of the folder that is not one just written belongs to a deleted source: left there, the
    /// next import would bring the source back. Section pages (<c>_index.md</c>) and notes in sub-folders are left alone.
    /// </summary>
    private static void RemoveStaleNotes(string literatureDir, HashSet<string> written)
    {
        foreach (var file in Directory.EnumerateFiles(literatureDir, "*.md", SearchOption.TopDirectoryOnly))
        {
            var name = Path.GetFileName(file);
            if (!written.Contains(name) && !name.Equals("_index.md", StringComparison.OrdinalIgnoreCase)) File.Delete(file);
        }
    }

    private static void Csv<T, TMap>(string dir, string file, IEnumerable<T> rows) where TMap : CsvHelper.Configuration.ClassMap<T>, new() =>
        CsvTable.WriteFile<T, TMap>(Path.Combine(dir, file), rows);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
