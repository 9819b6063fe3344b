using KnowledgeBase.Accounts;
using KnowledgeBase.Web.Tests.Stacks;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Support;

/// <summary>Accounts made through the site's own <see cref="AccountBook"/>, signed in through the real sign-in form.</summary>
public static class TestAccounts
{
    public const string Password = "a long test passphrase";

    public static Task AddAsync(SiteFactory site, string name, string role)
    {
        site.StartServer();
        return AddAsync(site.Services, name, role);
    }

    /// <summary>
    /// A client over https (the account cookie is Secure outside Development, so a client on http would never send
    /// it back) that has signed in as <paramref name="name"/>.
    /// </summary>
    public static async Task<HttpClient> SignedInClientAsync(SiteFactory site, string name, bool followRedirects = false)
    {
        var client = AnonymousClient(site, followRedirects);
        await SignInAsync(client, name);
        return client;
    }

    /// <summary>Signs <paramref name="client"/> (which must keep cookies) in through the form, and checks that it took.</summary>
    public static async Task SignInAsync(HttpClient client, string name)
    {
        var token = await StackForms.TokenAsync(client, "/account/sign-in", "/account/sign-in");
        using var response = await StackForms.PostAsync(client, "/account/sign-in", token, ("Name", name), ("Password", Password));
        if (!(await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative))).Contains("Signed in as", StringComparison.Ordinal))
            throw new InvalidOperationException($"could not sign in as {name}: {(int)response.StatusCode}");
    }

    public static async Task AddAsync(IServiceProvider services, string name, string role)
    {
        await using var scope = services.CreateAsyncScope();
        var problems = await scope.ServiceProvider.GetRequiredService<AccountBook>().AddAsync(name, Password, role);
        if (problems.Count > 0) throw new InvalidOperationException(string.Join("; ", problems));
    }

    private static int _made;

    /// <summary>A name no other account of this test run has.</summary>
    public static string NewName(string role) => $"test-{role}-{Interlocked.Increment(ref _made)}";

    public static HttpClient AnonymousClient(SiteFactory site, bool followRedirects = false) =>
        site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, BaseAddress = new Uri("https://localhost") });

    /// <summary>Adds an account holding <paramref name="role"/> (named after it, numbered) and signs a client in with it.</summary>
    public static async Task<HttpClient> SignedInAsAsync(SiteFactory site, string role, bool followRedirects = false)
    {
        var name = NewName(role);
        await AddAsync(site, name, role);
        return await SignedInClientAsync(site, name, followRedirects);
    }
}
