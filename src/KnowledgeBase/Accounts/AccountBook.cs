using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Accounts;

/// <summary>One account as listed: its name, its one role, and whether it is locked out now.</summary>
public sealed record AccountEntry(string Name, string Role, DateTimeOffset CreatedAt, bool LockedOut);

/// <summary>
/// Adding, listing, removing accounts and setting their role, with Identity's rules (password policy, allowed name
/// characters). Used by <c>kb users</c>; the site's admin pages can use the same. Every failure is a sentence.
/// </summary>
public sealed class AccountBook(UserManager<Account> users, RoleManager<IdentityRole> roles, TimeProvider clock)
{
    public async Task<IReadOnlyList<string>> AddAsync(string name, string password, string role)
    {
        if (!AccountRoles.IsKnown(role)) return [UnknownRole(role)];
        if (name.Length > AccountLimits.NameLength) return [$"the name has {name.Length} characters; the limit is {AccountLimits.NameLength}"];
        if (password.Length > AccountLimits.PasswordMaxLength) return [$"the password has {password.Length} characters; the limit is {AccountLimits.PasswordMaxLength}"];
        var account = new Account { UserName = name, CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded) return Describe(created);
        await EnsureRoleAsync(role);
        return Describe(await users.AddToRoleAsync(account, role));
    }

    public async Task<IReadOnlyList<AccountEntry>> ListAsync()
    {
        var accounts = await users.Users.AsNoTracking().OrderBy(a => a.NormalizedUserName).ToListAsync();
        var now = clock.GetUtcNow();
        var entries = new List<AccountEntry>(accounts.Count);
        foreach (var account in accounts)
            entries.Add(new AccountEntry(account.UserName!, await RoleOfAsync(account), account.CreatedAt, account.LockoutEnd > now));
        return entries;
    }

    public async Task<IReadOnlyList<string>> RemoveAsync(string name)
    {
        var account = await users.FindByNameAsync(name);
        if (account is null) return [NoSuchAccount(name)];
        if (await IsLastAdminAsync(account)) return [LastAdmin(name)];
        return Describe(await users.DeleteAsync(account));
    }

    public async Task<IReadOnlyList<string>> SetRoleAsync(string name, string role)
    {
        if (!AccountRoles.IsKnown(role)) return [UnknownRole(role)];
        var account = await users.FindByNameAsync(name);
        if (account is null) return [NoSuchAccount(name)];
        if (role != AccountRoles.Admin && await IsLastAdminAsync(account)) return [LastAdmin(name)];
        var held = await users.GetRolesAsync(account);
        if (held.Count > 0)
        {
            var removed = await users.RemoveFromRolesAsync(account, held);
            if (!removed.Succeeded) return Describe(removed);
        }
        await EnsureRoleAsync(role);
        var added = await users.AddToRoleAsync(account, role);
        if (!added.Succeeded) return Describe(added);
        // A new stamp ends the sessions signed in with the old role.
        return Describe(await users.UpdateSecurityStampAsync(account));
    }

    public Task<bool> AnyAsync() => users.Users.AnyAsync();

    /// <summary>The account's role, or empty when it has none (which the site treats as no permission).</summary>
    public async Task<string> RoleOfAsync(Account account) =>
        (await users.GetRolesAsync(account)).FirstOrDefault(AccountRoles.IsKnown) ?? "";

    /// <summary>Without an admin no one could manage accounts from the site; the last one stays.</summary>
    private async Task<bool> IsLastAdminAsync(Account account) =>
        await users.IsInRoleAsync(account, AccountRoles.Admin) && (await users.GetUsersInRoleAsync(AccountRoles.Admin)).Count == 1;

    private async Task EnsureRoleAsync(string role)
    {
        if (!await roles.RoleExistsAsync(role))
            await roles.CreateAsync(new IdentityRole(role));
    }

    private static string UnknownRole(string role) => $"'{role}' is not a role; the roles are {string.Join(", ", AccountRoles.All)}";

    private static string LastAdmin(string name) => $"'{name}' is the only admin; make another account admin first";

    private static string NoSuchAccount(string name) => $"there is no account named '{name}'";

    private static List<string> Describe(IdentityResult result) =>
        result.Succeeded ? [] : result.Errors.Select(e => e.Description).ToList();
}
