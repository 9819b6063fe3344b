using System.Security.Claims;

namespace KnowledgeBase.Web.Editing;

public static class Actor
{
    /// <summary>Who a site edit is recorded as: the signed-in account's name. Writes require an account.</summary>
    public static string Of(ClaimsPrincipal user) => user.Identity?.Name is { Length: > 0 } name ? name : "anonymous";
}
