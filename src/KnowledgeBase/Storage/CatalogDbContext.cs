using KnowledgeBase.Architecture;
using KnowledgeBase.Glossary;
using KnowledgeBase.History;
using KnowledgeBase.Literature;
using KnowledgeBase.Requirements;
using KnowledgeBase.Stacks;
using KnowledgeBase.Tools;
using KnowledgeBase.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Storage;

/// <summary>
/// The working copy of the catalog, and the accounts that may change it (ASP.NET Core Identity's tables, in the same
/// file so that one backup holds both). The context is the unit of work: no repositories on top.
/// </summary>
public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : IdentityDbContext<Account, IdentityRole, string>(options)
{
    public DbSet<Layer> Layers => Set<Layer>();
    public DbSet<Component> Components => Set<Component>();
    public DbSet<Pipeline> Pipelines => Set<Pipeline>();
    public DbSet<PipelineStage> PipelineStages => Set<PipelineStage>();
    public DbSet<StageComponent> StageComponents => Set<StageComponent>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Requirement> Requirements => Set<Requirement>();
    public DbSet<RequirementSource> RequirementSources => Set<RequirementSource>();
    public DbSet<RequirementComponent> RequirementComponents => Set<RequirementComponent>();
    public DbSet<Tool> Tools => Set<Tool>();
    public DbSet<ToolCoverage> ToolCoverage => Set<ToolCoverage>();
    public DbSet<ToolRelation> ToolRelations => Set<ToolRelation>();
    public DbSet<Stack> Stacks => Set<Stack>();
    public DbSet<StackTool> StackTools => Set<StackTool>();
    public DbSet<ChecklistItem> ChecklistItems => Set<ChecklistItem>();
    public DbSet<GlossaryTerm> GlossaryTerms => Set<GlossaryTerm>();
    public DbSet<CatalogState> CatalogState => Set<CatalogState>();
    public DbSet<Change> Changes => Set<Change>();
    public DbSet<KnowledgeBase.Submissions.Submission> Submissions => Set<KnowledgeBase.Submissions.Submission>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CatalogDbContext).Assembly);
        AccountConfiguration.BoundIdentityColumns(builder);
    }
}
