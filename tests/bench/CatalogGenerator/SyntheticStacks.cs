using KnowledgeBase.Interchange;
using KnowledgeBase.Stacks;

namespace KnowledgeBase.Synthetic;

/// <summary>
/// Stacks that fill most components with one tool (some with two, as real stacks overlap), every other one with a
/// checklist over all requirements in various states.
/// </summary>
internal static class SyntheticStacks
{
    public static void Add(CatalogSnapshot c, Random random, Vocabulary words, int count)
    {
        var toolsByComponent = c.Coverage.ToLookup(x => x.ComponentSlug, x => x.ToolSlug);
        var components = c.Components.Select(x => x.Slug).ToArray();
        for (var i = 1; i <= count; i++)
        {
            var slug = $"synthetic-stack-{i:D3}";
            c.Stacks.Add(new Stack
            {
                Slug = slug, Name = $"{words.Title(random, 2)} stack {i}", Author = $"Team {random.Next(1, 40)}",
                Summary = SyntheticTools.Sentence(words.Words(random, random.Next(15, 40))),
                Date = new DateOnly(2024, 1, 1).AddDays(random.Next(1_000)),
            });
            foreach (var component in components.Where(_ => random.Next(10) < 7))
                foreach (var tool in SyntheticCatalog.Pick(random, [.. toolsByComponent[component]], random.Next(5) == 0 ? 2 : 1))
                    c.StackTools.Add(new StackTool { StackSlug = slug, ToolSlug = tool, ComponentSlug = component });
            if (i % 2 == 1) continue;
            foreach (var requirement in c.Requirements)
                c.Checklist.Add(new ChecklistItem
                {
                    StackSlug = slug, RequirementCode = requirement.Code, Status = (ChecklistStatus)random.Next(4),
                    Owner = random.Next(2) == 0 ? $"Team {random.Next(1, 40)}" : null,
                    Note = random.Next(3) == 0 ? SyntheticTools.Sentence(words.Words(random, 10)) : null,
                    Evidence = random.Next(4) == 0 ? $"https://example.org/evidence/{slug}/{requirement.Code.ToLowerInvariant()}" : null,
                });
        }
    }
}
