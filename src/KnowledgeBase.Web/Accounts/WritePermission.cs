using KnowledgeBase.Accounts;
using KnowledgeBase.Web.Editing;
using KnowledgeBase.Web.Stacks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace KnowledgeBase.Web.Accounts;

/// <summary>
/// Who may write, decided in one place and in this order: the site must accept edits at all
/// (<c>KnowledgeBase:AllowEdits</c>), an account must exist (a first run says how to create one), the visitor must be
/// signed in, and the account, read afresh from the database so that a role taken away counts at once, must hold the
/// role the write needs.
/// </summary>
public static class WritePermission
{
    /// <summary>Null when the request may go on; otherwise the answer to send instead.</summary>
    public static async Task<IActionResult?> RefusalAsync(ActionContext context, string role)
    {
        var http = context.HttpContext;
        if (!EditPolicy.Allowed(http))
            return EditPolicy.Refusal(context, StatusCodes.Status403Forbidden, "This site is read-only",
                "Changes are switched off here (the KnowledgeBase:AllowEdits option). Run the site locally to build stacks and edit checklists.");
        var book = http.RequestServices.GetRequiredService<AccountBook>();
        if (!await book.AnyAsync())
            return EditPolicy.Refusal(context, StatusCodes.Status403Forbidden, "No one can make changes yet",
                "This site has no accounts. Whoever runs it creates the first admin on the server with: kb users add NAME --role admin (the password is read from standard input). Reading needs no account.");
        if (http.User.Identity?.IsAuthenticated != true)
            return SignInFirst(http);
        var users = http.RequestServices.GetRequiredService<UserManager<Account>>();
        var account = await users.GetUserAsync(http.User);
        if (account is null)
        {
            // Removed since signing in: the cookie outlived the account.
            await http.RequestServices.GetRequiredService<SignInManager<Account>>().SignOutAsync();
            return SignInFirst(http);
        }
        var held = await book.RoleOfAsync(account);
        if (AccountRoles.Allows(held, role)) return null;
        return EditPolicy.Refusal(context, StatusCodes.Status403Forbidden, "Your account may not do this",
            $"Signed in as {account.UserName} ({(held.Length == 0 ? "no role" : held)}); this needs an {role} or above. An admin can change roles with kb users set-role.");
    }

    /// <summary>To the sign-in page, coming back to the page the write was made from.</summary>
    private static ChallengeResult SignInFirst(HttpContext http) =>
        new(new Microsoft.AspNetCore.Authentication.AuthenticationProperties { RedirectUri = http.Request.Path + (HttpMethods.IsGet(http.Request.Method) ? http.Request.QueryString : default) });
}

/// <summary>
/// Lets the action run only for an account holding <paramref name="role"/> or above (see <see cref="WritePermission"/>).
/// Runs before the anti-forgery check and before an upload is read, so a refused request is answered for what it
/// is ("read-only", "sign in") rather than "bad token" or "too large".
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RequiresRoleAttribute(string role) : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public string Role => role;

    public int Order => -2000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        if (await WritePermission.RefusalAsync(context, role) is { } refusal)
            context.Result = refusal;
    }
}
