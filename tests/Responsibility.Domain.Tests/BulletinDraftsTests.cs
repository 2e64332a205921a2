namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;
using Responsibility.Grains.Domain.Oversight;
using static Build;

/// <summary>通报 written from constructed records: every unit and leader named from the data, each kind in its order.</summary>
public class BulletinDraftsTests
{
    private static readonly BrigadeSettings Settings = new("淄川大队", "党总支", "支队", "Asia/Shanghai", null, StatusThresholds.Default);
    private static readonly DateOnly Today = On(6, 20);
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static readonly BrigadeInfo Brigade = new(
        "zichuan", Settings,
        [new UnitDefinition("fazhi", "法制室", "科室", "李明"), new UnitDefinition("sigu", "事故中队", "中队", "孙强"), new UnitDefinition("xuanchuan", "宣传中队", "中队", "张华")],
        [new LeaderDefinition("leader-wang", "王立侠", "大队长", true, ["fazhi"], []), new LeaderDefinition("leader-zhao", "赵刚", "副大队长", false, ["sigu", "xuanchuan"], [])],
        [2024], On(1, 1));

    private static readonly Inspection Check = new(
        "insp1", "zichuan", InspectionKind.EnforcementQuality, On(6, 5), "6月执法质量检查", ["leader-wang"], ["fazhi", "sigu"],
        "抽查案卷40宗", "dadui", Stamp(On(6, 5)), [new("insp1-1", "sigu"), new("insp1-2", "fazhi"), new("insp1-3", "sigu")], 3);

    [Fact]
    public void SituationTellsWhenWhoAndWhichUnitsThenFindingsByUnitThenRequirementsByDueDate()
    {
        var findings = new[]
        {
            Finding("insp1-1", "sigu", "案卷装订不规范", On(7, 20)) with { Severity = Severity.High },
            Finding("insp1-2", "fazhi", "法制审核意见缺失", On(7, 5)),
            Finding("insp1-3", "sigu", "证据目录不全", On(7, 10)) with { RepeatOf = "old-1" },
        };

        var text = BulletinDrafts.Situation(Check, findings, Brigade);
        var blocks = text.Body.Split("\n\n");

        Assert.Equal("关于2024年6月执法质量检查情况的通报", text.Title);
        Assert.StartsWith("2024年6月5日，王立侠带队对法制室、事故中队开展了执法质量检查（6月执法质量检查）", blocks[0], StringComparison.Ordinal);
        Assert.Contains("本次检查共发现问题3个，涉及2个单位，其中严重问题1个，重复发生问题1个。", blocks);
        Assert.True(Index(blocks, "一、基本情况") < Index(blocks, "二、存在的问题") && Index(blocks, "二、存在的问题") < Index(blocks, "三、整改要求"));
        // Findings by unit in the inspection's order; the repeat flagged.
        Assert.Equal(["（一）事故中队", "（二）法制室"], blocks.Where(b => b.StartsWith('（')).ToArray());
        Assert.Contains(blocks, b => b.StartsWith("2. 卷宗方面：证据目录不全（一般）", StringComparison.Ordinal) && b.EndsWith("该问题属重复发生。", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b.Contains("案卷装订不规范（严重）", StringComparison.Ordinal));
        // Requirements by due date, each with its 责任领导.
        var requirements = blocks.Where(b => b.Contains("前整改到位", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, requirements.Length);
        Assert.StartsWith("法制室对“法制审核意见缺失”问题于2024年7月5日前整改到位，责任领导赵刚", requirements[0], StringComparison.Ordinal);
        Assert.Contains("2024年7月20日", requirements[2], StringComparison.Ordinal);
        Assert.Equal(["sigu", "fazhi"], text.UnitIds);
    }

    [Fact]
    public void CriticismNamesOverdueRectificationsUnreportedTasksAndRedTasksByUnit()
    {
        var red = Judged(CountTask("A01", 12) with { UnitId = "xuanchuan", Title = "交通安全宣传进农村" }, 0.1, 0.5, ProgressStatus.Red);
        var unreported = Judge(CountTask("B02", 12) with { UnitId = "sigu", Title = "事故案件回访" }, Today, Entry(1, On(4, 10)));
        var reported = Judge(CountTask("C03", 12) with { Title = "法制审核" }, Today, Entry(6, On(5, 20)));
        var overdue = Finding("insp1-2", "fazhi", "法制审核意见缺失", On(6, 13));
        var closed = Finding("insp1-1", "sigu", "案卷装订不规范", On(6, 20)) with { Steps = [Step(RectificationStepKind.Closed, On(6, 18))] };

        var text = BulletinDrafts.Criticism(Facts([red, unreported, reported], [overdue, closed]));
        var blocks = text.Body.Split("\n\n");

        Assert.Equal("关于2024年5月工作落实不力单位的通报批评", text.Title);
        Assert.Equal(["fazhi", "sigu", "xuanchuan"], text.UnitIds);
        Assert.Contains("1. 整改逾期：“法制审核意见缺失”问题应于2024年6月13日前整改到位，至今已逾期7天未销号。", blocks);
        Assert.Contains("1. 未按时填报：B02“事故案件回访”2024年5月进度未填报。", blocks);
        Assert.True(blocks.Any(b => b.StartsWith("2. 进度滞后（红灯）：A01“交通安全宣传进农村”完成10%，序时进度50%", StringComparison.Ordinal)), text.Body);
        Assert.DoesNotContain(blocks, b => b.Contains("案卷装订不规范", StringComparison.Ordinal));
        Assert.True(Index(blocks, "一、存在的问题") < Index(blocks, "二、问题定性") && Index(blocks, "二、问题定性") < Index(blocks, "三、工作要求"));
        Assert.Contains(blocks, b => b == "宣传中队要认真剖析原因，未填报任务及时补报、滞后任务制定赶进措施，分管领导赵刚要加强督促。");
        Assert.Contains("法制室要认真剖析原因，逾期问题限期销号，分管领导王立侠要加强督促。", blocks);
    }

    [Fact]
    public void CommendationNamesOnlyUnitsAllReportedWithoutRedAndWithRectificationClosedOnTime()
    {
        var good = Judge(CountTask("C03", 12) with { Title = "法制审核" }, Today, Entry(6, On(5, 20)));
        var late = Judge(CountTask("B02", 12) with { UnitId = "sigu" }, Today, Entry(6, On(5, 20)));
        var quiet = Judge(CountTask("D04", 12) with { UnitId = "xuanchuan" }, Today, Entry(1, On(4, 10)));
        var onTime = Finding("insp1-2", "fazhi", "法制审核意见缺失", On(6, 20)) with { Steps = [Step(RectificationStepKind.Closed, On(6, 18))] };
        var closedLate = Finding("insp1-1", "sigu", "案卷装订不规范", On(6, 10)) with { Steps = [Step(RectificationStepKind.Closed, On(6, 12))] };

        var text = BulletinDrafts.Commendation(Facts([good, late, quiet], [onTime, closedLate]));
        var blocks = text.Body.Split("\n\n");

        Assert.Equal(["fazhi"], text.UnitIds);
        Assert.Contains("（一）法制室", blocks);
        Assert.Contains("2024年5月应填报的1项任务全部按时填报，无红灯任务，1个整改问题均按期完成并销号。", blocks);
        Assert.Contains(blocks, b => b.StartsWith("经研究，决定对法制室予以通报表扬。", StringComparison.Ordinal));
        Assert.DoesNotContain(blocks, b => b.Contains("事故中队", StringComparison.Ordinal) || b.Contains("宣传中队", StringComparison.Ordinal));
        Assert.True(Index(blocks, "一、先进事迹") < Index(blocks, "二、评价") && Index(blocks, "二、评价") < Index(blocks, "三、表扬决定"));
    }

    [Fact]
    public void CommendationAndCriticismSayWhenNoUnitQualifiesAndNameNobody()
    {
        var facts = Facts([], []);

        Assert.Empty(BulletinDrafts.Commendation(facts).UnitIds);
        Assert.Contains("暂无同时符合", BulletinDrafts.Commendation(facts).Body, StringComparison.Ordinal);
        Assert.Empty(BulletinDrafts.Criticism(facts).UnitIds);
        Assert.Contains("未发现整改逾期", BulletinDrafts.Criticism(facts).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void JudgedCycleIsTheCurrentOneOnlyOnceItsDueDayHasPassed()
    {
        Assert.Equal("2024-05", BulletinDrafts.JudgedPeriod(Settings, On(6, 25)).Key);
        Assert.Equal("2024-06", BulletinDrafts.JudgedPeriod(Settings, On(6, 26)).Key);
    }

    private static BulletinFacts Facts(JudgedTask[] tasks, Rectification[] items) =>
        new(Brigade, Today, Zone, BulletinDrafts.JudgedPeriod(Settings, Today), tasks, items);

    private static Rectification Finding(string id, string unitId, string problem, DateOnly due) => new(
        id, "zichuan", "insp1", problem, "卷宗", unitId, null, Severity.Low, null, unitId == "fazhi" ? "leader-zhao" : "leader-wang",
        "逐卷整改", due, null, "dadui", Stamp(On(6, 5)), []);

    private static RectificationStep Step(RectificationStepKind kind, DateOnly on) => new(kind, "dadui", Stamp(on));

    private static DateTimeOffset Stamp(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    private static int Index(string[] blocks, string block) => Array.IndexOf(blocks, block) is var i and >= 0 ? i : throw new InvalidOperationException(block);
}
