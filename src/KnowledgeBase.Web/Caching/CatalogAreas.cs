using KnowledgeBase.Accounts;
using KnowledgeBase.Architecture;
using KnowledgeBase.Glossary;
using KnowledgeBase.History;
using KnowledgeBase.Literature;
using KnowledgeBase.Requirements;
using KnowledgeBase.Stacks;
using KnowledgeBase.Storage;
using KnowledgeBase.Submissions;
using KnowledgeBase.Tools;
using Microsoft.AspNetCore.Identity;

namespace KnowledgeBase.Web.Caching;

/// <summary>
/// The parts of the catalog a page can read and a write can change. Each has its own generation in
/// <see cref="CatalogChanges"/>, so correcting a paper leaves the tool pages, the matrix and the maps cached.
/// </summary>
[Flags]
public enum CatalogAreas
{
    None = 0,
    Sources = 1,
    Tools = 2,
    Requirements = 4,
    Stacks = 8,
    /// <summary>Layers, components, pipelines and their stages.</summary>
    Architecture = 16,
    Glossary = 32,
    /// <summary>The recorded changes behind <c>/changes</c>; every edit adds one.</summary>
    History = 64,
    All = Sources | Tools | Requirements | Stacks | Architecture | Glossary | History,
}

/// <summary>Which area a row of each stored type belongs to, declared once for every entity of the model.</summary>
public static class CatalogAreaOf
{
    private static readonly Dictionary<Type, CatalogAreas> Areas = new()
    {
        [typeof(Source)] = CatalogAreas.Sources,
        [typeof(SourceIdentifier)] = CatalogAreas.Sources,
        [typeof(Tool)] = CatalogAreas.Tools,
        [typeof(ToolCoverage)] = CatalogAreas.Tools,
        [typeof(ToolRelation)] = CatalogAreas.Tools,
        [typeof(ToolMaintenance)] = CatalogAreas.Tools,
        [typeof(Requirement)] = CatalogAreas.Requirements,
        [typeof(RequirementSource)] = CatalogAreas.Requirements,
        [typeof(RequirementComponent)] = CatalogAreas.Requirements,
        [typeof(Stack)] = CatalogAreas.Stacks,
        [typeof(StackTool)] = CatalogAreas.Stacks,
        [typeof(ChecklistItem)] = CatalogAreas.Stacks,
        // Open requests are listed on the public /stacks/wanted.
        [typeof(StackRequest)] = CatalogAreas.Stacks,
        [typeof(Layer)] = CatalogAreas.Architecture,
        [typeof(Component)] = CatalogAreas.Architecture,
        [typeof(Pipeline)] = CatalogAreas.Architecture,
        [typeof(PipelineStage)] = CatalogAreas.Architecture,
        [typeof(StageComponent)] = CatalogAreas.Architecture,
        [typeof(GlossaryTerm)] = CatalogAreas.Glossary,
        [typeof(Change)] = CatalogAreas.History,
        // Shown only to their author and to editors, who are signed in and never served a cached page.
        [typeof(Submission)] = CatalogAreas.None,
        // An import moves the catalog version, and may have written anything.
        [typeof(CatalogState)] = CatalogAreas.All,
        // A sign-in changes its account's failure count: no page shows it, and it must not empty the cache, or
        // anyone could keep the site cold by failing to sign in.
        [typeof(Account)] = CatalogAreas.None,
    };

    /// <summary>The area of a stored type; a type nobody placed counts as every area, which is never stale.</summary>
    public static CatalogAreas Type(Type type) =>
        Areas.TryGetValue(type, out var area) ? area
        : type.Namespace == typeof(IdentityRole).Namespace ? CatalogAreas.None
        : CatalogAreas.All;

    public static bool IsDeclared(Type type) => Areas.ContainsKey(type) || type.Namespace == typeof(IdentityRole).Namespace;
}

/// <summary>
/// The catalog areas a page reads. Its cached copy and its API validator are keyed by those areas' generations
/// only; a page that does not say reads them all. The page-cache tests check each declaration against the tables the
/// page's SQL actually reads.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ReadsAttribute(CatalogAreas areas) : Attribute
{
    public CatalogAreas Areas { get; } = areas;

    public static CatalogAreas Of(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<ReadsAttribute>()?.Areas ?? CatalogAreas.All;
}
