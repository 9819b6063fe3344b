using KnowledgeBase.Architecture;
using KnowledgeBase.Interchange;
using KnowledgeBase.Requirements;
using KnowledgeBase.Stacks;
using KnowledgeBase.Tools;

namespace KnowledgeBase.Bench;

/// <summary>
/// A catalog at the design's synthetic scale for stacks: 10 layers of 10 components, 1,000 tools covering one to
/// five components each, 6 pipelines of 6 stages, 500 requirements concerning one to three components, and a stack
/// of 80 tool placements with a checklist item per requirement. Seeded, so every run measures the same catalog.
/// </summary>
internal static class SyntheticCatalog
{
    public const string Stack = "bench-stack";

    public static CatalogSnapshot Build(int tools = 1000, int requirements = 500, int seed = 42)
    {
        var random = new Random(seed);
        var s = new CatalogSnapshot();
        for (var l = 1; l <= 10; l++)
        {
            s.Layers.Add(new Layer { Slug = $"layer-{l}", Order = l, Name = $"Layer {l}" });
            for (var c = 1; c <= 10; c++)
                s.Components.Add(new Component { Slug = $"c-{l}-{c}", LayerSlug = $"layer-{l}", Order = c, Name = $"Component {l}.{c}" });
        }
        var components = s.Components.Select(c => c.Slug).ToArray();
        for (var p = 1; p <= 6; p++)
        {
            s.Pipelines.Add(new Pipeline { Slug = $"p-{p}", Order = p, Name = $"Pipeline {p}" });
            for (var st = 1; st <= 6; st++)
            {
                s.Stages.Add(new PipelineStage { PipelineSlug = $"p-{p}", Order = st, Name = $"Stage {st}" });
                foreach (var (component, position) in Pick(random, components, random.Next(1, 3)).Select((c, i) => (c, i)))
                    s.StageComponents.Add(new StageComponent { PipelineSlug = $"p-{p}", StageOrder = st, ComponentSlug = component, Position = position });
            }
        }
        for (var t = 1; t <= tools; t++)
        {
            s.Tools.Add(new Tool { Slug = $"tool-{t}", Name = $"Tool {t}", Summary = "A synthetic tool." });
            foreach (var component in Pick(random, components, random.Next(1, 6)))
                s.Coverage.Add(new ToolCoverage { ToolSlug = $"tool-{t}", ComponentSlug = component, Level = random.Next(3) == 0 ? CoverageLevel.Partial : CoverageLevel.Full });
        }
        for (var r = 1; r <= requirements; r++)
        {
            var code = $"REQ-{r:000}";
            s.Requirements.Add(new Requirement
            {
                Code = code, LayerSlug = $"layer-{1 + r % 10}", Title = $"Requirement {r}", Statement = $"The platform shall satisfy requirement {r}, \"quoted\", with commas.",
                Priority = (Priority)(r % 3), Tags = ["bench", $"tag-{r % 7}"],
            });
            foreach (var component in Pick(random, components, random.Next(1, 4)))
                s.RequirementComponents.Add(new RequirementComponent { RequirementCode = code, ComponentSlug = component });
        }
        s.Stacks.Add(new Stack { Slug = Stack, Name = "Benchmark stack", Summary = "80 placements." });
        foreach (var row in s.Coverage.OrderBy(_ => random.Next()).DistinctBy(c => c.ComponentSlug).Take(80))
            s.StackTools.Add(new StackTool { StackSlug = Stack, ToolSlug = row.ToolSlug, ComponentSlug = row.ComponentSlug });
        foreach (var requirement in s.Requirements)
            s.Checklist.Add(new ChecklistItem
            {
                StackSlug = Stack, RequirementCode = requirement.Code, Status = (ChecklistStatus)random.Next(4),
                Owner = random.Next(2) == 0 ? "Platform team" : null, Note = random.Next(3) == 0 ? "A note,\nover two lines." : null,
                Evidence = random.Next(4) == 0 ? "https://example.org/evidence" : null,
            });
        return s;
    }

    private static IEnumerable<string> Pick(Random random, string[] from, int count) =>
        Enumerable.Range(0, count).Select(_ => from[random.Next(from.Length)]).Distinct();
}
