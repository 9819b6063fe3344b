using KnowledgeBase.Architecture;
using KnowledgeBase.Interchange;
using KnowledgeBase.Literature;
using KnowledgeBase.Requirements;
using KnowledgeBase.Tools;

namespace SearchBench;

/// <summary>A reproducible catalog at the scale of DESIGN §8: 10,000 sources, 1,000 tools, 500 requirements.</summary>
internal static class SyntheticCatalog
{
    private static readonly string[] ToolTags = ["python", "kubernetes", "monitoring", "managed", "java", "spark", "sql", "llm"];

    private static readonly string[] Names = ["mlflow", "kubeflow", "feast", "airflow", "evidently", "prometheus", "seldon", "bentoml", "dvc", "ray"];

    public static CatalogSnapshot Create(int sources = 10_000, int tools = 1_000, int requirements = 500, int seed = 42)
    {
        var random = new Random(seed);
        var words = WordFrequencies.FromShippedLiterature();
        string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => words.Sample(random)));
        string Tag() => words.SampleContentWord(random);

        var c = new CatalogSnapshot();
        for (var l = 1; l <= 10; l++)
        {
            c.Layers.Add(new Layer { Slug = $"layer-{l}", Order = l, Name = $"Layer {l} {Tag()}", Summary = Words(30) });
            for (var k = 1; k <= 6; k++)
                c.Components.Add(new Component { Slug = $"component-{l}-{k}", LayerSlug = $"layer-{l}", Order = k, Name = $"{Tag()} {Tag()}", Summary = Words(25) });
        }
        for (var t = 0; t < tools; t++)
        {
            var name = t < Names.Length ? Names[t] : $"tool{t} {Tag()}";
            c.Tools.Add(new Tool
            {
                Slug = $"tool-{t}", Name = name, Vendor = $"Vendor {t % 97}", Summary = Words(40),
                Tags = [ToolTags[t % ToolTags.Length], Tag()], Kind = ToolKind.OpenSource,
            });
            foreach (var component in c.Components.OrderBy(_ => random.Next()).Take(random.Next(1, 4)))
                c.Coverage.Add(new ToolCoverage { ToolSlug = $"tool-{t}", ComponentSlug = component.Slug, Level = CoverageLevel.Full });
        }
        for (var r = 0; r < requirements; r++)
        {
            var component = c.Components[random.Next(c.Components.Count)];
            c.Requirements.Add(new Requirement
            {
                Code = $"REQ-{r:000}", LayerSlug = component.LayerSlug, Title = Words(4), Statement = "The platform shall " + Words(35),
                Tags = [Tag()],
            });
            c.RequirementComponents.Add(new RequirementComponent { RequirementCode = $"REQ-{r:000}", ComponentSlug = component.Slug });
        }
        for (var s = 0; s < sources; s++)
        {
            // Tool names appear in notes now and then, as real literature mentions tools.
            var mention = random.Next(10) == 0 ? " " + Names[random.Next(Names.Length)] + " " : " ";
            c.Sources.Add(new Source
            {
                Slug = $"source-{s}", Title = Words(6), FullTitle = Words(10), Authors = [$"Author {random.Next(2_000)}", $"Author {random.Next(2_000)}"],
                Year = 2010 + random.Next(16), Kind = "paper", Tags = [Tag(), Tag(), Tag()],
                Note = "## What it is about\n\n" + Words(120) + mention + Words(60) + "\n\n## Takeaways\n\n- " + Words(30) + "\n- " + Words(30) + "\n",
            });
        }
        return c;
    }
}
