namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// How much time and memory one request may take, under <c>KnowledgeBase:Limits</c>. Declared here once and applied
/// to Kestrel, the form reader and the request timeouts by <see cref="RequestLimitServices"/>. Every figure sits far
/// above what the site's own pages and forms need, and far below what would let one client tie up the machine.
/// </summary>
public sealed class RequestLimits
{
    public const string Section = SiteOptions.Section + ":Limits";

    /// <summary>
    /// A request still running after this is stuck, not slow: pages render in tens of milliseconds (docs/benchmarks.md)
    /// and a search waits at most for the rebuild of the index, a few seconds. It is cancelled and answered 504.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The largest body of any request. The biggest legitimate one is the checklist form of a few hundred
    /// requirements (owner, note and evidence each, about 3 MB at their length limits, URL-encoded); the spreadsheet
    /// upload has its own, smaller cap (<see cref="Stacks.ChecklistController.UploadBytes"/>).
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// The request line (method, path and query string). The longest links the site makes (a tool filter with a
    /// few dozen values) are about 2 KB; longer is refused with 414 before any of it reaches the site.
    /// </summary>
    public int MaxRequestLineBytes { get; set; } = 8 * 1024;

    /// <summary>All request headers together: browsers send 1–2 KB, cookies included (Kestrel's default is 32 KB).</summary>
    public int MaxRequestHeadersBytes { get; set; } = 16 * 1024;

    /// <summary>Header fields per request: browsers send about 15; refused with 431 above.</summary>
    public int MaxRequestHeaderCount { get; set; } = 50;

    /// <summary>How long a client may take to send its headers: a slow trickle must not hold a connection for long.</summary>
    public TimeSpan RequestHeadersTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Form fields per request: the checklist editor posts five per requirement, 2,500 for a checklist of 500
    /// requirements (the framework's default of 1,024 would refuse it).
    /// </summary>
    public int MaxFormValues { get; set; } = 5_000;

    /// <summary>One form field's name (<c>item[499].Evidence</c> is 17 characters).</summary>
    public int MaxFormKeyLength { get; set; } = 200;
}
