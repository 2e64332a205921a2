namespace Responsibility.Reports.Tests;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Reports.Document;
using Responsibility.Reports.Layouts;
using Responsibility.Reports.Rendering;

/// <summary>
/// 述责述廉报告 in the GB/T 9704 frame: title, who reports, the four parts numbered 一 to 四, each paragraph a line of the
/// part's text; 廉洁自律 only as the leader wrote it, a line to fill in while empty.
/// </summary>
public class AccountabilityLayoutTests
{
    private static readonly Rollup None = new(0, 0, 0, 0, new StatusCounts(0, 0, 0, 0, 0, 0), []);

    private static readonly AccountabilityReport Draft = new(
        "zichuan", "zhao", "赵刚", "副大队长", 2026, new DateOnly(2026, 12, 10), AccountabilityState.Draft,
        new AccountabilityFigures(None, None, 0, DutyCompletion.None, DutyCompletion.None, 0, 0, 0, 0, 0, 0, 0, null),
        new AccountabilityVersion(
            1, AccountabilityStepKind.Drafted,
            new AccountabilitySections("本人任副大队长，分管宣传中队。\n形成履责纪实3条。", "履责不够及时。", "持续落实“一岗双责”。", ""),
            "zhao", new DateTimeOffset(2026, 12, 10, 2, 0, 0, TimeSpan.Zero)),
        1, []);

    [Fact]
    public void DraftHasTheFourPartsAndLeavesIntegrityToTheLeader()
    {
        var document = AccountabilityReportLayout.Build(Draft, "淄川大队", new DateOnly(2026, 12, 10));
        var lines = ReportText.Lines(document);

        Assert.Equal(["2026年度述责述廉报告"], document.TitleLines);
        Assert.Equal(
            [new Heading(1, "履行主体责任和“一岗双责”情况"), new Heading(1, "存在的问题"), new Heading(1, "下一步打算"), new Heading(1, "廉洁自律情况")],
            document.Body.OfType<Heading>());
        Assert.Equal("述职人：淄川大队副大队长　赵刚", lines[0]);
        Assert.Equal(["本人任副大队长，分管宣传中队。", "形成履责纪实3条。"], lines.Skip(2).Take(2));
        Assert.Equal(["廉洁自律情况", AccountabilityReportLayout.IntegrityPlaceholder], lines.TakeLast(2));
        Assert.Equal(("赵刚", new DateOnly(2026, 12, 10)), (document.Issuer, document.Date));
        Assert.Equal("赵刚2026年度述责述廉报告（第1版）", AccountabilityReportLayout.FileName(Draft));
    }

    [Fact]
    public void TheLeadersTextRendersInEveryFormatAndTheDocxIsValid()
    {
        var written = Draft with
        {
            Shown = Draft.Shown with { Sections = Draft.Shown.Sections with { Integrity = "严格遵守廉洁自律准则。\n按规定报告个人有关事项。" } },
        };
        var document = AccountabilityReportLayout.Build(written, "淄川大队", new DateOnly(2026, 12, 20));

        using var docx = new DocxReadBack(DocxRenderer.Render(document));
        var texts = docx.Paragraphs.Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        var markdown = MarkdownRenderer.Render(document);

        Assert.Equal("2026年度述责述廉报告", texts[0]);
        Assert.True(texts.IndexOf("四、廉洁自律情况") < texts.IndexOf("严格遵守廉洁自律准则。"));
        Assert.Contains("一、履行主体责任和“一岗双责”情况", texts);
        Assert.DoesNotContain(AccountabilityReportLayout.IntegrityPlaceholder, texts);
        Assert.Contains("按规定报告个人有关事项。", markdown, StringComparison.Ordinal);
        Assert.Contains("按规定报告个人有关事项。", HtmlRenderer.Render(document), StringComparison.Ordinal);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void HostileTextRendersLiterallyAndValidly()
    {
        var hostile = Draft with
        {
            LeaderName = "<script>alert(1)</script>",
            Shown = Draft.Shown with { Sections = new AccountabilitySections("## 伪造\u202E", "<img src=x onerror=alert(1)>", new string('长', 20_000), "\u0001") },
        };
        var document = AccountabilityReportLayout.Build(hostile, "淄川大队", new DateOnly(2026, 12, 20));

        using var docx = new DocxReadBack(DocxRenderer.Render(document));
        var html = HtmlRenderer.Render(document);
        var markdown = MarkdownRenderer.Render(document);

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\u202E', markdown);
        Assert.DoesNotContain("\n## 伪造", markdown);
    }
}
