using System.Net;
using KnowledgeBase.Web.Tests.Support;
using static KnowledgeBase.Web.Tests.Api.ApiCalls;

namespace KnowledgeBase.Web.Tests.Api;

/// <summary>The API's own rate-limit partition: past the limit, a 429 problem with Retry-After; the pages are not in it.</summary>
public class ApiRateLimitTests() : SiteSession(true, ("KnowledgeBase:Api:PerAddressPerMinute", "3"))
{
    [Test]
    public async Task Past_the_limit_the_api_answers_a_429_problem_with_retry_after_and_the_pages_still_answer()
    {
        for (var i = 0; i < 3; i++)
            Assert.That((await GetAsync(Client, "/api/v1/layers")).Status, Is.EqualTo(HttpStatusCode.OK), $"request {i + 1}");

        var refused = await GetAsync(Client, "/api/v1/tools");
        AssertProblem(refused, HttpStatusCode.TooManyRequests);
        Assert.That(int.Parse(refused.Header("Retry-After")!, System.Globalization.CultureInfo.InvariantCulture), Is.InRange(1, 60));
        Assert.That(refused.Json.GetProperty("detail").GetString(), Does.Contain("3 API requests"));

        using var page = await Client.GetAsync(new Uri("/layers", UriKind.Relative));
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK), "pages are outside the API's partition");
    }
}
