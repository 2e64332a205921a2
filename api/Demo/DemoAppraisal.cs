namespace Responsibility.Api.Demo;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>
/// The demo's 考核 (评责): the office saves the year's 考核方案 early in January, quarterly, one sheet for the base units
/// and one for the 班子成员, most of it counted from the log (按时填报, 序时推进, 督办和整改按期办结, 退回, 延期, 履责, 责任书,
/// 通报) and a few manual lines. Each quarter that has ended is reviewed: the units and leaders enter their 自评分 on the
/// manual lines five days after it, the 大队长 the 考核组评分 (lower than the self score on a few, with the reason) and
/// locks it on the 12th; after the second quarter's lock one correction is recorded as an adjustment.
/// </summary>
internal static class DemoAppraisal
{
    /// <summary>The units' sheet: 100 points in three groups.</summary>
    public static readonly AppraisalIndicator[] UnitIndicators =
    [
        new("A", "重点工作落实", null, 60, DutyHolderKind.Unit, null, null),
        new("A1", "按时填报", "A", 20, DutyHolderKind.Unit, new(AppraisalRuleKind.ReportedOnTime, 5, 5), "每个填报周期按时报送工作进展的加5分，基础分5分"),
        new("A2", "序时推进", "A", 20, DutyHolderKind.Unit, new(AppraisalRuleKind.TaskOnPace, 8, 4), "季末达到序时进度的任务每项加8分，基础分4分"),
        new("A3", "任务完成", "A", 10, DutyHolderKind.Unit, new(AppraisalRuleKind.TaskDone, 4, 6), "本季度完成的任务每项加4分，基础分6分"),
        new("A4", "填报质量", "A", 10, DutyHolderKind.Unit, new(AppraisalRuleKind.EntryReturned, -2, 10), "填报被退回的每次扣2分"),
        new("B", "督办整改", null, 30, DutyHolderKind.Unit, null, null),
        new("B1", "督办事项按期办结", "B", 10, DutyHolderKind.Unit, new(AppraisalRuleKind.InstructionClosedOnTime, 2, 6), "按原定时限办结督办事项的每件加2分，基础分6分"),
        new("B2", "检查问题按期整改", "B", 10, DutyHolderKind.Unit, new(AppraisalRuleKind.RectificationClosedOnTime, 2.5m, 5), "按原定时限整改销号的每个问题加2.5分，基础分5分"),
        new("B3", "延期管理", "B", 5, DutyHolderKind.Unit, new(AppraisalRuleKind.Extension, -1, 5), "申请延期获批的每次扣1分"),
        new("B4", "通报批评", "B", 5, DutyHolderKind.Unit, new(AppraisalRuleKind.Criticised, -2.5m, 5), "被大队通报批评的每次扣2.5分"),
        new("C", "创新创优", null, 10, DutyHolderKind.Unit, null, null),
        new("C1", "通报表扬", "C", 5, DutyHolderKind.Unit, new(AppraisalRuleKind.Commended, 2.5m, 2.5m), "被大队通报表扬的每次加2.5分，基础分2.5分"),
        new("C2", "特色工作", "C", 5, DutyHolderKind.Unit, null, "工作有创新、经验做法被上级推广的，每项加2.5分，最高5分"),
    ];

    /// <summary>The leaders' sheet: their 分管 work, their own 清单, and two lines the 考核组 judges.</summary>
    public static readonly AppraisalIndicator[] LeaderIndicators =
    [
        new("L1", "分管工作", null, 40, DutyHolderKind.Leader, null, null),
        new("L11", "分管单位按时填报", "L1", 15, DutyHolderKind.Leader, new(AppraisalRuleKind.ReportedOnTime, 1.5m, 3), "分管单位每个周期按时填报的加1.5分，基础分3分"),
        new("L12", "分管任务序时推进", "L1", 15, DutyHolderKind.Leader, new(AppraisalRuleKind.TaskOnPace, 3, 3), "分管任务季末达到序时进度的每项加3分，基础分3分"),
        new("L13", "督办整改按期办结", "L1", 10, DutyHolderKind.Leader, new(AppraisalRuleKind.RectificationClosedOnTime, 2, 5), "分管单位整改按期销号的每个加2分，基础分5分"),
        new("L2", "一岗双责", null, 40, DutyHolderKind.Leader, null, null),
        new("L21", "清单履责", "L2", 25, DutyHolderKind.Leader, new(AppraisalRuleKind.DutySlotRecorded, 3, 10), "责任清单事项按时履责并留痕的每项加3分，基础分10分"),
        new("L22", "未履责", "L2", 10, DutyHolderKind.Leader, new(AppraisalRuleKind.DutySlotMissed, -5, 10), "责任清单事项逾期未履责的每项扣5分"),
        new("L23", "签订责任书", "L2", 5, DutyHolderKind.Leader, new(AppraisalRuleKind.PledgeSigned, 1, 3), "签订党风廉政建设责任书的每份加1分，基础分3分"),
        new("L3", "作风建设", null, 20, DutyHolderKind.Leader, null, null),
        new("L31", "廉洁自律", "L3", 10, DutyHolderKind.Leader, null, "遵守廉洁自律准则，无违规违纪问题的得满分"),
        new("L32", "工作作风", "L3", 10, DutyHolderKind.Leader, null, "深入基层、解决实际问题，群众无投诉的得满分"),
    ];

    /// <summary>What each unit says of its 特色工作 in its 自评 (C2), and where the 考核组 gives less, why.</summary>
    private static readonly (string UnitId, decimal Self, string Note, decimal Review, string? Reason)[] UnitManual =
    [
        ("xuanchuan", 5, "“交通安全宣传进农村”做法被支队转发推广", 5, null),
        ("zhixu", 5, "路面执法“一车一档”做法在全市交警系统交流", 2.5m, "仅有交流材料一份，按一项计分"),
        ("chengqu", 2.5m, "城区重点路段护学岗做法获市局表扬", 2.5m, null),
        ("shigu", 2.5m, "事故快处快赔做法被支队采用", 2.5m, null),
    ];

    /// <summary>
    /// Adds the scheme on 5 January and each ended quarter's review: 自评 on the 5th after it, 考核组 on the 10th, the lock on
    /// the 12th; an adjustment to the second quarter three days after its lock.
    /// </summary>
    public static void Add(DemoTimeline timeline, IGrainFactory grains, DateOnly today)
    {
        var appraisal = grains.GetGrain<IAppraisalGrain>(GrainKeys.Appraisal(DemoOrganisation.BrigadeId, today.Year));
        timeline.At(new DateOnly(today.Year, 1, 5), new TimeOnly(9, 30), () => appraisal.PutScheme(
            AppraisalPeriodKind.Quarter, GradeThresholds.Default, [.. UnitIndicators, .. LeaderIndicators], DemoSeeder.Clerk));
        foreach (var period in AppraisalPeriod.Of(today.Year, AppraisalPeriodKind.Quarter))
        {
            var locked = period.End.AddDays(12);
            if (locked >= today)
            {
                break;
            }

            AddReview(timeline, appraisal, period);
        }
    }

    private static void AddReview(DemoTimeline timeline, IAppraisalGrain appraisal, AppraisalPeriod period)
    {
        var key = period.Key;
        var selfOn = period.End.AddDays(5);
        foreach (var (unitId, self, note, _, _) in UnitManual)
        {
            timeline.At(selfOn, new TimeOnly(10, 0), () => appraisal.PutSelf(
                key, DutyHolder.Unit(DemoOrganisation.BrigadeId, unitId), [new SelfScore("C2", self, note, [])],
                DemoOrganisation.UnitHeadUsername(unitId)));
        }

        foreach (var leader in DemoOrganisation.Leaders)
        {
            timeline.At(selfOn, new TimeOnly(11, 0), () => appraisal.PutSelf(
                key, DutyHolder.Leader(DemoOrganisation.BrigadeId, leader.Id),
                [new SelfScore("L31", 10, "严格遵守廉洁自律准则，无违规违纪问题", []), new SelfScore("L32", 10, "坚持深入分管单位调研指导", [])],
                DemoOrganisation.LeaderUsername(leader.Id)));
        }

        var reviewOn = period.End.AddDays(10);
        foreach (var (unitId, _, _, review, reason) in UnitManual)
        {
            timeline.At(reviewOn, new TimeOnly(15, 0), () => appraisal.PutReview(
                key, DutyHolder.Unit(DemoOrganisation.BrigadeId, unitId), [new ReviewScore("C2", review, reason)],
                DemoOrganisation.BrigadeLeaderUsername));
        }

        foreach (var leader in DemoOrganisation.Leaders)
        {
            // One leader's 分管 units drew a complaint about 路面执法 in the second quarter: the 考核组 takes 2 points off 工作作风.
            var style = period.Quarter == 2 && leader.Id == "liuhaitao" ? 8 : 10;
            timeline.At(reviewOn, new TimeOnly(15, 30), () => appraisal.PutReview(
                key, DutyHolder.Leader(DemoOrganisation.BrigadeId, leader.Id),
                [new ReviewScore("L31", 10, null), new ReviewScore("L32", style, style < 10 ? "分管单位路面执法被群众投诉1次，经核实属实" : null)],
                DemoOrganisation.BrigadeLeaderUsername));
        }

        timeline.At(period.End.AddDays(12), new TimeOnly(9, 0), () => appraisal.Lock(key, DemoOrganisation.BrigadeLeaderUsername));
        if (period.Quarter == 2)
        {
            timeline.At(period.End.AddDays(15), new TimeOnly(16, 0), () => appraisal.Adjust(
                key, DutyHolder.Unit(DemoOrganisation.BrigadeId, "zhixu"), "C2", 2.5m, "补报支队转发“一车一档”做法的通知，按两项计分",
                DemoOrganisation.BrigadeLeaderUsername));
        }
    }
}
