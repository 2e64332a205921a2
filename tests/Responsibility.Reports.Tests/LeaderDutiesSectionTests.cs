namespace Responsibility.Reports.Tests;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Reports.Layouts;
using Responsibility.Reports.Rendering;

/// <summary>
/// Section 三 of the monthly report and part 二 of the annual draft read a leader's 清单 and 履责纪实: the month's records by
/// kind and the 清单's completion in one sentence, 未履责 named, records listed as far as a meeting can read them.
/// </summary>
public class LeaderDutiesSectionTests
{
    private static readonly DutyRecordLine[] October =
    [
        Record(new DateOnly(2024, 10, 8), DutyRecordKind.Talk, "与秩序中队中队长李强谈心谈话，了解夜查执勤中的思想动态。提醒严格落实执法记录仪全程记录", 1),
        Record(new DateOnly(2024, 10, 15), DutyRecordKind.Inspection, "到城区中队督导检查执法办案区使用管理情况", 0),
        Record(new DateOnly(2024, 10, 22), DutyRecordKind.Inspection, "督导检查事故处理中队案件审核情况", 0),
    ];

    [Fact]
    public void LeadersMonthReadsAsOneSentenceWithTheMissedSlotsNamedAndItsRecordsDated()
    {
        var duties = new LeaderDuties(
            3, new DutyCompletion(2, 1, 0), new DutyCompletion(10, 7, 3),
            [Missed("tanxin", "开展谈心谈话", "2024-08"), Missed("tanxin", "开展谈心谈话", "2024-09"), Missed("yanjiu", "研究部署党风廉政建设", "2024-Q3")],
            October);

        var text = Text(WithDuties(OctoberReport.Create(), "liuhaitao", duties));

        Assert.Contains(
            "本月履责纪实3条（谈心谈话1次、督导检查2次）；责任清单应履责12项次，已履责8项次，1项次尚在履责期内，未履责3项次：开展谈心谈话（8月、9月）；研究部署党风廉政建设（第三季度）。",
            text);
        Assert.Contains(
            "本月履责纪实：10月8日，谈心谈话：与秩序中队中队长李强谈心谈话，了解夜查执勤中的思想动态；10月15日，督导检查：到城区中队督导检查执法办案区使用管理情况；10月22日，督导检查：督导检查事故处理中队案件审核情况。",
            text);
    }

    [Fact]
    public void LeaderWithNoItemsAndNoRecordsSaysSoInOneShortClause()
    {
        var text = Text(WithDuties(OctoberReport.Create(), "gaopeng", new LeaderDuties(0, DutyCompletion.None, DutyCompletion.None, [], [])));

        Assert.Contains("本月无履责纪实；责任清单未列其履责事项。", text);
        Assert.DoesNotContain("0项次", text);
        Assert.DoesNotContain("本月履责纪实：", text);
    }

    [Fact]
    public void LeaderWhoDidAllTheListAskedIsSaidToHaveDoneItAll()
    {
        var text = Text(WithDuties(OctoberReport.Create(), "gaopeng", new LeaderDuties(1, DutyCompletion.None, new DutyCompletion(10, 10, 0), [], October[..1])));

        Assert.Contains("本月履责纪实1条（谈心谈话1次）；责任清单应履责10项次，均已履责。", text);
    }

    [Fact]
    public void MoreRecordsThanAMeetingCanReadAreCutAndCountedWrittenOnesFirst()
    {
        var made = Enumerable.Range(1, 4).Select(d => Record(new DateOnly(2024, 10, d), DutyRecordKind.Other, $"批示{d}", 0) with { Source = DutyRecordSource.Instruction });
        var written = Enumerable.Range(10, 7).Select(d => Record(new DateOnly(2024, 10, d), DutyRecordKind.Talk, $"谈话{d}", 1));
        var duties = new LeaderDuties(1, DutyCompletion.None, new DutyCompletion(10, 10, 0), [], [.. made, .. written]);

        var text = Text(WithDuties(OctoberReport.Create(), "gaopeng", duties));

        Assert.Contains("本月履责纪实11条（谈心谈话7次、批示督办4次）", text);
        Assert.Contains("10月1日，批示督办：批示1；10月10日，谈心谈话：谈话10", text);
        Assert.Contains("谈话16；另有3条，详见廉政档案。", text);
        Assert.DoesNotContain("批示2", text);
    }

    [Fact]
    public void WithheldRecordsAreCountedByKindButNotQuoted()
    {
        var withheld = October.Select(r => r with { Content = "", ContentWithheld = true }).ToArray();

        var text = Text(WithDuties(OctoberReport.Create(), "liuhaitao", new LeaderDuties(1, DutyCompletion.None, new DutyCompletion(10, 10, 0), [], withheld)));

        Assert.Contains("本月履责纪实3条（谈心谈话1次、督导检查2次）", text);
        Assert.Contains("按查看权限，3条履责纪实的具体内容未予显示。", text);
        Assert.DoesNotContain("本月履责纪实：", text);
    }

    [Fact]
    public void ReportStoredBeforeDutiesSaysWhatItSaidThen()
    {
        var text = Text(OctoberReport.Create());

        Assert.DoesNotContain("履责纪实", text);
        Assert.DoesNotContain("责任清单", text);
    }

    [Fact]
    public void FirstResponsiblePartCountsTheYearsRecordsByKindAndSaysWhatTheyWere()
    {
        DutyRecordLine[] records =
        [
            Record(new DateOnly(2024, 1, 20), DutyRecordKind.Study, "主持召开规范执法工作务虚会，专题研究执法规范化建设", 9) with { Source = DutyRecordSource.Meeting },
            Record(new DateOnly(2024, 3, 5), DutyRecordKind.Study, "专题研究党风廉政建设工作", 7),
            Record(new DateOnly(2024, 4, 8), DutyRecordKind.Talk, "与班子成员逐一谈心谈话", 4),
            Record(new DateOnly(2024, 5, 9), DutyRecordKind.Talk, "与法制室主任谈心谈话", 0),
            Record(new DateOnly(2024, 6, 1), DutyRecordKind.Lecture, "讲授“学习党纪 守住底线”专题党课", 40),
            Record(new DateOnly(2024, 7, 3), DutyRecordKind.Inspection, "督导检查执法办案中心", 0),
            Record(new DateOnly(2024, 8, 3), DutyRecordKind.Other, "批示法制室：补齐案卷", 1) with { Source = DutyRecordSource.Instruction },
        ];
        var report = AnnualProseTests.Annual() with
        {
            FirstResponsibleDuties = new LeaderDuties(4, DutyCompletion.None, new DutyCompletion(20, 18, 2), [Missed("tanxin", "开展谈心谈话", "2024-11"), Missed("tanxin", "开展谈心谈话", "2024-12")], records),
            FirstResponsiblePledges = new PledgeTally(3, 4),
        };

        var text = Text(report);

        Assert.Contains(
            "以上率下履行第一责任人职责。|王立侠全年主持召开专题研究2次，开展谈心谈话5人次，督导检查1次，讲党课1次，作出批示督办1件，" +
            "与班子成员签订党风廉政建设责任书3份（应签4份）。责任清单应履责20项次，已履责18项次，未履责2项次：开展谈心谈话（11月、12月）。",
            text);
        Assert.Contains("主要履责纪实：1月20日，专题研究：主持召开规范执法工作务虚会，专题研究执法规范化建设；3月5日，专题研究：专题研究党风廉政建设工作", text);
        Assert.Contains("8月3日，批示督办：批示法制室：补齐案卷。", text);
        Assert.Contains("牵头法治建设和党风廉政建设任务4项", text);
        Assert.True(text.IndexOf("以上率下", StringComparison.Ordinal) > text.IndexOf("升级执法办案中心。|", StringComparison.Ordinal), "the records follow the tasks they led");
    }

    [Fact]
    public void FirstResponsibleWithoutRecordsIsToldWhatIsMissingAndKeepsTheTaskFigures()
    {
        var report = AnnualProseTests.Annual() with
        {
            FirstResponsibleDuties = new LeaderDuties(0, DutyCompletion.None, DutyCompletion.None, [], []),
            FirstResponsiblePledges = new PledgeTally(0, 4),
        };

        var text = Text(report);

        Assert.Contains(
            "待补充：王立侠本年度尚无履责纪实记录，录入其谈心谈话、专题研究、督导检查、讲党课等履责纪实后，本部分据此生成。" +
            "与班子成员的4份党风廉政建设责任书尚未签订；责任清单未列其履责事项。",
            text);
        Assert.Contains("牵头法治建设和党风廉政建设任务4项", text);
    }

    [Fact]
    public void DraftWithoutAFirstResponsibleLeaderSaysWhoIsMissing()
    {
        var text = Text(AnnualProseTests.Annual() with { FirstResponsible = null, FirstResponsibleTasks = [] });

        Assert.Contains("待补充：尚未指定推进法治建设第一责任人，指定后本部分据其分管任务和履责纪实生成。", text);
        Assert.DoesNotContain("履责纪实：", text);
    }

    [Fact]
    public void ReportsWithDutiesHaveNoOpenXmlSchemaErrors()
    {
        var duties = new LeaderDuties(1, DutyCompletion.None, new DutyCompletion(10, 8, 2), [Missed("tanxin", "开展谈心谈话", "2024-08")], October);
        var monthly = MonthlyReportLayout.Build(WithDuties(OctoberReport.Create(), "liuhaitao", duties), new DateOnly(2024, 11, 1), StatusThresholds.Default);
        var annual = AnnualReportLayout.Build(
            AnnualProseTests.Annual() with { FirstResponsibleDuties = duties, FirstResponsiblePledges = new PledgeTally(4, 4) }, new DateOnly(2025, 1, 10), null, null);

        using var monthlyDocx = new DocxReadBack(DocxRenderer.Render(monthly));
        using var annualDocx = new DocxReadBack(DocxRenderer.Render(annual));

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(monthlyDocx.Package).Select(e => e.Description));
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(annualDocx.Package).Select(e => e.Description));
        Assert.Contains(monthlyDocx.Paragraphs, p => p.InnerText.Contains("本月履责纪实3条", StringComparison.Ordinal));
        Assert.Contains(annualDocx.Paragraphs, p => p.InnerText.Contains("与班子成员签订党风廉政建设责任书4份。", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void HostileRecordContentStaysLiteralInMarkdownAndHtml(string hostile)
    {
        var duties = new LeaderDuties(
            1, DutyCompletion.None, new DutyCompletion(1, 0, 1), [Missed(hostile, hostile, "2024-09")], [Record(new DateOnly(2024, 10, 8), DutyRecordKind.Talk, hostile, 1)]);
        var document = MonthlyReportLayout.Build(WithDuties(OctoberReport.Create(), "liuhaitao", duties), new DateOnly(2024, 11, 1), StatusThresholds.Default);

        var html = HtmlRenderer.Render(document);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("](javascript:", MarkdownRenderer.Render(document), StringComparison.Ordinal);
    }

    public static TheoryData<string> Hostile => new(HostileText.MarkupNotes);

    private static MonthlyReport WithDuties(MonthlyReport report, string leaderId, LeaderDuties duties) => report with
    {
        Leaders = [.. report.Leaders.Select(l => l.LeaderId == leaderId ? l with { Duties = duties } : l)],
    };

    private static DutyRecordLine Record(DateOnly on, DutyRecordKind kind, string content, int participants) =>
        new(Guid.NewGuid().ToString("N"), on, kind, DutyRecordSource.Written, content, participants);

    private static MissedDuty Missed(string itemId, string title, string period) => new(itemId, title, period, new DateOnly(2024, 10, 31));

    private static string Text(MonthlyReport report) =>
        ReportText.All(MonthlyReportLayout.Build(report, new DateOnly(2024, 11, 1), StatusThresholds.Default));

    private static string Text(AnnualReport report) => ReportText.All(AnnualReportLayout.Build(report, new DateOnly(2025, 1, 10), null, null));
}
