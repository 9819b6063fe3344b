using System.Net;
using System.Text.Json;
using KnowledgeBase.Web.Tests.Support;
using static KnowledgeBase.Web.Tests.Api.ApiCalls;

namespace KnowledgeBase.Web.Tests.Api;

/// <summary>
/// The OpenAPI document read as a client would: every operation it lists is called with real values from the shipped
/// catalog and must answer as documented (status, media type, the top-level fields of its schema), and it lists
/// every /api/v1 route the site has, no fewer.
/// </summary>
public class OpenApiWalkTests : SiteSession
{
    /// <summary>Example values for query parameters an operation cannot do without.</summary>
    private static readonly Dictionary<string, string> Examples = new() { ["q"] = "drift" };

    private JsonElement _document;

    [OneTimeSetUp]
    public async Task ReadDocument()
    {
        var answer = await GetAsync(Client, "/openapi/v1.json");
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.MediaType, Is.EqualTo("application/json"));
        _document = answer.Json;
    }

    private IEnumerable<(string Path, JsonElement Operation)> Gets() =>
        _document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("get", out _))
            .Select(p => (p.Name, p.Value.GetProperty("get")));

    [Test]
    public void The_document_lists_every_api_route_of_the_site_with_a_tag_a_summary_and_a_schema()
    {
        var documented = Gets().Select(g => g.Path).Order(StringComparer.Ordinal).ToList();
        var routes = SiteRoutes.Get(Site.Services).Select(r => r.Pattern).Where(p => p.StartsWith("/api/v1/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.That(documented, Is.EqualTo(routes));
        Assert.That(documented, Has.Count.GreaterThanOrEqualTo(15));
        foreach (var (path, operation) in Gets())
        {
            Assert.That(operation.GetProperty("tags").GetArrayLength(), Is.EqualTo(1), path);
            Assert.That(operation.GetProperty("summary").GetString(), Is.Not.Empty, path);
            Assert.That(operation.GetProperty("operationId").GetString(), Is.Not.Empty, path);
            Assert.That(Schema(operation, "200", "application/json").ValueKind, Is.EqualTo(JsonValueKind.Object), path);
            Assert.That(Schema(operation, "429", "application/problem+json").ValueKind, Is.EqualTo(JsonValueKind.Object), path);
        }
    }

    [Test]
    public async Task Every_documented_get_answers_200_with_the_documented_top_level_fields()
    {
        var failures = new List<string>();
        foreach (var (path, operation) in Gets())
        {
            var url = Url(path, operation);
            var answer = await GetAsync(Client, url);
            if (answer.Status != HttpStatusCode.OK || answer.MediaType != "application/json")
            {
                failures.Add($"{url}: {(int)answer.Status} {answer.MediaType}");
                continue;
            }
            var fields = Properties(Schema(operation, "200", "application/json"));
            if (fields.Count == 0) failures.Add($"{path}: the 200 schema names no fields, so this proves nothing");
            var missing = fields.Where(f => !answer.Json.TryGetProperty(f, out _)).ToList();
            if (missing.Count > 0) failures.Add($"{url}: documented fields missing from the answer: {string.Join(", ", missing)}");
            var extra = answer.Json.EnumerateObject().Select(p => p.Name).Except(fields).ToList();
            if (extra.Count > 0) failures.Add($"{url}: fields the document does not list: {string.Join(", ", extra)}");
        }
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task Every_documented_400_and_404_is_answered_as_a_problem()
    {
        var checkedAny = (Bad: 0, Missing: 0);
        foreach (var (path, operation) in Gets())
        {
            var responses = operation.GetProperty("responses");
            if (responses.TryGetProperty("400", out _) && Parameters(operation).Any(p => p.GetProperty("name").GetString() == "limit"))
            {
                AssertProblem(await GetAsync(Client, Url(path, operation) + (path.Contains('?') ? "&" : "?") + "limit=0"), HttpStatusCode.BadRequest);
                checkedAny.Bad++;
            }
            if (responses.TryGetProperty("404", out _))
            {
                var unknown = new SiteRoute(path, PathParameters(operation), []).Url(PathParameters(operation).ToDictionary(p => p, _ => "no-such-thing"));
                AssertProblem(await GetAsync(Client, unknown), HttpStatusCode.NotFound);
                checkedAny.Missing++;
            }
        }
        Assert.That(checkedAny.Bad, Is.GreaterThanOrEqualTo(7), "every list documents its 400");
        Assert.That(checkedAny.Missing, Is.GreaterThanOrEqualTo(8), "every item documents its 404");
    }

    private static List<JsonElement> Parameters(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray().ToList() : [];

    private static List<string> PathParameters(JsonElement operation) =>
        Parameters(operation).Where(p => p.GetProperty("in").GetString() == "path").Select(p => p.GetProperty("name").GetString()!).ToList();

    /// <summary>The path with real slugs and codes of the shipped catalog, and the example of every query parameter that has one.</summary>
    private static string Url(string path, JsonElement operation)
    {
        var url = new SiteRoute(path, PathParameters(operation), []).Url();
        var query = Parameters(operation).Where(p => p.GetProperty("in").GetString() == "query")
            .Select(p => p.GetProperty("name").GetString()!).Where(Examples.ContainsKey)
            .Select(name => $"{name}={Uri.EscapeDataString(Examples[name])}").ToList();
        return query.Count == 0 ? url : url + "?" + string.Join("&", query);
    }

    private JsonElement Schema(JsonElement operation, string status, string mediaType)
    {
        var schema = operation.GetProperty("responses").GetProperty(status).GetProperty("content").GetProperty(mediaType).GetProperty("schema");
        return Resolve(schema);
    }

    private JsonElement Resolve(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? _document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!["#/components/schemas/".Length..])
            : schema;

    private static List<string> Properties(JsonElement schema) =>
        schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => p.Name).ToList() : [];
}
