using KnowledgeBase.Storage;
using Microsoft.AspNetCore.Mvc.Filters;

namespace KnowledgeBase.Web.Editing;

/// <summary>
/// Runs a form's action in one SQLite write transaction, begun before the action reads anything. The checks a form
/// makes (is the slug free? does the stack still exist? which requirements are on the checklist already?) and the
/// write that follows then see no other write in between: two people saving at once queue on SQLite's single write
/// lock (for up to the busy timeout) instead of one of them getting a 500 from a unique key or from a row that
/// vanished under the update. Committed before the response is written, so an acknowledged edit is stored; what
/// must follow the commit (the search index) runs only once it has happened.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class WriteTransactionAttribute : Attribute, IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        var db = services.GetRequiredService<CatalogDbContext>();
        // Microsoft.Data.Sqlite begins with BEGIN IMMEDIATE: the write lock is taken here, not at the first write, so
        // the action's reads already see the latest commit and nobody can commit between them and the write.
        await using var transaction = await db.Database.BeginTransactionAsync(context.HttpContext.RequestAborted);
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled)
        {
            await transaction.CommitAsync(CancellationToken.None);
            services.GetRequiredService<AfterCommit>().Run();
        }
    }
}

/// <summary>
/// Work a form queues for after its transaction commits: updating the search index before the commit could let a
/// search find an edit that was then rolled back. Scoped to the request.
/// </summary>
public sealed class AfterCommit
{
    private readonly List<Action> _actions = [];

    public void Add(Action action) => _actions.Add(action);

    public void Run()
    {
        foreach (var action in _actions) action();
        _actions.Clear();
    }
}
