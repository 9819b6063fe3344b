using System.Net;
using KnowledgeBase.Accounts;
using KnowledgeBase.Web.Accounts;
using KnowledgeBase.Web.Caching;
using KnowledgeBase.Web.Tests.Stacks;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Identity;

namespace KnowledgeBase.Web.Tests.Accounts;

/// <summary>Signing in and out through the real form: the cookie, the one failure message, lockout, the limits.</summary>
public class SignInTests
{
    private static async Task<HttpResponseMessage> TryAsync(HttpClient client, string name, string password, string? returnUrl = null)
    {
        var token = await StackForms.TokenAsync(client, "/account/sign-in", "/account/sign-in");
        return await StackForms.PostAsync(client, "/account/sign-in", token, ("Name", name), ("Password", password), ("ReturnUrl", returnUrl ?? "/"));
    }

    private static async Task<string> ProblemAsync(HttpResponseMessage response) =>
        StackForms.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("[role=alert]")?.TextContent.Trim() ?? "";

    [Test]
    public async Task An_editor_signs_in_with_a_secure_http_only_cookie_and_signs_out_again()
    {
        using var site = new SiteFactory();
        await TestAccounts.AddAsync(site, "grace", AccountRoles.Editor);
        using var client = TestAccounts.AnonymousClient(site);

        using var signedIn = await TryAsync(client, "grace", TestAccounts.Password, "/stacks");

        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        Assert.That(signedIn.Headers.Location?.ToString(), Is.EqualTo("/stacks"));
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("kb-account=", StringComparison.Ordinal));
        Assert.That(cookie, Does.Contain("; secure").And.Contain("; httponly").And.Contain("; samesite=lax"));
        var page = await client.GetStringAsync(new Uri("/tools", UriKind.Relative));
        Assert.That(page, Does.Contain("Signed in as <strong>grace</strong>"));

        var token = await StackForms.TokenAsync(client, "/tools", "/account/sign-out");
        using var signedOut = await StackForms.PostAsync(client, "/account/sign-out", token);
        Assert.That(signedOut.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await client.GetStringAsync(new Uri("/tools", UriKind.Relative)), Does.Not.Contain("Signed in as"));
    }

    [Test]
    public async Task A_wrong_password_and_an_unknown_name_get_the_same_answer()
    {
        using var site = new SiteFactory();
        await TestAccounts.AddAsync(site, "grace", AccountRoles.Editor);
        using var client = TestAccounts.AnonymousClient(site);

        using var wrongPassword = await TryAsync(client, "grace", "not the password at all");
        using var unknownName = await TryAsync(client, "nobody-here", "not the password at all");

        Assert.That(wrongPassword.StatusCode, Is.EqualTo(unknownName.StatusCode));
        Assert.That(await ProblemAsync(wrongPassword), Is.EqualTo(AccountController.Failed));
        Assert.That(await ProblemAsync(unknownName), Is.EqualTo(AccountController.Failed));
    }

    [Test]
    public async Task Repeated_failures_lock_the_account_so_that_even_the_right_password_is_refused()
    {
        using var site = new SiteFactory();
        await TestAccounts.AddAsync(site, "grace", AccountRoles.Editor);
        using var client = TestAccounts.AnonymousClient(site);

        for (var i = 0; i < AccountRules.FailuresBeforeLockout; i++)
            (await TryAsync(client, "grace", "wrong password " + i)).Dispose();
        using var right = await TryAsync(client, "grace", TestAccounts.Password);

        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await ProblemAsync(right), Is.EqualTo(AccountController.Failed), "a locked account reads like any failure");
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        Assert.That(await users.IsLockedOutAsync((await users.FindByNameAsync("grace"))!), Is.True);
    }

    [Test]
    public async Task Attempts_at_one_name_are_limited_whether_or_not_the_name_exists()
    {
        using var site = new SiteFactory(("KnowledgeBase:SignIn:PerNamePerMinute", "3"));
        using var client = TestAccounts.AnonymousClient(site);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await TryAsync(client, "no-such-person", "guess number " + i);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(60)));
        }
        using var otherName = await TryAsync(client, "someone-else", "a guess");

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        Assert.That(otherName.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the limit is per name");
    }

    [Test]
    public async Task Attempts_from_one_address_are_limited_across_names()
    {
        using var site = new SiteFactory(("KnowledgeBase:SignIn:PerAddressPerMinute", "3"));
        using var client = TestAccounts.AnonymousClient(site);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await TryAsync(client, "name-" + i, "a guess");
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
    }

    [TestCase("https://evil.example/", "/")]
    [TestCase("//evil.example/", "/")]
    [TestCase("/\\evil.example", "/")]
    [TestCase("javascript:alert(1)", "/")]
    [TestCase("/stacks/new", "/stacks/new")]
    public async Task After_signing_in_only_a_path_on_this_site_is_followed(string returnUrl, string expected)
    {
        using var site = new SiteFactory();
        await TestAccounts.AddAsync(site, "grace", AccountRoles.Editor);
        using var client = TestAccounts.AnonymousClient(site);

        using var response = await TryAsync(client, "grace", TestAccounts.Password, returnUrl);

        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo(expected));
    }

    [TestCase("", "x")]
    [TestCase("grace", "")]
    public async Task A_form_missing_its_name_or_password_is_a_400(string name, string password)
    {
        using var site = new SiteFactory();
        using var client = TestAccounts.AnonymousClient(site);

        using var response = await TryAsync(client, name, password);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await ProblemAsync(response), Is.EqualTo("Enter your name and your password."));
    }

    [Test]
    public async Task Signing_in_without_the_anti_forgery_token_is_refused()
    {
        using var site = new SiteFactory();
        await TestAccounts.AddAsync(site, "grace", AccountRoles.Editor);
        using var client = TestAccounts.AnonymousClient(site);

        using var response = await StackForms.PostAsync(client, "/account/sign-in", null, ("Name", "grace"), ("Password", TestAccounts.Password));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("kb-account=", StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public async Task With_no_account_yet_writes_are_refused_and_the_site_says_how_to_make_the_first_admin()
    {
        using var site = new SiteFactory();
        using var client = TestAccounts.AnonymousClient(site);

        using var write = await client.GetAsync(new Uri("/stacks/kubeflow-on-kubernetes/checklist", UriKind.Relative));
        var signIn = await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));

        Assert.That(write.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await write.Content.ReadAsStringAsync(), Does.Contain("kb users add NAME --role admin"));
        Assert.That(signIn, Does.Contain("This site has no accounts yet").And.Contain("kb users add NAME --role admin"));
    }

    [Test]
    public async Task A_read_only_site_refuses_even_an_admin()
    {
        using var site = new SiteFactory(("KnowledgeBase:AllowEdits", "false"));
        using var admin = await TestAccounts.SignedInAsAsync(site, AccountRoles.Admin);

        using var response = await admin.GetAsync(new Uri("/stacks/kubeflow-on-kubernetes/checklist", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("This site is read-only"));
    }

    [Test]
    public async Task Failed_sign_ins_leave_the_page_cache_warm_and_signed_in_pages_never_reach_it()
    {
        using var site = new SiteFactory();
        await TestAccounts.AddAsync(site, "grace", AccountRoles.Editor);
        using var anonymous = TestAccounts.AnonymousClient(site);
        var changes = site.Services.GetRequiredService<CatalogChanges>();
        (await anonymous.GetAsync(new Uri("/tools", UriKind.Relative))).Dispose();
        var generation = changes.Stamp(CatalogAreas.All);

        for (var i = 0; i < 3; i++)
            (await TryAsync(anonymous, "grace", "wrong password " + i)).Dispose();
        using var editor = await TestAccounts.SignedInClientAsync(site, "grace");
        var editorsPage = await editor.GetStringAsync(new Uri("/tools", UriKind.Relative));
        using var cached = await anonymous.GetAsync(new Uri("/tools", UriKind.Relative));

        Assert.That(changes.Stamp(CatalogAreas.All), Is.EqualTo(generation), "account writes do not count as catalog changes");
        Assert.That(editorsPage, Does.Contain("Signed in as"));
        Assert.That(cached.Headers.Age, Is.Not.Null, "the anonymous copy is still cached");
        Assert.That(await cached.Content.ReadAsStringAsync(), Does.Not.Contain("Signed in as"));
    }
}
