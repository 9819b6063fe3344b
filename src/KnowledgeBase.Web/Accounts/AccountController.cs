using KnowledgeBase.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace KnowledgeBase.Web.Accounts;

/// <summary>Signing in and out. Accounts are created with <c>kb users add</c>; there is no self-service sign-up.</summary>
public sealed class AccountController(
    SignInManager<Account> signIn, UserManager<Account> users, AccountBook book, SignInThrottle throttle, IPasswordHasher<Account> hasher) : Controller
{
    /// <summary>
    /// One answer for a wrong name, a wrong password and a locked account, so that the page does not tell which
    /// names exist; a locked-out owner learns it from the hint to wait.
    /// </summary>
    public const string Failed = "That name and password do not match an account that may sign in now. After several failed attempts an account is locked for a while; wait and try again.";

    // Verified against when the name is unknown, so that an unknown name costs the same time as a known one.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<Account>().HashPassword(new Account { UserName = "decoy" }, Guid.NewGuid().ToString()));

    [HttpGet("/account/sign-in")]
    public async Task<IActionResult> SignIn(string? returnUrl) =>
        Page(new SignInPage("", SafeReturn(returnUrl), null, await book.AnyAsync()), StatusCodes.Status200OK);

    [HttpPost("/account/sign-in")]
    [EnableRateLimiting(AccountServices.SignInPolicy)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        var name = (form.Name ?? "").Trim();
        var password = form.Password ?? "";
        var returnUrl = SafeReturn(form.ReturnUrl);
        var exist = await book.AnyAsync();
        if (name.Length == 0 || password.Length == 0)
            return Page(new SignInPage(Shorten(name), returnUrl, "Enter your name and your password.", exist), StatusCodes.Status400BadRequest);
        if (!throttle.TryAttempt(Shorten(name)))
        {
            Response.Headers.RetryAfter = "60";
            return Page(new SignInPage(Shorten(name), returnUrl, "Too many attempts at this name in the last minute. Wait a minute and try again.", exist), StatusCodes.Status429TooManyRequests);
        }
        var account = name.Length <= AccountLimits.NameLength && password.Length <= AccountLimits.PasswordMaxLength
            ? await users.FindByNameAsync(name)
            : null;
        if (account is null)
        {
            hasher.VerifyHashedPassword(new Account { UserName = "decoy" }, DecoyHash.Value, password);
            return Page(new SignInPage(Shorten(name), returnUrl, Failed, exist), StatusCodes.Status200OK);
        }
        var result = await signIn.PasswordSignInAsync(account, password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
            return Page(new SignInPage(Shorten(name), returnUrl, Failed, exist), StatusCodes.Status200OK);
        return LocalRedirect(returnUrl);
    }

    [HttpPost("/account/sign-out")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SignOutNow()
    {
        await signIn.SignOutAsync();
        return Redirect("/");
    }

    [HttpGet("/account/denied")]
    public IActionResult Denied() =>
        Stacks.EditPolicy.Refusal(ControllerContext, StatusCodes.Status403Forbidden, "Your account may not do this",
            "Ask an admin for a role that allows it.");

    private ViewResult Page(SignInPage page, int status)
    {
        ViewData["Title"] = "Sign in";
        var view = View("~/Accounts/SignIn.cshtml", page);
        view.StatusCode = status;
        return view;
    }

    /// <summary>Only a path on this site: an open redirect would let a link send someone elsewhere after signing in.</summary>
    private string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 and <= 2_000 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";

    private static string Shorten(string name) => name.Length <= AccountLimits.NameLength ? name : name[..AccountLimits.NameLength];
}
