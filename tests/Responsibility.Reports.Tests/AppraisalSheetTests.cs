namespace Responsibility.Reports.Tests;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Reports.Layouts;
using Responsibility.Reports.Ledger;
using Responsibility.Reports.Rendering;

/// <summary>The 考核评分表, as .xlsx and in the 公文 frame: 分值, 评分标准, 自评分, 考核组评分, 加减分说明, total, rank, 档次.</summary>
public sealed class AppraisalSheetTests
{
    private static readonly AppraisalScheme Scheme = new(
        "zichuan", 2026, AppraisalPeriodKind.Quarter, GradeThresholds.Default,
        [
            new("A", "工作落实", null, 60, DutyHolderKind.Unit, null, null),
            new("A1", "按时填报", "A", 30, DutyHolderKind.Unit, new AppraisalRule(AppraisalRuleKind.ReportedOnTime, 2, 20), null),
            new("A2", "特色亮点", "A", 30, DutyHolderKind.Unit, null, "有创新做法并被上级推广的，每项加5分"),
        ],
        1, "admin", DateTimeOffset.UnixEpoch);

    private static readonly AppraisalPeriod Q1 = new(2026, 1);

    private static readonly LedgerSheet Lines = new("考核对象", ["考核对象", "得分"], AppraisalWorkbook.Sheet, 1000, "考核评分表", "行", AcceptsCsv: false);

    private static readonly LedgerSheet Ranking = new("名次", ["名次", "考核对象"], AppraisalWorkbook.RankingSheet, 1000, "排名", "行", AcceptsCsv: false);

    private static AppraisalScores Scores(bool locked) => new(
        "zichuan", "2026-Q1", DutyHolderKind.Unit, new DateOnly(2026, 3, 31), locked, locked ? "dadui" : null, null,
        [
            new SubjectScore(new ScoreSubject(DutyHolderKind.Unit, "xuanchuan", "宣传中队"), 52, 1, AppraisalGrade.Competent,
            [
                new ScoreLine("A1", 30, 26, null, null, [], 26,
                    [new ScoreCause(ScoreCauseKind.Cycle, "xuanchuan/2026-01", new DateOnly(2026, 2, 5), 2),
                     new ScoreCause(ScoreCauseKind.Cycle, "xuanchuan/2026-02", new DateOnly(2026, 3, 5), 2),
                     new ScoreCause(ScoreCauseKind.Cycle, "xuanchuan/2026-03", new DateOnly(2026, 4, 5), 2)]),
                new ScoreLine("A2", 30, null, new SelfScore("A2", 30, "交通安全宣传进农村被支队推广", []),
                    new ReviewScore("A2", 25, "推广材料仅一份，按一项计"),
                    [new ScoreAdjustment("adj-1", "2026-Q1", DutyHolder.Unit("zichuan", "xuanchuan"), "A2", 1, "补交支队推广文件", "dadui", DateTimeOffset.UnixEpoch)],
                    26, []),
            ]),
            new SubjectScore(new ScoreSubject(DutyHolderKind.Unit, "chengqu", "城区中队"), 40, 2, AppraisalGrade.Incompetent, []),
        ]);

    [Fact]
    public void WorkbookReadsBackWithEveryColumnTheOfficePrintsAndARankingSheet()
    {
        var sheet = AppraisalSheetContent.From("淄川大队", Scheme, Q1, Scores(locked: true));

        var bytes = AppraisalWorkbook.Write(sheet);
        var table = LedgerFile.Read(new MemoryStream(bytes), Lines);
        var ranking = LedgerFile.Read(new MemoryStream(bytes), Ranking);

        Assert.Equal("淄川大队2026年第一季度基层单位考核评分表", sheet.Title);
        string? Cell(int row, string column) => table.Rows[row][table.Columns[column]]?.ToString();
        Assert.Equal("宣传中队", Cell(0, "考核对象"));
        Assert.Equal("工作落实", Cell(0, "考核项目"));
        Assert.Equal("按时填报", Cell(0, "考核内容"));
        Assert.Equal("按时填报每次+2分（基础分20分）", Cell(0, "评分标准"));
        Assert.Equal("26", Cell(0, "自动得分"));
        Assert.Equal("按时填报3次，+6分", Cell(0, "加减分说明"));
        Assert.Equal("30", Cell(1, "自评分"));
        Assert.Equal("25", Cell(1, "考核组评分"));
        Assert.Equal("+1", Cell(1, "调整"));
        Assert.Equal("自评：交通安全宣传进农村被支队推广；考核组：推广材料仅一份，按一项计；调整+1分：补交支队推广文件", Cell(1, "加减分说明"));
        Assert.Equal("合计", Cell(2, "考核项目"));
        Assert.Equal("52", Cell(2, "得分"));
        Assert.Equal("第1名，称职", Cell(2, "加减分说明"));
        Assert.Equal(["宣传中队", "城区中队"], ranking.Rows.Select(r => r[ranking.Columns["考核对象"]]?.ToString()));
        Assert.Equal("不称职", ranking.Rows[1][ranking.Columns["档次"]]?.ToString());
    }

    [Fact]
    public void WordSheetIsValidAndCarriesRankingLinesAndTotals()
    {
        var sheet = AppraisalSheetContent.From("淄川大队", Scheme, Q1, Scores(locked: true));

        using var docx = new DocxReadBack(DocxRenderer.Render(AppraisalSheetLayout.Build(sheet)));

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package));
        var all = docx.Body.InnerText;
        foreach (var expected in new[] { "考核排名", "工作落实／按时填报", "26（自动）", "推广材料仅一份，按一项计", "第1名，称职", "已经考核组审定锁定" })
        {
            Assert.Contains(expected, all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnUnlockedPeriodSaysItsFiguresMayStillChange()
    {
        var html = HtmlRenderer.Render(AppraisalSheetLayout.Build(AppraisalSheetContent.From("淄川大队", Scheme, Q1, Scores(locked: false))));

        Assert.Contains("考核组尚未审定", html, StringComparison.Ordinal);
        Assert.DoesNotContain("审定锁定", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HostileNamesAndNotesRenderLiterally()
    {
        var scores = Scores(locked: false);
        var hostile = scores with
        {
            Scores = [scores.Scores[0] with { Subject = scores.Scores[0].Subject with { Name = "<script>alert(1)</script>中队" } }],
        };
        var sheet = AppraisalSheetContent.From("淄川大队", Scheme, Q1, hostile);

        var html = HtmlRenderer.Render(AppraisalSheetLayout.Build(sheet));
        var table = LedgerFile.Read(new MemoryStream(AppraisalWorkbook.Write(sheet)), Lines);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("<script>alert(1)</script>中队", table.Rows[0][table.Columns["考核对象"]]?.ToString());
    }
}

/// <summary>The annual report's 考核 paragraph: periods scored and locked, the latest locked one's best units and 档次 counts.</summary>
public sealed class AppraisalAnnualTests
{
    [Fact]
    public void AnnualReportStatesTheLatestLockedPeriodsBestUnitsAndGrades()
    {
        var report = AnnualProseTests.Annual() with
        {
            Appraisal = new AppraisalFigures(
            [
                new("2026-Q1", true, new GradeCount(1, 5, 2, 0), new GradeCount(2, 3, 0, 0), ["秩序中队", "宣传中队", "法制室"]),
                new("2026-Q2", true, new GradeCount(2, 4, 1, 1), new GradeCount(1, 4, 0, 0), ["宣传中队", "城区中队", "法制室"]),
                new("2026-Q3", false, new GradeCount(0, 8, 0, 0), new GradeCount(0, 5, 0, 0), ["事故处理中队"]),
            ]),
        };

        var text = ReportText.All(AnnualReportLayout.Build(report, new DateOnly(2025, 1, 10), null, null));

        Assert.Contains("开展积分考评", text, StringComparison.Ordinal);
        Assert.Contains("积分考评3期，经考核组审定锁定2期", text, StringComparison.Ordinal);
        Assert.Contains("2026年第二季度考评中，宣传中队、城区中队、法制室位列基层单位前三名", text, StringComparison.Ordinal);
        Assert.Contains("基层单位评为优秀2个、称职4个、基本称职1个、不称职1个，班子成员评为优秀1个、称职4个", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutASchemeTheAnnualReportSaysNothingOfScores()
    {
        var text = ReportText.All(AnnualReportLayout.Build(AnnualProseTests.Annual(), new DateOnly(2025, 1, 10), null, null));

        Assert.DoesNotContain("积分考评", text, StringComparison.Ordinal);
    }
}
