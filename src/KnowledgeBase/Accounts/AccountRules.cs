using Microsoft.AspNetCore.Identity;

namespace KnowledgeBase.Accounts;

/// <summary>Identity's settings, set once here for the site and for <c>kb users</c> alike.</summary>
public static class AccountRules
{
    /// <summary>Failed sign-ins in a row that lock an account, and for how long.</summary>
    public const int FailuresBeforeLockout = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static void Configure(IdentityOptions options)
    {
        options.User.AllowedUserNameCharacters = AccountLimits.NameCharacters;
        options.User.RequireUniqueEmail = false;
        options.Password.RequiredLength = AccountLimits.PasswordMinLength;
        options.Password.RequiredUniqueChars = 4;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = FailuresBeforeLockout;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
