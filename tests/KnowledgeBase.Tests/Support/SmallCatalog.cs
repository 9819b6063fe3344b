namespace KnowledgeBase.Tests.Support;

/// <summary>
/// A tiny but complete catalog written as files: every table and relation has at least one row.
/// Tests overwrite single files to make it invalid in one specific way.
/// </summary>
public sealed class SmallCatalog
{
    public string DataDir { get; }
    public string LiteratureDir { get; }

    public SmallCatalog(string root)
    {
        DataDir = Path.Combine(root, "data");
        LiteratureDir = Path.Combine(root, "literature");
        Directory.CreateDirectory(DataDir);
        Directory.CreateDirectory(LiteratureDir);
        foreach (var (file, text) in Files)
            Write(file, text);
        Note("kumara-2022", """
            ---
            title: "Kumara2022 Mlops Reference Architecture"
            authors:
              - "Indika Kumara"
            year: 2022
            kind: paper
            identifiers:
              - doi: "10.36227/techrxiv.21397413.v1"
            tags:
              - "mlops"
            ---

            A note.

            """);
    }

    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["layers.csv"] = "slug,order,name,summary\ninfrastructure,1,Infrastructure,Machines\nmodel-management,2,Model management,Models\n",
        ["components.csv"] = "slug,layer,order,name,summary\ncontainers,infrastructure,1,Containers,Images\nmodel-registry,model-management,1,Model registry,\"Versions, stages\"\n",
        ["pipelines.csv"] = "slug,order,name,color,summary\ndeployment,1,Deployment,#2ca02c,Ships models\n",
        ["pipeline_stages.csv"] = "pipeline,order,name,components\ndeployment,1,Select,model-registry\ndeployment,2,Package,containers;model-registry\n",
        ["requirements.csv"] = "code,layer,title,statement,kind,priority,tags\nMOD-01,model-management,Model registry,The platform shall version models.,functional,must,registry;versioning\n",
        ["requirement_sources.csv"] = "requirement,source,note\nMOD-01,kumara-2022,Section 4\n",
        ["requirement_components.csv"] = "requirement,component\nMOD-01,model-registry\n",
        ["tools.csv"] = "slug,name,homepage,repository,license,kind,vendor,summary,tags\nmlflow,MLflow,https://mlflow.org,https://github.com/mlflow/mlflow,Apache-2.0,open-source,Linux Foundation,Tracks experiments,python\n",
        ["tool_coverage.csv"] = "tool,component,level,evidence\nmlflow,model-registry,full,https://mlflow.org/docs/latest/model-registry.html\n",
        // Header only: tests that rewrite tools.csv would otherwise leave a relation pointing at a removed tool.
        ["tool_relations.csv"] = "tool,relation,other,note,evidence\n",
        ["stacks.csv"] = "slug,name,author,contact,summary,date\nsmall,Small stack,Team A,,Just MLflow,2024-05-01\n",
        ["stack_tools.csv"] = "stack,tool,component\nsmall,mlflow,model-registry\n",
        ["checklist.csv"] = "stack,requirement,status,owner,note,evidence\nsmall,MOD-01,done,Ana,,\n",
    };

    public void Write(string file, string text) => File.WriteAllText(Path.Combine(DataDir, file), text);

    public void Note(string slug, string text) => File.WriteAllText(Path.Combine(LiteratureDir, slug + ".md"), text);
}
