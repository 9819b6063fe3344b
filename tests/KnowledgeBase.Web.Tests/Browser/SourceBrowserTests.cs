using KnowledgeBase.Accounts;
using KnowledgeBase.Web.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeBase.Web.Tests.Browser;

/// <summary>
/// A researcher adds a paper the way the site invites: signs in, pastes a BibTeX entry from a reference manager,
/// reads the draft, saves it, writes and previews its note, saves again, finds the paper in search and sees the
/// edit in the history. With
/// JavaScript on and off, since every step is a plain form.
/// </summary>
public class SourceBrowserTests : BrowserSession
{
    [TestCase(true)]
    [TestCase(false)]
    public async Task A_researcher_adds_a_paper_from_bibtex_previews_its_note_and_finds_it_in_search(bool javaScript)
    {
        var page = await OpenAsync(1440, 900, javaScript);
        await SignInAsync(page, AccountRoles.Editor);
        var word = "browserpaper" + (javaScript ? "js" : "nojs") + Guid.NewGuid().ToString("N")[..6];

        await page.GotoAsync("/sources");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add from BibTeX or RIS" }).ClickAsync();
        await page.WaitForURLAsync("**/sources/new/references");
        await page.GetByLabel("BibTeX or RIS").FillAsync($$"""
            @inproceedings{{{word}}2025,
              title = {Operating {ML} Platforms: the {{word}} Study},
              author = {Nguyen, Th{\'e}o and Okafor, Ada},
              booktitle = {Proceedings of a Workshop},
              year = {2025},
              doi = {10.5555/{{word}}},
            }
            """);
        await page.GetByRole(AriaRole.Button, new() { Name = "Read the entries" }).ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.That(await page.Locator(".reference-drafts li").First.TextContentAsync(), Does.Contain("Théo Nguyen").And.Contain("Operating ML Platforms"));
        await ScreenshotAsync(page, "source-references-read" + (javaScript ? "" : "-nojs"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Save 1 draft" }).ClickAsync();
        await page.WaitForURLAsync("**/edit");
        Assert.That(await page.Locator("#f-title").InputValueAsync(), Does.Contain("Operating ML Platforms"));
        Assert.That(await page.Locator("#f-draft").IsCheckedAsync(), Is.True, "a pasted entry starts as a draft");

        await page.Locator("#f-note").FillAsync($"# Summary\n\nA study of **{word}** teams running platforms.\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview the note" }).ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.That(await page.Locator(".note-preview strong").TextContentAsync(), Is.EqualTo(word));
        await ScreenshotAsync(page, "source-edit-preview" + (javaScript ? "" : "-nojs"));

        await page.Locator("#f-draft").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the source" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith("/edit", StringComparison.Ordinal));
        Assert.That(await page.Locator("article.source .note strong").TextContentAsync(), Is.EqualTo(word));

        await page.GotoAsync("/search?q=" + word);
        Assert.That(await page.Locator("a[href^='/sources/']", new() { HasText = "Operating ML Platforms" }).CountAsync(), Is.GreaterThan(0));

        await page.GotoAsync("/changes?kind=source");
        var latest = page.Locator("ol.changes li").First;
        Assert.That(await latest.TextContentAsync(), Does.Contain("changed the source Operating ML Platforms").And.Contain("note"),
            "the history shows the last save, with the fields it changed");
    }
}
