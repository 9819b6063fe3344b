namespace KnowledgeBase.Web.Accounts;

/// <summary>Settings under <c>KnowledgeBase:SignIn</c>: how many sign-in attempts are allowed before 429.</summary>
public sealed class SignInOptions
{
    public const string Section = "KnowledgeBase:SignIn";

    /// <summary>Attempts from one network address per minute, whichever names they try.</summary>
    public int PerAddressPerMinute { get; set; } = 20;

    /// <summary>
    /// Attempts at one name per minute, from anywhere. Lockout protects existing accounts only; this limit applies to
    /// every name, so that how the site answers does not tell which names exist.
    /// </summary>
    public int PerNamePerMinute { get; set; } = 10;

    /// <summary>
    /// Whether the account cookie is marked Secure (sent over HTTPS only). On outside Development; switch it off only
    /// for a site served over plain HTTP on a network you trust, where the browser would otherwise never send it back.
    /// </summary>
    public bool SecureCookie { get; set; } = true;
}
