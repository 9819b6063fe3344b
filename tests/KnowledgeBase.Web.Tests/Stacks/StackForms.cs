using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace KnowledgeBase.Web.Tests.Stacks;

/// <summary>Posting the site's forms as a browser would: fetch the page for its anti-forgery token, then post.</summary>
internal static class StackForms
{
    public static async Task<IHtmlDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The anti-forgery token of the form posting to <paramref name="action"/> on the page at <paramref name="url"/>.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string url, string? action = null)
    {
        var page = await GetAsync(client, url);
        // Only forms that post carry a token; the header's search form does not.
        var form = page.Forms.Where(f => f.QuerySelector("input[name=__RequestVerificationToken]") is not null)
                .FirstOrDefault(f => action is null || (f.GetAttribute("action") ?? "").StartsWith(action, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"no form posting to {action} on {url}");
        return ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string? token, params (string Key, string Value)[] fields)
    {
        var all = fields.ToList();
        if (token is not null) all.Add(("__RequestVerificationToken", token));
        return client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(all.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))));
    }

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
