namespace KnowledgeBase.Tests.Support;

/// <summary>
/// A hand-made catalog with words placed on purpose (a tool that monitors drift, a phrase in one summary only, a
/// tag with a space), so query tests do not depend on how the shipped catalog happens to be worded.
/// </summary>
public static class SearchCatalog
{
    public static void Apply(SmallCatalog c)
    {
        c.Write("layers.csv", """
            slug,order,name,summary
            infrastructure,1,Infrastructure,Machines and clusters
            model-management,2,Model management,Models and their versions
            monitoring-observability,3,Monitoring & observability,Watching the running system

            """);
        c.Write("components.csv", """
            slug,layer,order,name,summary
            containers,infrastructure,1,Containers,Images that run in isolation
            model-registry,model-management,1,Model registry,"Versions, stages"
            drift-detector,monitoring-observability,1,Drift detector,Compares live feature distributions with the training data

            """);
        c.Write("tools.csv", """
            slug,name,homepage,repository,license,kind,vendor,summary,tags
            docker,Docker,,,Apache-2.0,open-source,Docker Inc,Builds container images and runs them,containers
            evidently,Evidently,,,Apache-2.0,open-source,Evidently AI,Monitors data drift and model quality in production,monitoring;python
            kubeflow,Kubeflow,,,Apache-2.0,open-source,,Runs ML workflows on Kubernetes and is often deployed next to MLflow,kubernetes
            mlflow,MLflow,https://mlflow.org,,Apache-2.0,open-source,Linux Foundation,Tracks experiments and stores models,python;tracking

            """);
        c.Write("tool_coverage.csv", """
            tool,component,level,evidence
            docker,containers,full,
            evidently,drift-detector,full,
            kubeflow,containers,partial,
            mlflow,model-registry,full,

            """);
        c.Write("requirements.csv", """
            code,layer,title,statement,kind,priority,tags
            MOD-01,model-management,Model registry,The platform shall version models.,functional,must,registry;versioning
            MON-01,monitoring-observability,Drift alerts,The platform shall raise an alert when input features shift.,functional,must,monitoring;drift

            """);
        c.Write("requirement_sources.csv", "requirement,source,note\nMOD-01,kumara-2022,Section 4\nMON-01,sculley-2015,\n");
        c.Write("requirement_components.csv", "requirement,component\nMOD-01,model-registry\nMON-01,drift-detector\n");
        c.Note("sculley-2015", """
            ---
            title: "Hidden technical debt in machine learning systems"
            authors:
              - "D. Sculley"
            year: 2015
            kind: paper
            identifiers:
              - url: "https://example.org/debt"
            tags:
              - "technical debt"
              - "monitoring"
            ---

            ## Summary

            Machine learning systems pile up **debt** in glue code, pipeline jungles and configuration. Monitoring
            them in production is hard because the data changes under them.

            """);
    }
}
