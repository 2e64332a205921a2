namespace Responsibility.Api.Demo;

using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;

/// <summary>What each holder of the demo did for its duties: on which days, of which kind, in what words, with whom.</summary>
internal static class DemoDutyRecords
{
    /// <summary>
    /// Whether the holder let this day's duty pass (未履责): 高鹏's 督导检查 of last month, 刘海涛's 谈心谈话 of last quarter,
    /// 城区中队's 谈心谈话 of the quarter before that. They are named by how far back they lie, so the demo has them whatever
    /// its day.
    /// </summary>
    public static bool Missed(DutyHolder holder, string itemId, DateOnly day, DateOnly today) => (holder.Id, itemId) switch
    {
        ("gaopeng", "inspection") => SameMonth(day, today.AddMonths(-1)),
        ("liuhaitao", "talk") => SameQuarter(day, today.AddMonths(-3)),
        ("chengqu", "unit-talk") => SameQuarter(day, today.AddMonths(-6)),
        _ => false,
    };

    /// <summary>
    /// The days the duty is done: once in each month, quarter, half year or year of its cadence — early in a month, within
    /// the first half of a longer period, spread by <paramref name="spread"/> —, and a once item ten days or so before its date.
    /// </summary>
    public static IEnumerable<DateOnly> Days(DutyItem item, int spread)
    {
        if (item.Cadence == Cadence.Once)
        {
            yield return item.DueDate!.Value.AddDays(-10 - (spread % 7));
            yield break;
        }

        var months = item.Cadence switch
        {
            Cadence.Monthly => 1,
            Cadence.Quarterly => 3,
            Cadence.HalfYearly => 6,
            _ => 12,
        };
        for (var start = new DateOnly(item.Year, 1, 1); start.Year == item.Year; start = start.AddMonths(months))
        {
            var days = start.AddMonths(months).DayNumber - start.DayNumber;
            yield return start.AddDays(months == 1 ? 4 + (spread * 5 % 14) : 10 + (spread * 11 % (days / 2)));
            spread++;
        }
    }

    public static DutyRecordKind Kind(DutyItem item) => item.Id switch
    {
        "fr-study" or "fr-supervision" => DutyRecordKind.Study,
        "lecture" => DutyRecordKind.Lecture,
        "talk" or "unit-talk" => DutyRecordKind.Talk,
        "inspection" or "quality-check" or "camera-check" => DutyRecordKind.Inspection,
        "risk-review" => DutyRecordKind.RiskReview,
        _ => DutyRecordKind.Other,
    };

    public static string Content(DutyItem item, DutyHolder holder, DateOnly on, int n)
    {
        var units = holder.Kind == DutyHolderKind.Leader ? string.Join("、", SupervisedUnits(holder).Select(u => u.Name)) : "";
        var unitName = DemoOrganisation.Units.FirstOrDefault(u => u.Id == holder.Id)?.Name;
        return item.Id switch
        {
            "fr-study" when n == 0 => "组织召开规范执法工作务虚会，专题研究执法规范化建设，部署规范执法顽瘴痼疾专项整治。",
            "fr-study" => "召开党总支扩大会专题研究下半年规范执法工作，调度执法质量检查发现问题整改情况。",
            "fr-supervision" => $"主持召开执法监督委员会会议，研究疑难复杂案件{2 + (n % 3)}起，统一执法尺度，明确办理意见。",
            "lecture" when holder.Id == "wanglixia" => "以“知敬畏、存戒惧、守底线”为题，为全体民警辅警讲廉政党课。",
            "lecture" => "以“坚守初心使命、筑牢廉洁防线”为题讲专题党课，结合身边案例开展廉洁教育。",
            "talk" => $"与{units}负责人谈心谈话，了解思想动态和工作困难，提醒严守廉洁纪律和执法规范。",
            "inspection" => $"到{units}督导检查规范执法和党风廉政建设情况，抽查执法案卷和执法记录仪视频，现场反馈问题{1 + (n % 3)}个并提出整改要求。",
            "warning" => n % 2 == 0
                ? "组织全体民警辅警观看警示教育片，通报近期公安系统违纪违法典型案例，以案说纪、以案促改。"
                : "召开警示教育大会，通报交警系统违规放行暂扣车辆典型案例，逐岗位对照查摆风险。",
            "unit-talk" => $"{unitName}负责人与本单位民警辅警逐一谈心谈话，了解思想和家庭情况，提醒严守执法纪律。",
            "quality-check" => $"开展{on.Month}月执法质量检查，抽查案卷{18 + (n * 7 % 15)}卷，下发执法质量检查通报1期。",
            "camera-check" => $"汇总{on.Month}月执法记录仪网上巡查情况，抽查执法记录仪信息{160 + (n * 37 % 90)}条，督促整改问题{2 + (n % 5)}个。",
            "risk-review" => $"对照岗位职责开展廉政风险点排查，梳理{unitName}风险点3个，更新风险点台账和防控措施。",
            _ => item.Requirement,
        };
    }

    public static string[] Participants(DutyItem item, DutyHolder holder) => item.Id switch
    {
        "talk" or "inspection" => [.. SupervisedUnits(holder).Select(u => u.Head!)],
        "fr-study" or "fr-supervision" => [.. DemoOrganisation.Leaders.Select(l => l.Name)],
        _ => [],
    };

    private static IEnumerable<UnitDefinition> SupervisedUnits(DutyHolder holder) =>
        DemoOrganisation.Units.Where(u => DemoOrganisation.Leaders.Single(l => l.Id == holder.Id).UnitIds.Contains(u.Id));

    private static bool SameMonth(DateOnly a, DateOnly b) => a.Year == b.Year && a.Month == b.Month;

    private static bool SameQuarter(DateOnly a, DateOnly b) => a.Year == b.Year && (a.Month - 1) / 3 == (b.Month - 1) / 3;
}
