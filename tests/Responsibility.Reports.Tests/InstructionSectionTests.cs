namespace Responsibility.Reports.Tests;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Reports.Layouts;
using Responsibility.Reports.Rendering;

/// <summary>六、领导批示落实情况: the month's instructions and the previous meeting's decisions where they stand.</summary>
public class InstructionSectionTests
{
    [Fact]
    public void SectionCountsTheMonthsInstructionsByStatusAndQuotesEachAnswer()
    {
        var text = Text(OctoberReport.Create() with
        {
            Instructions =
            [
                Line("法制室", "开展执法案卷集中评查。要求全覆盖", InstructionStatus.Closed, "已评查36卷"),
                Line("宣传中队", "加大发稿力度", InstructionStatus.Overdue, null),
                Line("事故处理中队", "加快积案清理", InstructionStatus.Answered, "已清理8起；剩余2起") with { AnswerEvidence = 2 },
            ],
            PreviousMeeting = null,
        });

        Assert.Contains("本月交办领导批示督办事项3项，截至10月31日，其中已办结1项、已答复待办结1项、逾期未办结1项。", text);
        Assert.Contains("法制室|王立侠10月8日批示：“开展执法案卷集中评查”，限10月31日前办结。已办结。办理情况：已评查36卷。", text);
        Assert.Contains("宣传中队|王立侠10月8日批示：“加大发稿力度”，限10月31日前办结。已逾期，承办单位尚未答复，请督办领导督促。", text);
        Assert.Contains("办理情况：已清理8起。附佐证材料2份。", text);
        Assert.Contains("尚无例会记录。", text);
        Assert.DoesNotContain("本月无领导批示督办事项。", text);
    }

    [Fact]
    public void ExtendedInstructionShowsBothDatesAndCountsAsLateByTheOriginal()
    {
        var text = Text(OctoberReport.Create() with
        {
            Instructions =
            [
                Line("宣传中队", "加大发稿力度", InstructionStatus.Open, null) with
                {
                    DueDate = new DateOnly(2024, 11, 15), OriginalDue = new DateOnly(2024, 10, 20), ExtensionCount = 1, LateAgainstOriginal = true,
                },
                Line("法制室", "开展执法案卷集中评查", InstructionStatus.Closed, "已评查36卷"),
            ],
            PreviousMeeting = null,
        });

        Assert.Contains("其中已办结1项、正在办理1项；经批准延期1项，按原定时限计逾期1项。", text);
        Assert.Contains("“加大发稿力度”，原限10月20日前办结，经批准延期至11月15日。正在办理", text);
    }

    [Fact]
    public void PreviousMeetingsDecisionsSayWhereEachUnitStands()
    {
        var decision = new DecisionLine(
            1, "开展酒驾醉驾集中整治", "刘海涛", new DateOnly(2024, 10, 15),
            [Line("秩序中队", "开展酒驾醉驾集中整治", InstructionStatus.Closed, "已整治"), Line("城区中队", "开展酒驾醉驾集中整治", InstructionStatus.Overdue, null)]);

        var text = Text(OctoberReport.Create() with
        {
            Instructions = [],
            PreviousMeeting = new MeetingLine("m1", new DateOnly(2024, 10, 8), "10月党总支扩大会", [decision]),
        });

        Assert.Contains("本月无在办的领导批示督办事项。", text);
        Assert.Contains("10月8日召开的10月党总支扩大会形成议定事项1项，分解交办2项，截至10月31日，其中已办结1项、逾期未办结1项。", text);
        Assert.Contains("开展酒驾醉驾集中整治|督办领导刘海涛，完成时限10月15日。落实情况：秩序中队（已办结）、城区中队（逾期未办结）。", text);
    }

    [Fact]
    public void SectionSaysWhatWasIssuedThisMonthAndWhatBeforeAndTheDayTheirStateIsTakenOn()
    {
        var text = Text(OctoberReport.Create() with
        {
            Instructions =
            [
                Line("法制室", "开展执法案卷集中评查", InstructionStatus.Closed, "已评查36卷"),
                Line("宣传中队", "加大发稿力度", InstructionStatus.Answered, "已发稿") with { IssuedOn = new DateOnly(2024, 9, 20) },
            ],
            SupervisionAsOf = new DateOnly(2024, 11, 3),
        });

        Assert.Contains("本月交办领导批示督办事项1项，此前交办、本月仍在办理1项，截至11月3日，其中已办结1项、已答复待办结1项。", text);
    }

    [Fact]
    public void ReportStoredBeforeInstructionsExistedSaysWhatItSaidThen()
    {
        var text = Text(OctoberReport.Create() with { Instructions = null, PreviousMeeting = null });

        Assert.Contains("本月无领导批示督办事项。", text);
        Assert.DoesNotContain("领导批示督办事项办理情况", text);
    }

    [Fact]
    public void MoreInstructionsThanAMeetingCanReadAreCutAndCounted()
    {
        var many = Enumerable.Range(1, 11).Select(i => Line($"单位{i}", $"批示{i}", InstructionStatus.Open, null)).ToArray();

        var text = Text(OctoberReport.Create() with { Instructions = many });

        Assert.Contains("单位8|", text);
        Assert.DoesNotContain("单位9|", text);
        Assert.Contains("另有3项批示督办事项，详见督办台账。", text);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void HostileInstructionTextStaysLiteralInMarkdownAndHtml(string hostile)
    {
        var report = OctoberReport.Create() with { Instructions = [Line("法制室", hostile, InstructionStatus.Open, hostile)] };
        var document = MonthlyReportLayout.Build(report, new DateOnly(2024, 11, 1), StatusThresholds.Default);

        var html = HtmlRenderer.Render(document);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("](javascript:", MarkdownRenderer.Render(document), StringComparison.Ordinal);
    }

    public static TheoryData<string> Hostile => new(HostileText.MarkupNotes);

    private static InstructionLine Line(string unit, string text, InstructionStatus status, string? answer) => new(
        Guid.NewGuid().ToString("N"), unit, null, null, text, "王立侠", "王立侠", new DateOnly(2024, 10, 8), new DateOnly(2024, 10, 31),
        status, answer, null, null);

    private static string Text(MonthlyReport report) => ReportText.All(MonthlyReportLayout.Build(report, new DateOnly(2024, 11, 1), StatusThresholds.Default));
}
