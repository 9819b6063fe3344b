using CsvHelper.Configuration;

namespace KnowledgeBase.Interchange;

// Class maps name the header of each table; the property order here is the column order on export.

internal sealed class LayerMap : ClassMap<LayerRow>
{
    public LayerMap() { Map(r => r.Slug).Name("slug"); Map(r => r.Order).Name("order"); Map(r => r.Name).Name("name"); Map(r => r.Summary).Name("summary"); }
}

internal sealed class ComponentMap : ClassMap<ComponentRow>
{
    public ComponentMap() { Map(r => r.Slug).Name("slug"); Map(r => r.Layer).Name("layer"); Map(r => r.Order).Name("order"); Map(r => r.Name).Name("name"); Map(r => r.Summary).Name("summary"); }
}

internal sealed class PipelineMap : ClassMap<PipelineRow>
{
    public PipelineMap() { Map(r => r.Slug).Name("slug"); Map(r => r.Order).Name("order"); Map(r => r.Name).Name("name"); Map(r => r.Color).Name("color"); Map(r => r.Summary).Name("summary"); }
}

internal sealed class StageMap : ClassMap<StageRow>
{
    public StageMap() { Map(r => r.Pipeline).Name("pipeline"); Map(r => r.Order).Name("order"); Map(r => r.Name).Name("name"); Map(r => r.Components).Name("components"); }
}

internal sealed class RequirementMap : ClassMap<RequirementRow>
{
    public RequirementMap() { Map(r => r.Code).Name("code"); Map(r => r.Layer).Name("layer"); Map(r => r.Title).Name("title"); Map(r => r.Statement).Name("statement"); Map(r => r.Kind).Name("kind"); Map(r => r.Priority).Name("priority"); Map(r => r.Tags).Name("tags"); }
}

internal sealed class RequirementSourceMap : ClassMap<RequirementSourceRow>
{
    public RequirementSourceMap() { Map(r => r.Requirement).Name("requirement"); Map(r => r.Source).Name("source"); Map(r => r.Note).Name("note"); }
}

internal sealed class RequirementComponentMap : ClassMap<RequirementComponentRow>
{
    public RequirementComponentMap() { Map(r => r.Requirement).Name("requirement"); Map(r => r.Component).Name("component"); }
}

internal sealed class ToolMap : ClassMap<ToolRow>
{
    public ToolMap() { Map(r => r.Slug).Name("slug"); Map(r => r.Name).Name("name"); Map(r => r.Homepage).Name("homepage"); Map(r => r.Repository).Name("repository"); Map(r => r.License).Name("license"); Map(r => r.Kind).Name("kind"); Map(r => r.Vendor).Name("vendor"); Map(r => r.Summary).Name("summary"); Map(r => r.Tags).Name("tags"); }
}

internal sealed class CoverageMap : ClassMap<CoverageRow>
{
    public CoverageMap() { Map(r => r.Tool).Name("tool"); Map(r => r.Component).Name("component"); Map(r => r.Level).Name("level"); Map(r => r.Evidence).Name("evidence"); }
}

internal sealed class ToolRelationMap : ClassMap<ToolRelationRow>
{
    public ToolRelationMap() { Map(r => r.Tool).Name("tool"); Map(r => r.Relation).Name("relation"); Map(r => r.Other).Name("other"); Map(r => r.Note).Name("note"); Map(r => r.Evidence).Name("evidence"); }
}

internal sealed class StackMap : ClassMap<StackRow>
{
    public StackMap() { Map(r => r.Slug).Name("slug"); Map(r => r.Name).Name("name"); Map(r => r.Author).Name("author"); Map(r => r.Contact).Name("contact"); Map(r => r.Summary).Name("summary"); Map(r => r.Date).Name("date"); }
}

internal sealed class StackToolMap : ClassMap<StackToolRow>
{
    public StackToolMap() { Map(r => r.Stack).Name("stack"); Map(r => r.Tool).Name("tool"); Map(r => r.Component).Name("component"); }
}

internal sealed class ChecklistMap : ClassMap<ChecklistRow>
{
    public ChecklistMap() { Map(r => r.Stack).Name("stack"); Map(r => r.Requirement).Name("requirement"); Map(r => r.Status).Name("status"); Map(r => r.Owner).Name("owner"); Map(r => r.Note).Name("note"); Map(r => r.Evidence).Name("evidence"); }
}

internal sealed class GlossaryMap : ClassMap<GlossaryRow>
{
    public GlossaryMap() { Map(r => r.Slug).Name("slug"); Map(r => r.Term).Name("term"); Map(r => r.Synonyms).Name("synonyms"); Map(r => r.OutsiderTerms).Name("outsider_terms"); Map(r => r.Components).Name("components"); Map(r => r.Requirements).Name("requirements"); Map(r => r.Summary).Name("summary"); }
}
