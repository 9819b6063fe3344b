namespace KnowledgeBase.Interchange;

/// <summary>The one test of a link the catalog stores: absolute http or https. Other schemes (javascript:, file:, data:) never reach a page.</summary>
public static class HttpUrl
{
    public static bool IsValid(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
