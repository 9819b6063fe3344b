namespace KnowledgeBase.Web.Accounts;

/// <summary>The sign-in form as posted; every field may be missing or hostile.</summary>
public sealed class SignInForm
{
    public string? Name { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>What the sign-in page shows: the form's values (never the password), a message, and whether accounts exist.</summary>
public sealed record SignInPage(string Name, string ReturnUrl, string? Problem, bool AccountsExist);
