using KnowledgeBase.Web.Hosting;

namespace KnowledgeBase.Web.Api;

/// <summary>Settings of the JSON API under <c>KnowledgeBase:Api</c>.</summary>
public sealed class ApiOptions
{
    public const string Section = SiteOptions.Section + ":Api";

    /// <summary>
    /// Requests one client address may make to <c>/api/v1</c> per minute; more are answered 429 with
    /// <c>Retry-After</c>. A program walking every tool at 50 a page needs about twenty; a busy dashboard a few a second.
    /// </summary>
    public int PerAddressPerMinute { get; set; } = 600;
}
