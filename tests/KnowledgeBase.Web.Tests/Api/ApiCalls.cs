using System.Net;
using System.Text.Json;

namespace KnowledgeBase.Web.Tests.Api;

/// <summary>One answer of the API: status, media type, the parsed body (null when there is none) and the response.</summary>
public sealed record ApiAnswer(HttpStatusCode Status, string? MediaType, JsonElement? Body, HttpResponseMessage Response)
{
    public JsonElement Json => Body ?? throw new InvalidOperationException($"{(int)Status} without a JSON body");

    public string? Header(string name) =>
        Response.Headers.TryGetValues(name, out var values) || Response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : null;
}

internal static class ApiCalls
{
    public static async Task<ApiAnswer> GetAsync(HttpClient client, string url, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonElement? body = text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone();
        return new ApiAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, response);
    }

    /// <summary>Asserts a problem+json answer with <paramref name="status"/> in both the status line and the body.</summary>
    public static void AssertProblem(ApiAnswer answer, HttpStatusCode status)
    {
        Assert.That(answer.Status, Is.EqualTo(status));
        Assert.That(answer.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(answer.Json.GetProperty("status").GetInt32(), Is.EqualTo((int)status));
        Assert.That(answer.Json.GetProperty("title").GetString(), Is.Not.Null.And.Not.Empty);
    }

    public static List<string> Keys(JsonElement items, string key) => items.EnumerateArray().Select(i => i.GetProperty(key).GetString()!).ToList();
}
