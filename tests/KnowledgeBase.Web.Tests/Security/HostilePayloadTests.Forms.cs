using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeBase.Accounts;
using KnowledgeBase.Storage;
using KnowledgeBase.Web.Tests.Stacks;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Security;

/// <summary>Each form of the table posted as a browser would, with one field hostile and the others valid.</summary>
public partial class HostilePayloadTests
{
    private static string Word() => "hx" + Guid.NewGuid().ToString("N")[..10];

    private async Task<T> ReadAsync<T>(Func<CatalogDbContext, Task<T>> read)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<CatalogDbContext>());
    }

    private static async Task<Attempt> PostAsync(HttpClient client, string tokenPage, string url, Dictionary<string, string> fields, Func<Task<string?>> stored, Action before)
    {
        var token = await StackForms.TokenAsync(client, tokenPage);
        before();
        var response = await StackForms.PostAsync(client, url, token, [.. fields.Select(f => (f.Key, f.Value))]);
        return new Attempt(response, await response.Content.ReadAsStringAsync(), stored);
    }

    private Task<Attempt> SubmitAsync(HostileField field, string value, Action before) => field.Form switch
    {
        "source" => SourceAsync(field.Field, value, before),
        "tool" => ToolAsync(field.Field, value, before),
        "requirement" => RequirementAsync(field.Field, value, before),
        "layer" => LayerAsync(field.Field, value, before),
        "component" => ComponentAsync(field.Field, value, before),
        "pipeline" => PipelineAsync(field.Field, value, before),
        "stack" => StackAsync(field.Field, value, before),
        "checklist" => ChecklistAsync(field.Field, value, before),
        "checklist-upload" => ChecklistUploadAsync(field.Field, value, before),
        "submission" => SubmissionAsync(field.Field, value, before),
        "reject" => RejectAsync(value, before),
        "wanted" => WantedAsync(field.Field, value, before),
        "references" => ReferencesAsync(field.Field, value, before),
        "sign-in" => SignInAsync(field.Field, value, before),
        _ => throw new ArgumentException(field.Form),
    };

    private static void History(Attempt attempt, string kind, string key)
    {
        attempt.Pages.Add($"/changes?kind={kind}&key={Uri.EscapeDataString(key)}");
        attempt.Pages.Add("/changes");
        attempt.Feeds.Add($"/changes.atom?kind={kind}&key={Uri.EscapeDataString(key)}");
        attempt.Feeds.Add("/changes.atom");
    }

    /// <summary>The page of the newest recorded change of the entity, if any.</summary>
    private async Task<string?> ChangePageAsync(string kind, string key) =>
        await ReadAsync(async db => (await db.Changes.AsNoTracking().Where(c => c.EntityKind == kind && c.EntityKey == key).OrderByDescending(c => c.Id).Select(c => (long?)c.Id).FirstOrDefaultAsync()) is { } id ? $"/changes/{id}" : null);

    private async Task<Attempt> SourceAsync(string field, string value, Action before)
    {
        var slug = "hx-source-" + Guid.NewGuid().ToString("N")[..8];
        var word = Word();
        var fields = new Dictionary<string, string>
        {
            ["Slug"] = slug, ["Title"] = "Hostile " + word, ["FullTitle"] = "", ["Authors"] = "Ann Author", ["Year"] = "2024", ["DateAdded"] = "2026-12-04",
            ["Kind"] = "paper", ["Identifiers"] = "doi: 10.5555/" + slug, ["Tags"] = "hostile-table, " + word, ["Note"] = $"About {word}.\n", ["Command"] = "save",
        };
        fields[field] = value;
        var attempt = await PostAsync(Client, "/sources/new", "/sources/new", fields, () => ReadAsync(async db =>
        {
            var s = await db.Sources.AsNoTracking().SingleOrDefaultAsync(x => x.Slug == slug);
            return s is null ? null : field switch
            {
                "Title" => s.Title, "FullTitle" => s.FullTitle ?? "", "Authors" => string.Join("\n", s.Authors), "Kind" => s.Kind ?? "",
                "Tags" => string.Join("\n", s.Tags), "Identifiers" => string.Join("\n", s.Identifiers.Select(i => i.Value)), _ => s.Note,
            };
        }), before);
        attempt.Pages.AddRange([$"/sources/{slug}", $"/sources/{slug}/edit", "/sources?tag=hostile-table&sort=added", "/search?q=" + word, "/stats"]);
        attempt.Listed.Add(("/search?q=" + word, $"/sources/{slug}"));
        History(attempt, "source", slug);
        if (await ChangePageAsync("source", slug) is { } change) attempt.Pages.Add(change);
        return attempt;
    }

    private async Task<Attempt> ToolAsync(string field, string value, Action before)
    {
        var slug = "hx-tool-" + Guid.NewGuid().ToString("N")[..8];
        var word = Word();
        var fields = new Dictionary<string, string>
        {
            ["Slug"] = slug, ["Name"] = "Hostile " + word, ["Homepage"] = "https://example.org/" + slug, ["Repository"] = "https://example.org/code/" + slug,
            ["License"] = "Apache-2.0", ["Kind"] = "open-source", ["Vendor"] = "Example", ["Summary"] = "Registers models for " + word, ["Tags"] = "hostile-table, " + word,
            ["Coverage[0].Component"] = "model-registry", ["Coverage[0].Level"] = "full", ["Coverage[0].Evidence"] = "https://example.org/docs/" + slug,
            ["Command"] = "save",
        };
        fields[field] = value;
        var attempt = await PostAsync(Client, "/stacks/new", "/tools/new", fields, () => ReadAsync(async db =>
        {
            var t = await db.Tools.AsNoTracking().Include(x => x.Coverage).SingleOrDefaultAsync(x => x.Slug == slug);
            return t is null ? null : field switch
            {
                "Name" => t.Name, "Vendor" => t.Vendor ?? "", "Summary" => t.Summary, "License" => t.License ?? "", "Tags" => string.Join("\n", t.Tags),
                "Homepage" => t.Homepage ?? "", "Repository" => t.Repository ?? "", _ => t.Coverage.Single().Evidence ?? "",
            };
        }), before);
        attempt.Pages.AddRange([$"/tools/{slug}", $"/tools/{slug}/edit", "/tools?tag=hostile-table", $"/tools/compare?t={slug}&t=mlflow", "/matrix",
            "/components/model-registry", "/search?q=" + word, "/stacks/new", "/stats", "/"]);
        attempt.Spreadsheets.Add("/matrix.csv");
        attempt.Listed.Add(("/search?q=" + word, $"/tools/{slug}"));
        History(attempt, "tool", slug);
        if (await ChangePageAsync("tool", slug) is { } change) attempt.Pages.Add(change);
        return attempt;
    }

    private async Task<Attempt> RequirementAsync(string field, string value, Action before)
    {
        var code = new string([.. Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Select(char.ToUpperInvariant).Concat("QQQQQ").Take(5)]) + "-" + Random.Shared.Next(10, 999);
        var word = Word();
        var fields = new Dictionary<string, string>
        {
            ["Code"] = code, ["Layer"] = "model-management", ["Title"] = "Hostile " + word, ["Statement"] = "The platform shall resist " + word + ".",
            ["Kind"] = "functional", ["Priority"] = "must", ["Tags"] = "hostile-table, " + word,
            ["Traces[0].Source"] = "amershi-2019-software-engineering-for-ml", ["Traces[0].Note"] = "Section 4", ["Components"] = "model-registry", ["Command"] = "save",
        };
        fields[field] = value;
        var attempt = await PostAsync(Client, "/stacks/new", "/requirements/new", fields, () => ReadAsync(async db =>
        {
            var r = await db.Requirements.AsNoTracking().Include(x => x.Sources).SingleOrDefaultAsync(x => x.Code == code);
            return r is null ? null : field switch
            {
                "Title" => r.Title, "Statement" => r.Statement, "Tags" => string.Join("\n", r.Tags), _ => r.Sources.Single().Note ?? "",
            };
        }), before);
        attempt.Pages.AddRange([$"/requirements/{code}", $"/requirements/{code}/edit", "/requirements?tag=hostile-table", "/sources/amershi-2019-software-engineering-for-ml",
            "/layers/model-management", "/components/model-registry", "/search?q=" + word]);
        attempt.Listed.Add(("/search?q=" + word, $"/requirements/{code}"));
        History(attempt, "requirement", code);
        if (await ChangePageAsync("requirement", code) is { } change) attempt.Pages.Add(change);
        return attempt;
    }

    private async Task<Attempt> LayerAsync(string field, string value, Action before)
    {
        var slug = "hx-layer-" + Guid.NewGuid().ToString("N")[..8];
        var word = Word();
        var fields = new Dictionary<string, string>
        {
            ["Slug"] = slug, ["Order"] = "40", ["Name"] = "Hostile " + word, ["Summary"] = "A band for " + word, ["Command"] = "save",
        };
        fields[field] = value;
        var attempt = await PostAsync(Client, "/stacks/new", "/layers/new", fields, () => ReadAsync(async db =>
        {
            var l = await db.Layers.AsNoTracking().SingleOrDefaultAsync(x => x.Slug == slug);
            return l is null ? null : field == "Name" ? l.Name : l.Summary;
        }), before);
        attempt.Pages.AddRange([$"/layers/{slug}", $"/layers/{slug}/edit", "/layers", "/", "/components/new", "/search?q=" + word]);
        attempt.Listed.Add(("/layers", $"/layers/{slug}"));
        History(attempt, "layer", slug);
        if (await ChangePageAsync("layer", slug) is { } change) attempt.Pages.Add(change);
        return attempt;
    }

    private async Task<Attempt> ComponentAsync(string field, string value, Action before)
    {
        var slug = "hx-component-" + Guid.NewGuid().ToString("N")[..8];
        var word = Word();
        var fields = new Dictionary<string, string>
        {
            ["Slug"] = slug, ["Layer"] = "model-management", ["Order"] = "30", ["Name"] = "Hostile " + word, ["Summary"] = "A box for " + word, ["Command"] = "save",
        };
        fields[field] = value;
        var attempt = await PostAsync(Client, "/stacks/new", "/components/new", fields, () => ReadAsync(async db =>
        {
            var c = await db.Components.AsNoTracking().SingleOrDefaultAsync(x => x.Slug == slug);
            return c is null ? null : field == "Name" ? c.Name : c.Summary;
        }), before);
        attempt.Pages.AddRange([$"/components/{slug}", $"/components/{slug}/edit", "/layers/model-management", "/layers", "/", "/matrix", "/stacks/new", "/search?q=" + word]);
        attempt.Spreadsheets.Add("/matrix.csv");
        attempt.Listed.Add(("/layers/model-management", $"/components/{slug}"));
        History(attempt, "component", slug);
        if (await ChangePageAsync("component", slug) is { } change) attempt.Pages.Add(change);
        return attempt;
    }

    private async Task<Attempt> PipelineAsync(string field, string value, Action before)
    {
        var slug = "hx-pipeline-" + Guid.NewGuid().ToString("N")[..8];
        var word = Word();
        var fields = new Dictionary<string, string>
        {
            ["Slug"] = slug, ["Order"] = "50", ["Name"] = "Hostile " + word, ["Color"] = "#AA3377", ["Summary"] = "A line for " + word,
            ["Stages[0].Order"] = "1", ["Stages[0].Name"] = "Pick " + word, ["Stages[0].Components"] = "model-registry",
            ["Stages[1].Order"] = "2", ["Stages[1].Name"] = "Ship", ["Stages[1].Components"] = "containerization", ["Command"] = "save",
        };
        fields[field] = value;
        var attempt = await PostAsync(Client, "/stacks/new", "/pipelines/new", fields, () => ReadAsync(async db =>
        {
            var p = await db.Pipelines.AsNoTracking().Include(x => x.Stages).SingleOrDefaultAsync(x => x.Slug == slug);
            return p is null ? null : field switch { "Name" => p.Name, "Summary" => p.Summary, _ => p.Stages.OrderBy(s => s.Order).First().Name };
        }), before);
        attempt.Pages.AddRange([$"/pipelines/{slug}", $"/pipelines/{slug}/edit", "/pipelines", "/components/model-registry", "/search?q=" + word]);
        attempt.Listed.Add(("/pipelines", $"/pipelines/{slug}"));
        History(attempt, "pipeline", slug);
        if (await ChangePageAsync("pipeline", slug) is { } change) attempt.Pages.Add(change);
        return attempt;
    }

    private static Dictionary<string, string> StackFields(string slug, string word) => new()
    {
        ["Name"] = "Hostile " + word, ["Slug"] = slug, ["Author"] = "Tester", ["Contact"] = "tester@example.org", ["Summary"] = "A stack about " + word,
        ["Date"] = "2025-01-31", ["Pick"] = "mlflow:model-registry", ["Command"] = "save",
    };

    private async Task<Attempt> StackAsync(string field, string value, Action before)
    {
        var slug = "hx-stack-" + Guid.NewGuid().ToString("N")[..8];
        var word = Word();
        var fields = StackFields(slug, word);
        fields[field] = value;
        var attempt = await PostAsync(Client, "/stacks/new", "/stacks/new", fields, () => ReadAsync(async db =>
        {
            var s = await db.Stacks.AsNoTracking().SingleOrDefaultAsync(x => x.Slug == slug);
            return s is null ? null : field switch { "Name" => s.Name, "Author" => s.Author ?? "", "Contact" => s.Contact ?? "", _ => s.Summary };
        }), before);
        attempt.Pages.AddRange([$"/stacks/{slug}", $"/stacks/{slug}/edit", "/stacks", $"/stacks/compare?s={slug}&s=kubeflow-on-kubernetes", "/search?q=" + word]);
        attempt.Spreadsheets.Add($"/stacks/{slug}/checklist.csv");
        attempt.Markdown.Add($"/stacks/{slug}/checklist.md");
        attempt.Listed.Add(("/stacks", $"/stacks/{slug}"));
        History(attempt, "stack", slug);
        if (await ChangePageAsync("stack", slug) is { } change) attempt.Pages.Add(change);
        return attempt;
    }

    /// <summary>A stack of its own, with a checklist item for every requirement.</summary>
    private async Task<string> StackWithChecklistAsync()
    {
        var slug = "hx-stack-" + Guid.NewGuid().ToString("N")[..8];
        var token = await StackForms.TokenAsync(Client, "/stacks/new");
        using (var saved = await StackForms.PostAsync(Client, "/stacks/new", token, [.. StackFields(slug, Word()).Select(f => (f.Key, f.Value))]))
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Found), await saved.Content.ReadAsStringAsync());
        using var created = await StackForms.PostAsync(Client, $"/stacks/{slug}/checklist/create", token);
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        return slug;
    }

    private Func<Task<string?>> ChecklistItem(string slug, string field) => () => ReadAsync(async db =>
    {
        var item = await db.ChecklistItems.AsNoTracking().SingleAsync(c => c.StackSlug == slug && c.RequirementCode == "MOD-01");
        return (field.ToLowerInvariant() switch { "owner" => item.Owner, "note" => item.Note, _ => item.Evidence }) is { } text ? text : null;
    });

    private static void ChecklistPages(Attempt attempt, string slug)
    {
        attempt.Pages.AddRange([$"/stacks/{slug}", $"/stacks/{slug}/checklist"]);
        attempt.Spreadsheets.Add($"/stacks/{slug}/checklist.csv");
        attempt.Markdown.Add($"/stacks/{slug}/checklist.md");
    }

    private async Task<Attempt> ChecklistAsync(string field, string value, Action before)
    {
        var slug = await StackWithChecklistAsync();
        var fields = new Dictionary<string, string>
        {
            ["item[0].Code"] = "MOD-01", ["item[0].Status"] = "done", ["item[0].Owner"] = "Ana", ["item[0].Note"] = "Checked", ["item[0].Evidence"] = "https://example.org/x",
        };
        fields["item[0]." + field] = value;
        var attempt = await PostAsync(Client, $"/stacks/{slug}/checklist", $"/stacks/{slug}/checklist", fields, ChecklistItem(slug, field), before);
        ChecklistPages(attempt, slug);
        return attempt;
    }

    private async Task<Attempt> ChecklistUploadAsync(string column, string value, Action before)
    {
        var slug = await StackWithChecklistAsync();
        var exported = await OkTextAsync(Client, $"/stacks/{slug}/checklist.csv");
        var csv = new StringWriter();
        using (var reader = new CsvHelper.CsvReader(new StringReader(exported), System.Globalization.CultureInfo.InvariantCulture))
        using (var writer = new CsvHelper.CsvWriter(csv, new CsvHelper.Configuration.CsvConfiguration(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" }))
        {
            // A spreadsheet saves what the cell shows: the value as typed, with no escaping of its own.
            reader.Read();
            reader.ReadHeader();
            var header = reader.HeaderRecord!;
            foreach (var h in header) writer.WriteField(h);
            writer.NextRecord();
            while (reader.Read())
            {
                var cells = reader.Parser.Record!.Select(KnowledgeBase.Interchange.SpreadsheetCsv.Unescape).ToArray();
                if (cells[0] == "MOD-01")
                {
                    cells[Array.IndexOf(header, "status")] = "done";
                    cells[Array.IndexOf(header, column)] = value;
                }
                foreach (var cell in cells) writer.WriteField(cell);
                writer.NextRecord();
            }
        }
        var token = await StackForms.TokenAsync(Client, $"/stacks/{slug}/checklist", $"/stacks/{slug}/checklist/import");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ToString()));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "checklist.csv");
        before();
        var response = await Client.PostAsync(new Uri($"/stacks/{slug}/checklist/import", UriKind.Relative), form);
        var attempt = new Attempt(response, await response.Content.ReadAsStringAsync(), ChecklistItem(slug, column));
        ChecklistPages(attempt, slug);
        return attempt;
    }

    private async Task<Attempt> SubmissionAsync(string field, string value, Action before)
    {
        var slug = "hx-proposed-" + Guid.NewGuid().ToString("N")[..8];
        var fields = StackFields(slug, Word());
        fields[field] = value;
        var me = await ActorAsync(_contributor);
        var attempt = await PostAsync(_contributor, "/stacks/new", "/stacks/new", fields, () => ReadAsync(async db =>
        {
            var mine = await db.Submissions.AsNoTracking().Where(s => s.Author == me).ToListAsync();
            return mine.Where(s => s.Fields["slug"] == slug).Select(s => s.Fields[field.ToLowerInvariant()]).FirstOrDefault();
        }), before);
        if (attempt.Response.Headers.Location?.ToString() is { } page && page.StartsWith("/submissions/", StringComparison.Ordinal))
        {
            attempt.PagesAs.Add((_contributor, page));
            attempt.PagesAs.Add((_contributor, "/submissions"));
            attempt.Pages.AddRange([page, "/submissions"]);
        }
        return attempt;
    }

    private async Task<Attempt> RejectAsync(string reason, Action before)
    {
        var token = await StackForms.TokenAsync(_contributor, "/stacks/new");
        using var submitted = await StackForms.PostAsync(_contributor, "/stacks/new", token,
            [.. StackFields("hx-proposed-" + Guid.NewGuid().ToString("N")[..8], Word()).Select(f => (f.Key, f.Value))]);
        var page = submitted.Headers.Location!.ToString();
        var id = long.Parse(page["/submissions/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var attempt = await PostAsync(Client, page, $"{page}/reject", new() { ["reason"] = reason },
            () => ReadAsync(async db => (await db.Submissions.AsNoTracking().SingleAsync(s => s.Id == id)).Reason), before);
        attempt.PagesAs.Add((_contributor, page));
        attempt.PagesAs.Add((_contributor, "/submissions"));
        attempt.Pages.Add("/submissions");
        return attempt;
    }

    private async Task<Attempt> WantedAsync(string field, string value, Action before)
    {
        var word = Word();
        var fields = new Dictionary<string, string> { ["title"] = "Wanted " + word, ["details"] = "Details " + word };
        fields[field] = value;
        var attempt = await PostAsync(_contributor, "/stacks/wanted", "/stacks/wanted", fields, () => ReadAsync(async db =>
        {
            var request = await db.StackRequests.AsNoTracking().Where(r => r.Title.Contains(word) || r.Details.Contains(word)).SingleOrDefaultAsync();
            return request is null ? null : field == "title" ? request.Title : request.Details;
        }), before);
        attempt.Pages.AddRange(["/stacks/wanted", "/stacks/new"]);
        attempt.PagesAs.Add((_contributor, "/stacks/wanted"));
        return attempt;
    }

    private async Task<Attempt> ReferencesAsync(string field, string value, Action before)
    {
        var word = Word();
        // The word keeps the title apart from the same payload typed into the source form (a duplicate title is not saved).
        var title = field == "title" ? value + " " + word : "Hostile " + word;
        var url = field == "url" ? value : "https://example.org/" + word;
        var text = $"@article{{{word},\n  title = {{{title}}},\n  author = {{Author, Ann}},\n  year = {{2025}},\n  url = {{{url}}},\n  doi = {{10.5555/{word}}},\n}}\n";
        Func<Task<string?>> stored = () => ReadAsync(async db =>
        {
            var sources = await db.Sources.AsNoTracking().Where(s => s.Slug.Contains(word) || s.Note.Contains(word)).ToListAsync();
            var all = await db.Sources.AsNoTracking().ToListAsync();
            var s = all.FirstOrDefault(x => x.Identifiers.Any(i => i.Value.Contains(word, StringComparison.Ordinal))) ?? sources.FirstOrDefault();
            return s is null ? null : field == "title" ? (s.Title.EndsWith(" " + word, StringComparison.Ordinal) ? s.Title[..^(word.Length + 1)] : s.Title) : string.Join("\n", s.Identifiers.Where(i => i.Scheme == "url").Select(i => i.Value).DefaultIfEmpty(""));
        });
        // Read first (the page shows the drafts), then save.
        var read = await PostAsync(Client, "/sources/new/references", "/sources/new/references", new() { ["text"] = text, ["command"] = "read" }, stored, () => { });
        HostilePayloads.AssertInert(read.Body, "the drafts read from the paste");
        var attempt = await PostAsync(Client, "/sources/new/references", "/sources/new/references", new() { ["text"] = text, ["command"] = "save" }, stored, before);
        if (attempt.Response.Headers.Location?.ToString() is { } edit && edit.EndsWith("/edit", StringComparison.Ordinal))
        {
            var slug = edit["/sources/".Length..^"/edit".Length];
            attempt.Pages.AddRange([edit, $"/sources/{slug}", "/search?q=" + word]);
            History(attempt, "source", slug);
        }
        return attempt;
    }

    private async Task<Attempt> SignInAsync(string field, string value, Action before)
    {
        using var anonymous = TestAccounts.AnonymousClient(Site);
        var page = await StackForms.GetAsync(anonymous, "/account/sign-in?returnUrl=" + Uri.EscapeDataString(value));
        HostilePayloads.AssertInert(page.DocumentElement.OuterHtml, "the sign-in page asked to return to the payload");
        var name = TestAccounts.NewName(AccountRoles.Contributor);
        if (field == "ReturnUrl") await TestAccounts.AddAsync(Site.Services, name, AccountRoles.Contributor);
        var fields = new Dictionary<string, string> { ["Name"] = field == "Name" ? value : name, ["Password"] = TestAccounts.Password, ["ReturnUrl"] = field == "ReturnUrl" ? value : "/" };
        var attempt = await PostAsync(anonymous, "/account/sign-in", "/account/sign-in", fields, () => Task.FromResult<string?>(null), before);
        if (field == "Name") return attempt; // an unknown name: refused, and nothing written (not even a failed attempt)
        Assert.That(attempt.Response.StatusCode, Is.EqualTo(HttpStatusCode.Found), "the account signs in");
        Assert.That(attempt.Response.Headers.Location!.OriginalString, Does.Match("^/(?![/\\\\])"), "after signing in, only a path on this site");
        return new Attempt(attempt.Response, attempt.Body, attempt.Stored) { Stores = false };
    }

    private static async Task<string> ActorAsync(HttpClient client)
    {
        var page = await StackForms.GetAsync(client, "/account/sign-in");
        return ActorName().Match(page.Body!.TextContent) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("not signed in");
    }

    [GeneratedRegex(@"Signed in as (test-[a-z]+-[0-9]+)")]
    private static partial Regex ActorName();
}
