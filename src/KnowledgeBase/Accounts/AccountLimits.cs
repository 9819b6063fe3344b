namespace KnowledgeBase.Accounts;

/// <summary>What an account's name and password may be; the forms and <c>kb users</c> check the same rules.</summary>
public static class AccountLimits
{
    /// <summary>Sign-in names: short, and made of characters that read the same everywhere they are shown.</summary>
    public const int NameLength = 64;

    public const string NameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._";

    /// <summary>
    /// Length rather than composition rules, as current guidance (NIST SP 800-63B) advises: a long passphrase is
    /// strong, and forced symbols make people write passwords down.
    /// </summary>
    public const int PasswordMinLength = 12;

    public const int PasswordMaxLength = 200;

    /// <summary>Identity's own columns (hashes, stamps, claim values) that have no length of their own.</summary>
    public const int OpaqueValue = 1_000;
}
