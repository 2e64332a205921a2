namespace Responsibility.Reports.Tests;

using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Reports.Layouts;
using Responsibility.Reports.Rendering;

/// <summary>
/// 督责 in the reports: §五 of the monthly report lists the month's 整改 due and overdue and a line of extensions granted
/// and refused; the annual report's part 一 gives the year's inspections, 通报 and 整改 in the seed's figures.
/// </summary>
public class OversightSectionTests
{
    private static readonly DateOnly IssuedOn = new(2024, 11, 1);

    [Fact]
    public void SectionFiveCountsTheMonthsRectificationsAgainstBothDatesAndListsThem()
    {
        var overdue = Item("秩序中队", "刘海涛", "执法记录仪未全程开启", new DateOnly(2024, 10, 10), new DateOnly(2024, 10, 20), RectificationState.Returned) with { Repeat = true };
        var closed = Item("法制室", "王立侠", "案卷装订不规范", new DateOnly(2024, 10, 25), new DateOnly(2024, 10, 25), RectificationState.Closed);
        var open = Item("城区中队", "刘海涛", "文书填写不完整", new DateOnly(2024, 9, 30), new DateOnly(2024, 9, 30), RectificationState.Open);
        var report = OctoberReport.Create() with
        {
            Rectifications = new RectificationTally([overdue, closed], [overdue, open], 4, 3, 3),
            Extensions = [],
        };

        var text = Text(report);

        Assert.Contains("整改问题落实情况。|本月到期整改问题2个，已销号1个；截至10月31日，逾期未销号2个（按原定时限计3个）。本月新增整改问题4个，销号3个。", text);
        Assert.Contains("秩序中队|执法记录仪未全程开启（重复发生）|刘海涛|10月10日|10月20日（延期1次）|逾期未销号", text);
        Assert.Contains("城区中队|文书填写不完整|刘海涛|9月30日|—|逾期未销号", text);
        Assert.Contains("法制室|案卷装订不规范|王立侠|10月25日|—|已销号", text);
        Assert.Single(ReportText.Lines(MonthlyReportLayout.Build(report, IssuedOn, StatusThresholds.Default)), l => l.Contains("执法记录仪未全程开启"));
        Assert.Contains("延期审批情况。|本月无延期申请审批事项。", text);
    }

    [Fact]
    public void ExtensionsLineCountsGrantedAndRefusedAndNamesEach()
    {
        var report = OctoberReport.Create() with
        {
            Rectifications = new RectificationTally([], [], 0, 0, 0),
            Extensions =
            [
                Extension("秩序中队", ExtensionTargetKind.Task, "查处酒驾醉驾违法行为", granted: new DateOnly(2024, 11, 15)),
                Extension("法制室", ExtensionTargetKind.Rectification, "案卷装订不规范", granted: null),
                Extension("城区中队", ExtensionTargetKind.Instruction, "加大发稿力度", granted: new DateOnly(2025, 1, 10)) with
                {
                    OriginalDue = new DateOnly(2024, 10, 1),
                },
            ],
        };

        var text = Text(report);

        Assert.Contains("本月到期整改问题0个，已销号0个；截至10月31日，逾期未销号0个（按原定时限计0个）。", text);
        Assert.DoesNotContain("本月到期及逾期整改问题", text);
        Assert.Contains(
            "延期审批情况。|本月批准延期2件、不予批准1件：秩序中队任务“查处酒驾醉驾违法行为”由10月20日延期至11月15日；" +
            "法制室整改问题“案卷装订不规范”申请延期至11月20日，不予批准；" +
            "城区中队批示督办事项“加大发稿力度”由10月20日延期至2025年1月10日（原定10月1日）。", text);
    }

    [Fact]
    public void ALeadersDutySlotIsNamedByTheLeader()
    {
        var slot = Extension("秩序中队", ExtensionTargetKind.DutySlot, "督导检查分管领域", granted: new DateOnly(2024, 11, 15)) with
        {
            UnitId = null, UnitName = null, LeaderId = "wanglixia", LeaderName = "王立侠",
        };

        var text = Text(OctoberReport.Create() with { Rectifications = new RectificationTally([], [], 0, 0, 0), Extensions = [slot] });

        Assert.Contains("本月批准延期1件、不予批准0件：王立侠履责事项“督导检查分管领域”由10月20日延期至11月15日。", text);
    }

    [Fact]
    public void ReaderOutsideTheScopeReadsTheCountsButNotTheProblemsOrTitles()
    {
        var hidden = Item("秩序中队", "刘海涛", "不应显示的问题", new DateOnly(2024, 10, 10), new DateOnly(2024, 10, 10), RectificationState.Open) with { Withheld = true };
        var report = OctoberReport.Create() with
        {
            Rectifications = new RectificationTally([hidden], [hidden], 1, 0, 1),
            Extensions = [Extension("秩序中队", ExtensionTargetKind.Rectification, "不应显示的问题", granted: null) with { Withheld = true }],
        };

        var text = Text(report);

        Assert.DoesNotContain("不应显示", text);
        Assert.Contains("本月到期整改问题1个，已销号0个；截至10月31日，逾期未销号1个（按原定时限计1个）。", text);
        Assert.Contains("按查看权限，1个整改问题的问题内容未予显示。", text);
        Assert.Contains("延期审批情况。|本月批准延期0件、不予批准1件。", text);
        Assert.Contains("按查看权限，1件延期申请的事项名称未予显示。", text);
    }

    [Fact]
    public void MoreRectificationsThanAMeetingCanReadAreCutAndCounted()
    {
        var many = Enumerable.Range(1, 11)
            .Select(i => Item($"单位{i}", "刘海涛", $"问题{i}", new DateOnly(2024, 10, i), new DateOnly(2024, 10, i), RectificationState.Open)).ToArray();

        var text = Text(OctoberReport.Create() with { Rectifications = new RectificationTally(many, [], 11, 0, 0), Extensions = [] });

        Assert.Contains("单位8|问题8", text);
        Assert.DoesNotContain("单位9|", text);
        Assert.Contains("另有3个整改问题，详见整改台账。", text);
    }

    [Fact]
    public void ReportStoredBeforeOversightSaysWhatItSaidThenInEveryFormat()
    {
        var old = OctoberReport.Create();
        var fresh = old with { Rectifications = new RectificationTally([], [], 0, 0, 0), Extensions = [] };

        var before = MonthlyReportLayout.Build(old, IssuedOn, StatusThresholds.Default);
        var after = MonthlyReportLayout.Build(fresh, IssuedOn, StatusThresholds.Default);

        Assert.Equal(before.Body.Count + 2, after.Body.Count);
        Assert.DoesNotContain("整改", MarkdownRenderer.Render(before));
        Assert.DoesNotContain("延期", HtmlRenderer.Render(before));
        using var docx = new DocxReadBack(DocxRenderer.Render(before));
        Assert.DoesNotContain(docx.Paragraphs, p => p.InnerText.Contains("整改问题落实情况", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryFormatCarriesTheRectificationsAndTheExtensionsLine()
    {
        var item = Item("秩序中队", "刘海涛", "执法记录仪未全程开启", new DateOnly(2024, 10, 10), new DateOnly(2024, 10, 20), RectificationState.Open);
        var document = MonthlyReportLayout.Build(
            OctoberReport.Create() with
            {
                Rectifications = new RectificationTally([item], [item], 1, 0, 1),
                Extensions = [Extension("秩序中队", ExtensionTargetKind.Task, "查处酒驾醉驾违法行为", granted: new DateOnly(2024, 11, 15))],
            },
            IssuedOn, StatusThresholds.Default);

        var md = MarkdownRenderer.Render(document);
        var html = HtmlRenderer.Render(document);
        using var docx = new DocxReadBack(DocxRenderer.Render(document));
        var docxText = string.Join("\n", docx.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));

        foreach (var text in new[] { md, html, docxText })
        {
            Assert.Contains("本月到期整改问题1个", text);
            Assert.Contains("执法记录仪未全程开启", text);
            Assert.Contains("本月批准延期1件、不予批准0件", text);
        }
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void HostileProblemTextStaysLiteralInMarkdownAndHtml(string hostile)
    {
        var item = Item(hostile, hostile, hostile, new DateOnly(2024, 10, 10), new DateOnly(2024, 10, 10), RectificationState.Open);
        var document = MonthlyReportLayout.Build(
            OctoberReport.Create() with
            {
                Rectifications = new RectificationTally([item], [item], 1, 0, 1),
                Extensions = [Extension(hostile, ExtensionTargetKind.Rectification, hostile, granted: null)],
            },
            IssuedOn, StatusThresholds.Default);

        var html = HtmlRenderer.Render(document);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("](javascript:", MarkdownRenderer.Render(document), StringComparison.Ordinal);
    }

    public static TheoryData<string> Hostile => new(HostileText.MarkupNotes);

    [Fact]
    public void AnnualPartOneGivesTheYearsSupervisionFiguresInTheSeedsManner()
    {
        var report = AnnualProseTests.Annual() with
        {
            Oversight = new OversightFigures(
                [new InspectionTally(InspectionKind.EnforcementQuality, 12), new InspectionTally(InspectionKind.Supervision, 2)],
                [new BulletinTally(BulletinKind.Situation, 12), new BulletinTally(BulletinKind.Criticism, 1)],
                53, 50, 2, 4, 1),
        };

        var text = AnnualText(report);

        Assert.Contains(
            "强化执法监督管理。|全年开展执法质量检查12次、督察2次，下发通报13期（情况通报12期、批评通报1期），" +
            "督促整改问题53个，已销号50个，整改率94.3%，按原定时限逾期未销号2个，审批延期申请5件，批准4件、不予批准1件。", text);
        var lines = ReportText.Lines(AnnualReportLayout.Build(report, new DateOnly(2025, 1, 10), null, null));
        Assert.True(lines.FindIndex(l => l.StartsWith("强化执法监督管理。", StringComparison.Ordinal))
                    < lines.IndexOf("党政主要负责人履行推进法治建设第一责任人职责情况"));
    }

    [Fact]
    public void AnnualDraftDuringTheYearSaysTheDayAndLeavesOutWhatIsNone()
    {
        var report = AnnualProseTests.Annual() with
        {
            AsOf = new DateOnly(2024, 9, 30),
            Oversight = new OversightFigures([new InspectionTally(InspectionKind.EnforcementQuality, 9)], [new BulletinTally(BulletinKind.Situation, 9)], 0, 0, 0, 0, 0),
        };

        var text = AnnualText(report);

        Assert.Contains("强化执法监督管理。|截至9月30日，开展执法质量检查9次，下发通报9期。", text);
        Assert.DoesNotContain("整改率", text);
    }

    [Fact]
    public void AnnualDraftWithoutSupervisionSaysWhatItSaidBefore()
    {
        var before = AnnualText(AnnualProseTests.Annual());
        var empty = AnnualText(AnnualProseTests.Annual() with { Oversight = new OversightFigures([], [], 0, 0, 0, 0, 0) });

        Assert.Equal(before, empty);
        Assert.DoesNotContain("强化执法监督管理", before);
    }

    private static RectificationLine Item(string unit, string leader, string problem, DateOnly originalDue, DateOnly due, RectificationState state) => new(
        Guid.NewGuid().ToString("N") + "-1", unit, unit, leader, leader, problem, "执法记录仪使用", originalDue, due,
        due == originalDue ? 0 : 1, state, false);

    private static ExtensionLine Extension(string unit, ExtensionTargetKind kind, string title, DateOnly? granted) => new(
        Guid.NewGuid().ToString("N"), kind, Guid.NewGuid().ToString("N"), title, unit, unit, null, null,
        new DateOnly(2024, 10, 20), new DateOnly(2024, 10, 20), new DateOnly(2024, 11, 20), granted, granted is not null, false, 1,
        new DateOnly(2024, 10, 18));

    private static string Text(MonthlyReport report) => ReportText.All(MonthlyReportLayout.Build(report, IssuedOn, StatusThresholds.Default));

    private static string AnnualText(AnnualReport report) => ReportText.All(AnnualReportLayout.Build(report, new DateOnly(2025, 1, 10), null, null));
}
