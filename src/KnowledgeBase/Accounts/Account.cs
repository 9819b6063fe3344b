using Microsoft.AspNetCore.Identity;

namespace KnowledgeBase.Accounts;

/// <summary>
/// Someone who may write to the catalog: a contributor, an editor or an admin (<see cref="AccountRoles"/>).
/// Reading needs no account. The name is the sign-in name; e-mail and phone are not collected.
/// </summary>
public sealed class Account : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; }
}
