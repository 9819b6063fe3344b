using KnowledgeBase.History;
using KnowledgeBase.Storage;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Stacks;

/// <summary>Writes of stacks from the builder form: each is one <c>SaveChanges</c>, so nothing is ever half written.</summary>
public static class StackWrites
{
    /// <summary>
    /// Creates the stack (when <paramref name="originalSlug"/> is null) or replaces the label and tools of an
    /// existing one. A new slug on an existing stack renames it, carrying its checklist along.
    /// The draft must have passed <see cref="StackDraftRules.Check"/>.
    /// </summary>
    public static async Task<string> SaveAsync(CatalogDbContext db, StackDraft draft, string? originalSlug, ChangeAuthor author, CancellationToken ct = default)
    {
        var slug = StackDraftRules.EffectiveSlug(draft);
        var picks = draft.Picks.Distinct().ToList();
        var existing = originalSlug is null ? null
            : await db.Stacks.Include(s => s.Tools).Include(s => s.Checklist).SingleOrDefaultAsync(s => s.Slug == originalSlug, ct)
              ?? throw new InvalidOperationException($"stack '{originalSlug}' does not exist");
        var before = existing is null ? null : EntityRecords.Of(existing, existing.Tools);
        Stack saved;

        if (existing is null || existing.Slug != slug)
        {
            var stack = new Stack { Slug = slug, Name = "" };
            Label(stack, draft);
            stack.Tools = picks.Select(p => new StackTool { StackSlug = slug, ToolSlug = p.Tool, ComponentSlug = p.Component }).ToList();
            if (existing is not null)
            {
                stack.Checklist = existing.Checklist.Select(c => new ChecklistItem
                {
                    StackSlug = slug, RequirementCode = c.RequirementCode, Status = c.Status, Owner = c.Owner, Note = c.Note, Evidence = c.Evidence,
                }).ToList();
                db.Stacks.Remove(existing);
            }
            db.Stacks.Add(stack);
            saved = stack;
            // A rename is the old slug's end and the new one's start: each slug's history stays whole.
            if (existing is not null)
            {
                ChangeLog.Record(db, author.For(EntityKinds.Stack, existing.Slug, existing.Name), before, null);
                before = null;
            }
        }
        else
        {
            Label(existing, draft);
            var wanted = picks.ToHashSet();
            foreach (var gone in existing.Tools.Where(t => !wanted.Contains(new ToolPick(t.ToolSlug, t.ComponentSlug))).ToList())
                existing.Tools.Remove(gone);
            var have = existing.Tools.Select(t => new ToolPick(t.ToolSlug, t.ComponentSlug)).ToHashSet();
            foreach (var pick in picks.Where(p => !have.Contains(p)))
                existing.Tools.Add(new StackTool { StackSlug = slug, ToolSlug = pick.Tool, ComponentSlug = pick.Component });
            saved = existing;
        }
        ChangeLog.Record(db, author.For(EntityKinds.Stack, saved.Slug, saved.Name), before, EntityRecords.Of(saved, saved.Tools));
        await db.SaveChangesAsync(ct);
        return slug;
    }

    public static async Task<bool> DeleteAsync(CatalogDbContext db, string slug, ChangeAuthor author, CancellationToken ct = default)
    {
        var stack = await db.Stacks.Include(s => s.Tools).Include(s => s.Checklist).SingleOrDefaultAsync(s => s.Slug == slug, ct);
        if (stack is null) return false;
        ChangeLog.Record(db, author.For(EntityKinds.Stack, stack.Slug, stack.Name), EntityRecords.Of(stack, stack.Tools), null);
        db.Stacks.Remove(stack);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static void Label(Stack stack, StackDraft draft)
    {
        stack.Name = draft.Name!.Trim();
        stack.Author = Blank(draft.Author);
        stack.Contact = Blank(draft.Contact);
        stack.Summary = draft.Summary?.Trim().ReplaceLineEndings("\n") ?? "";
        stack.Date = StackDraftRules.ParseDate(draft.Date);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
