using System.Globalization;
using System.Text;
using System.Xml;
using KnowledgeBase.History;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using KnowledgeBase.Web.Caching;

namespace KnowledgeBase.Web.History;

public sealed record ChangesPage(ChangeFilter Filter, IReadOnlyList<Change> Changes, long? NextBefore);

/// <summary>
/// The catalog's history, public like the rest of it: every recorded change, newest first, with filters; one change
/// with each field before and after; and the same list as an Atom feed for readers who follow the catalog.
/// </summary>
[Reads(CatalogAreas.History)]
public sealed class ChangesController(CatalogDbContext db) : Controller
{
    [HttpGet("/changes")]
    public async Task<IActionResult> Index(ChangeFilter filter, CancellationToken ct)
    {
        var (changes, next) = await PageAsync(filter, ct);
        ViewData["Title"] = filter.KeyValue is { } key ? $"History of {changes.FirstOrDefault()?.EntityName ?? key}" : "Changes";
        ViewData["Crumbs"] = new[] { new Crumb("Changes") };
        return View("~/History/Index.cshtml", new ChangesPage(filter, changes, next));
    }

    [HttpGet("/changes/{id:long}")]
    public async Task<IActionResult> Show(long id, CancellationToken ct)
    {
        var change = await db.Changes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (change is null) return NotFound();
        ViewData["Title"] = $"Change {id}: {change.EntityName}";
        ViewData["Crumbs"] = new[] { new Crumb("Changes", "/changes"), new Crumb($"Change {id}") };
        return View("~/History/Show.cshtml", change);
    }

    [HttpGet("/changes.atom")]
    public async Task<IActionResult> Feed(ChangeFilter filter, CancellationToken ct)
    {
        var (changes, _) = await PageAsync(filter, ct);
        var site = $"{Request.Scheme}://{Request.Host}";
        return Content(AtomFeed.Write(site, filter, changes), "application/atom+xml; charset=utf-8", Encoding.UTF8);
    }

    private async Task<(List<Change> Changes, long? Next)> PageAsync(ChangeFilter filter, CancellationToken ct)
    {
        var changes = await filter.Apply(db.Changes.AsNoTracking()).Take(ChangeFilter.PageSize + 1).ToListAsync(ct);
        var next = changes.Count > ChangeFilter.PageSize ? changes[ChangeFilter.PageSize - 1].Id : (long?)null;
        return (changes.Take(ChangeFilter.PageSize).ToList(), next);
    }
}

/// <summary>RFC 4287 Atom, written with an XmlWriter so that every name and value is escaped.</summary>
public static class AtomFeed
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static string Write(string site, ChangeFilter filter, IReadOnlyList<Change> changes)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false }))
        {
            xml.WriteStartElement("feed", Ns);
            xml.WriteElementString("title", Ns, "KnowledgeBase: catalog changes");
            xml.WriteElementString("id", Ns, site + "/changes.atom" + filter.Query());
            xml.WriteElementString("updated", Ns, Stamp(changes.Count > 0 ? changes[0].At : DateTimeOffset.UnixEpoch));
            Link(xml, site + "/changes.atom" + filter.Query(), "self");
            Link(xml, site + "/changes" + filter.Query(), "alternate");
            foreach (var change in changes)
            {
                xml.WriteStartElement("entry", Ns);
                xml.WriteElementString("title", Ns, XmlText(ChangeText.Headline(change)));
                xml.WriteElementString("id", Ns, $"{site}/changes/{change.Id.ToString(CultureInfo.InvariantCulture)}");
                xml.WriteElementString("updated", Ns, Stamp(change.At));
                xml.WriteStartElement("author", Ns);
                xml.WriteElementString("name", Ns, XmlText(change.Actor));
                xml.WriteEndElement();
                Link(xml, $"{site}/changes/{change.Id.ToString(CultureInfo.InvariantCulture)}", "alternate");
                xml.WriteStartElement("summary", Ns);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(XmlText(ChangeText.FieldsSummary(change)));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        // XmlWriter over a StringBuilder declares UTF-16; the response is UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    /// <summary>
    /// The text with every character XML cannot carry (most control characters) as U+FFFD. Forms and the importer
    /// refuse them (FieldLimits.ControlCharacter), but a catalog stored before they did may still hold one, and one
    /// must not make the XmlWriter throw and the whole feed fail for every reader.
    /// </summary>
    internal static string XmlText(string text)
    {
        if (text.All(XmlConvert.IsXmlChar)) return text;
        var b = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) b.Append(text, i++, 2);
            else b.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
        }
        return b.ToString();
    }

    private static void Link(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link", Ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

/// <summary>How a change reads in a list, a feed and a page.</summary>
public static class ChangeText
{
    public static string Headline(Change c) => c.Action switch
    {
        ChangeAction.Created => $"{c.Actor} added the {c.EntityKind} {c.EntityName}",
        ChangeAction.Deleted => $"{c.Actor} deleted the {c.EntityKind} {c.EntityName}",
        _ => $"{c.Actor} changed the {c.EntityKind} {c.EntityName}",
    };

    public static string FieldsSummary(Change c) =>
        (c.Note is null ? "" : c.Note + ". ") + "Fields: " + string.Join(", ", c.Fields.Select(f => f.Field)) + ".";

    /// <summary>Where an editor goes to bring the entity back to this change's version.</summary>
    public static string? RestorePath(Change c) => (c.EntityKind, c.Action) switch
    {
        (EntityKinds.Tool, ChangeAction.Deleted) => $"/tools/new?restore={c.Id}",
        (EntityKinds.Tool, _) => $"/tools/{c.EntityKey}/edit?restore={c.Id}",
        (EntityKinds.Source, ChangeAction.Deleted) => $"/sources/new?restore={c.Id}",
        (EntityKinds.Source, _) => $"/sources/{c.EntityKey}/edit?restore={c.Id}",
        (EntityKinds.Requirement, ChangeAction.Deleted) => $"/requirements/new?restore={c.Id}",
        (EntityKinds.Requirement, _) => $"/requirements/{c.EntityKey}/edit?restore={c.Id}",
        (EntityKinds.Layer or EntityKinds.Component or EntityKinds.Pipeline, ChangeAction.Deleted) => $"/{c.EntityKind}s/new?restore={c.Id}",
        (EntityKinds.Layer or EntityKinds.Component or EntityKinds.Pipeline, _) => $"/{c.EntityKind}s/{c.EntityKey}/edit?restore={c.Id}",
        _ => null,
    };

    /// <summary>
    /// The version a restore brings back: the state after the change, or for a delete the state just before it
    /// (every field of a deleted entity is in the change, as its before value).
    /// </summary>
    public static EntityRecord? Version(Change c)
    {
        if (c.Snapshot is not null) return c.Snapshot;
        var record = new EntityRecord();
        foreach (var f in c.Fields) record.Add(f.Field, f.Before);
        return c.Action == ChangeAction.Deleted ? record : null;
    }
}
