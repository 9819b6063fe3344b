using KnowledgeBase.History;
using KnowledgeBase.Web.Shared;

namespace KnowledgeBase.Web.History;

/// <summary>
/// The filters of <c>/changes</c> and its feed, read leniently: an unknown kind or a malformed value filters nothing
/// rather than failing, as on the other list pages.
/// </summary>
public sealed class ChangeFilter
{
    public const int PageSize = 50;

    public string? Kind { get; set; }
    public string? Key { get; set; }
    public string? Actor { get; set; }
    public string? Origin { get; set; }
    /// <summary>Show changes older than this id: the next page.</summary>
    public long? Before { get; set; }

    public string? KindValue => QueryValues.One(Kind) is { } k && EntityKinds.All.Contains(k) ? k : null;
    public string? KeyValue => QueryValues.One(Key);
    public string? ActorValue => QueryValues.One(Actor);
    public ChangeOrigin? OriginValue => Enum.TryParse<ChangeOrigin>(QueryValues.One(Origin), ignoreCase: true, out var o) ? o : null;

    public IQueryable<Change> Apply(IQueryable<Change> changes)
    {
        if (KindValue is { } kind) changes = changes.Where(c => c.EntityKind == kind);
        if (KeyValue is { } key) changes = changes.Where(c => c.EntityKey == key);
        if (ActorValue is { } actor) changes = changes.Where(c => c.Actor == actor);
        if (OriginValue is { } origin) changes = changes.Where(c => c.Origin == origin);
        if (Before is { } before) changes = changes.Where(c => c.Id < before);
        return changes.OrderByDescending(c => c.Id);
    }

    /// <summary>The query string of these filters (without paging), for links to the next page and to the feed.</summary>
    public string Query(long? before = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value) { if (value is not null) parts.Add($"{name}={Uri.EscapeDataString(value)}"); }
        Add("kind", KindValue);
        Add("key", KeyValue);
        Add("actor", ActorValue);
        Add("origin", OriginValue?.ToString().ToLowerInvariant());
        Add("before", before?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
