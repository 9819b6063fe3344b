using KnowledgeBase.Web.Tests.Support;
using System.Net;
using KnowledgeBase.Interchange;
using KnowledgeBase.Stacks;
using KnowledgeBase.Web.Tests.Stacks;

namespace KnowledgeBase.Web.Tests.Faults;

/// <summary>A checklist item as the database must hold it.</summary>
internal sealed record ExpectedItem(ChecklistStatus Status, string? Owner, string? Note);

/// <summary>A stack one load client created, as the database must hold it.</summary>
internal sealed class ExpectedStack
{
    public required string Name { get; set; }
    public required HashSet<string> Picks { get; set; }
    public Dictionary<string, ExpectedItem> Checklist { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// One client of the load test: its own connection and cookies (so its own anti-forgery token), a seeded mix of
/// page reads, searches and stack edits posted as a browser would, and a record of every edit the server
/// acknowledged. Clients edit disjoint things (their own stacks, their own share of a shared checklist), so each
/// acknowledged edit has exactly one expected outcome.
/// </summary>
internal sealed class LoadClient(int number, int clients, Uri site, LoadCatalog catalog) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
    {
        BaseAddress = site,
        // Generous: the machine may be busy; slowness is not what this test is about.
        Timeout = TimeSpan.FromMinutes(2),
    };
    private readonly Random _random = new(number);
    private int _created;

    public List<string> Failures { get; } = [];

    public int Requests { get; private set; }

    public int AcknowledgedEdits { get; private set; }

    /// <summary>The stacks this client made, by their current slug.</summary>
    public Dictionary<string, ExpectedStack> Stacks { get; } = new(StringComparer.Ordinal);

    /// <summary>Slugs this client deleted or renamed away: the database must not have them.</summary>
    public HashSet<string> Gone { get; } = new(StringComparer.Ordinal);

    /// <summary>The items of the shared stack's checklist this client alone edits, as last acknowledged.</summary>
    public Dictionary<string, ExpectedItem> SharedItems { get; } = new(StringComparer.Ordinal);

    private IEnumerable<string> MySharedCodes => catalog.SharedChecklist.Where((_, i) => i % clients == number);

    /// <summary>Edits need an editor's session; every client signs in with its own cookie.</summary>
    public Task SignInAsync(string name) => TestAccounts.SignInAsync(_http, name);

    public async Task RunAsync(DateTime until)
    {
        while (DateTime.UtcNow < until)
        {
            try
            {
                var roll = _random.Next(100);
                if (roll < 55) await GetAsync(Pick(Pick(catalog.PageKinds)));
                else if (roll < 75) await SearchAsync();
                else await EditAsync();
            }
            catch (Exception e)
            {
                Failures.Add($"client {number}: {e.GetType().Name}: {e.Message}");
            }
        }
    }

    private async Task SearchAsync()
    {
        var q = Uri.EscapeDataString(Pick(LoadCatalog.Queries));
        await GetAsync(_random.Next(2) == 0 ? "/search?q=" + q : "/api/search?q=" + q);
    }

    private async Task EditAsync()
    {
        var roll = _random.Next(100);
        if (Stacks.Count == 0 || roll < 20) await CreateStackAsync();
        else if (roll < 40) await EditStackAsync(Pick(Stacks.Keys.ToList()));
        else if (roll < 55) await CreateChecklistAsync(Pick(Stacks.Keys.ToList()));
        else if (roll < 75) await SaveSharedItemAsync();
        else if (roll < 92) await SaveOwnItemAsync();
        else await DeleteStackAsync(Pick(Stacks.Keys.ToList()));
    }

    private async Task CreateStackAsync()
    {
        var slug = $"load-{number}-{++_created}";
        var name = $"Load stack {number}.{_created}";
        var picks = SomePicks();
        if (await SaveStackAsync("/stacks/new", slug, name, picks))
            Stacks[slug] = new ExpectedStack { Name = name, Picks = picks };
    }

    /// <summary>New name and tools; one edit in four also renames the slug, which moves the checklist along.</summary>
    private async Task EditStackAsync(string slug)
    {
        var newSlug = _random.Next(4) == 0 ? $"load-{number}-{++_created}" : slug;
        var name = $"Load stack {number}.{_created} edited {_random.Next(1000)}";
        var picks = SomePicks();
        if (!await SaveStackAsync($"/stacks/{slug}/edit", newSlug, name, picks)) return;
        var stack = Stacks[slug];
        stack.Name = name;
        stack.Picks = picks;
        if (newSlug == slug) return;
        Stacks.Remove(slug);
        Gone.Add(slug);
        Stacks[newSlug] = stack;
    }

    private async Task<bool> SaveStackAsync(string formUrl, string slug, string name, HashSet<string> picks)
    {
        var token = await TokenAsync(formUrl, formUrl);
        if (token is null) return false;
        var fields = new List<(string, string)> { ("Name", name), ("Slug", slug), ("Author", $"Client {number}"), ("Date", "2025-02-01"), ("Command", "save") };
        fields.AddRange(picks.Select(p => ("Pick", p)));
        return await PostAsync(formUrl, token, $"/stacks/{slug}", [.. fields]);
    }

    /// <summary>A checklist of every requirement not yet on it, all "todo".</summary>
    private async Task CreateChecklistAsync(string slug)
    {
        var token = await TokenAsync($"/stacks/{slug}/checklist", $"/stacks/{slug}/checklist/create");
        if (token is null || !await PostAsync($"/stacks/{slug}/checklist/create", token, $"/stacks/{slug}/checklist?notice=created")) return;
        foreach (var code in catalog.RequirementCodes)
            Stacks[slug].Checklist.TryAdd(code, new ExpectedItem(ChecklistStatus.Todo, null, null));
    }

    private async Task SaveSharedItemAsync()
    {
        var code = Pick(MySharedCodes.ToList());
        if (await SaveItemAsync(catalog.SharedStack, code) is { } item) SharedItems[code] = item;
    }

    private async Task SaveOwnItemAsync()
    {
        var withChecklist = Stacks.Where(s => s.Value.Checklist.Count > 0).Select(s => s.Key).ToList();
        if (withChecklist.Count == 0)
        {
            await SaveSharedItemAsync();
            return;
        }
        var slug = Pick(withChecklist);
        var code = Pick(Stacks[slug].Checklist.Keys.ToList());
        if (await SaveItemAsync(slug, code) is { } item) Stacks[slug].Checklist[code] = item;
    }

    private async Task<ExpectedItem?> SaveItemAsync(string slug, string code)
    {
        var item = new ExpectedItem(Pick(Enum.GetValues<ChecklistStatus>()), $"owner {number}-{_random.Next(1000)}", $"note {_random.Next(100_000)}");
        var token = await TokenAsync($"/stacks/{slug}/checklist", $"/stacks/{slug}/checklist");
        if (token is null) return null;
        var saved = await PostAsync($"/stacks/{slug}/checklist", token, $"/stacks/{slug}/checklist?notice=saved",
            ("item[0].Code", code), ("item[0].Status", EnumText.Format(item.Status)), ("item[0].Owner", item.Owner!), ("item[0].Note", item.Note!), ("item[0].Evidence", ""));
        return saved ? item : null;
    }

    private async Task DeleteStackAsync(string slug)
    {
        var token = await TokenAsync($"/stacks/{slug}/delete", $"/stacks/{slug}/delete");
        if (token is null || !await PostAsync($"/stacks/{slug}/delete", token, $"/stacks?deleted={slug}")) return;
        Stacks.Remove(slug);
        Gone.Add(slug);
    }

    private HashSet<string> SomePicks() => Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Pick(catalog.Picks)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Reads a page; anything but 200 is a failure. Returns the body, or null after a failure.</summary>
    private async Task<string?> GetAsync(string url)
    {
        Requests++;
        using var response = await _http.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.OK) return body;
        Fail("GET", url, response, body);
        return null;
    }

    /// <summary>The anti-forgery token of the form posting to <paramref name="action"/> on the page, as a browser would have it.</summary>
    private async Task<string?> TokenAsync(string pageUrl, string action)
    {
        if (await GetAsync(pageUrl) is not { } body) return null;
        var form = StackForms.Parse(body).Forms.FirstOrDefault(f => f.GetAttribute("action") == action && f.QuerySelector("input[name=__RequestVerificationToken]") is not null);
        if (form is not null) return form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        Failures.Add($"client {number}: no form posting to {action} on {pageUrl}");
        return null;
    }

    /// <summary>Posts a form; the server acknowledges by redirecting to <paramref name="location"/>, anything else is a failure.</summary>
    private async Task<bool> PostAsync(string url, string token, string location, params (string Key, string Value)[] fields)
    {
        Requests++;
        using var response = await StackForms.PostAsync(_http, url, token, fields);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.Found && response.Headers.Location?.OriginalString == location)
        {
            AcknowledgedEdits++;
            return true;
        }
        Fail("POST", url, response, body);
        return false;
    }

    private void Fail(string method, string url, HttpResponseMessage response, string body) =>
        Failures.Add($"client {number}: {method} {url}: {(int)response.StatusCode} {response.Headers.Location} {body[..Math.Min(body.Length, 300)]}");

    private T Pick<T>(IReadOnlyList<T> values) => values[_random.Next(values.Count)];

    public void Dispose() => _http.Dispose();
}
