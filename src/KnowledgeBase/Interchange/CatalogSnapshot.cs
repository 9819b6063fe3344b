using KnowledgeBase.Architecture;
using KnowledgeBase.Glossary;
using KnowledgeBase.Literature;
using KnowledgeBase.Requirements;
using KnowledgeBase.Stacks;
using KnowledgeBase.Tools;

namespace KnowledgeBase.Interchange;

/// <summary>
/// The whole catalog as flat lists of detached entities: what the files say, or what the database holds.
/// Child rows are kept in their own lists (navigation collections stay empty) so each table syncs on its own.
/// </summary>
public sealed class CatalogSnapshot
{
    public List<Layer> Layers { get; } = [];
    public List<Component> Components { get; } = [];
    public List<Pipeline> Pipelines { get; } = [];
    public List<PipelineStage> Stages { get; } = [];
    public List<StageComponent> StageComponents { get; } = [];
    public List<Source> Sources { get; } = [];
    public List<Requirement> Requirements { get; } = [];
    public List<RequirementSource> RequirementSources { get; } = [];
    public List<RequirementComponent> RequirementComponents { get; } = [];
    public List<Tool> Tools { get; } = [];
    public List<ToolCoverage> Coverage { get; } = [];
    public List<ToolRelation> ToolRelations { get; } = [];
    public List<Stack> Stacks { get; } = [];
    public List<StackTool> StackTools { get; } = [];
    public List<ChecklistItem> Checklist { get; } = [];
    public List<GlossaryTerm> Glossary { get; } = [];
}
