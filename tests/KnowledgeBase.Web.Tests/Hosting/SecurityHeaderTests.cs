using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Hosting;

/// <summary>Every kind of answer (page, error, file, redirect) carries the security headers.</summary>
public class SecurityHeaderTests() : SiteSession(followRedirects: false)
{
    [TestCase("/")]
    [TestCase("/tools/mlflow")]
    [TestCase("/no-such-page")]
    [TestCase("/css/site.css")]
    [TestCase("/sources.bib")]
    [TestCase("/account/sign-in")]
    public async Task Every_answer_carries_the_security_headers(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("script-src 'self';").And.Contain("frame-ancestors 'none'"));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("strict-origin-when-cross-origin"));
        Assert.That(response.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"));
    }

    [Test]
    public async Task Https_answers_carry_strict_transport_security()
    {
        // The framework leaves localhost out of HSTS (a developer's other local sites would be pinned to HTTPS).
        using var client = Site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://kb.example") });

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.That(response.Headers.GetValues("Strict-Transport-Security").Single(), Does.StartWith("max-age="));
    }
}
