using System.Security.Claims;
using KnowledgeBase.Accounts;

namespace KnowledgeBase.Web.Editing;

/// <summary>
/// Whether a page offers its edit links: to editors and admins. Only a hint, for pages signed-in visitors see
/// uncached; every write still asks <see cref="Accounts.WritePermission"/>.
/// </summary>
public static class EditLinks
{
    public static bool Shown(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && AccountRoles.All.Where(r => AccountRoles.Allows(r, AccountRoles.Editor)).Any(user.IsInRole);
}
