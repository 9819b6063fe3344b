using KnowledgeBase.Architecture.Transit;

namespace KnowledgeBase.Tests.Support;

/// <summary>A hand-made network small enough to check by eye: three zones, eight stations, four lines, three interchanges.</summary>
public static class SmallNetwork
{
    public static readonly TransitZone[] Zones = [new("infra", "Infrastructure", 1), new("data", "Data", 2), new("models", "Models", 3)];

    public static readonly TransitStop[] Stops =
    [
        new("cluster", "Compute cluster", "infra"), new("containers", "Containerization", "infra"),
        new("ingest", "Data ingestion", "data"), new("features", "Feature store", "data"), new("lake", "Data lake", "data"),
        new("train", "Training", "models"), new("registry", "Model registry", "models"), new("serving", "Model serving", "models"),
    ];

    public static readonly TransitLine[] Lines =
    [
        new("data", "Data", "#1f77b4", ["ingest", "lake", "features"]),
        new("training", "Training", "#d62728", ["features", "train", "registry"]),
        new("deploy", "Deployment", "#2ca02c", ["registry", "containers", "cluster", "serving"]),
        new("inference", "Inference", "#9467bd", ["features", "serving"]),
    ];
}
