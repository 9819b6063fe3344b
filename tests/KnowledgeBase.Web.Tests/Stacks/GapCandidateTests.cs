using System.Net;
using System.Text.Json;
using KnowledgeBase.Web.Tests.Support;

namespace KnowledgeBase.Web.Tests.Stacks;

/// <summary>Gap candidates that integrate with the stack's tools, on the shipped "MLflow + Airflow + BentoML" stack.</summary>
public class GapCandidateTests : SiteSession
{
    private const string Stack = "mlflow-airflow-bentoml";

    [Test]
    public async Task The_api_names_the_stack_tools_a_candidate_integrates_with_and_ranks_it_first_among_its_level()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync(new Uri($"/api/stacks/{Stack}/gaps", UriKind.Relative)));
        var ingestion = json.RootElement.GetProperty("uncovered").EnumerateArray().Single(u => u.GetProperty("slug").GetString() == "data-ingestion");
        var first = ingestion.GetProperty("candidates")[0];
        Assert.That(first.GetProperty("slug").GetString(), Is.EqualTo("airbyte"), "Airbyte has an Airflow provider; the other full candidates do not integrate with this stack");
        Assert.That(first.GetProperty("integratesWith").EnumerateArray().Select(t => t.GetProperty("slug").GetString()), Does.Contain("apache-airflow"));
    }

    [Test]
    public async Task The_stack_page_says_why_beside_the_candidate()
    {
        var response = await Client.GetAsync(new Uri($"/stacks/{Stack}", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("integrates with Apache Airflow, already in this stack"));
    }
}
