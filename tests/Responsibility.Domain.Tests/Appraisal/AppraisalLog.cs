namespace Responsibility.Domain.Tests.Appraisal;

using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain.Appraisal;
using Responsibility.Grains.Domain.Reports;

/// <summary>
/// A small 2024 log of 淄川大队 built by hand for the automatic rules: three units, three leaders (王 supervises 法制室,
/// 赵 宣传中队, 李 一中队), monthly 填报 due on the 25th, Beijing time. Every fact is stamped at 18:00 of its day.
/// </summary>
internal static class AppraisalLog
{
    public static readonly AppraisalPeriod Q1 = new(2024, 1);
    public static readonly AppraisalPeriod Q2 = new(2024, 2);
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static readonly BrigadeInfo Brigade = new(
        "zichuan",
        new BrigadeSettings("淄川大队", "淄川大队党总支", "淄博市交警支队", "Asia/Shanghai", null, StatusThresholds.Default),
        [new("fazhi", "法制室", "科室", "李明"), new("xuanchuan", "宣传中队", "中队", "张华"), new("yizhongdui", "一中队", "中队", "刘强")],
        [
            new("wang", "王立侠", "大队长", true, ["fazhi"], []),
            new("zhao", "赵刚", "副大队长", false, ["xuanchuan"], []),
            new("li", "李军", "副大队长", false, ["yizhongdui"], []),
        ],
        [2024],
        new DateOnly(2024, 1, 1));

    public static DateOnly On(int month, int day) => new(2024, month, day);

    public static DateTimeOffset At(int month, int day) => new(2024, month, day, 18, 0, 0, Beijing);

    /// <summary>A scheme with one automatic indicator "A1" of the rule, for <paramref name="subjects"/>.</summary>
    public static AppraisalScheme Scheme(
        AppraisalRuleKind kind, decimal points, decimal max = 100, decimal? @base = null, DutyHolderKind subjects = DutyHolderKind.Unit) =>
        AppraisalScheme.Empty("zichuan", 2024) with
        {
            Indicators = [new AppraisalIndicator("A1", AppraisalText(kind), null, max, subjects, new AppraisalRule(kind, points, @base), null)],
        };

    public static ScoringInputs Inputs(
        IReadOnlyList<TaskRecord>? tasks = null,
        IReadOnlyList<InstructionRecord>? instructions = null,
        OversightInputs? oversight = null,
        IReadOnlyDictionary<DutyHolder, DutySheet>? sheets = null,
        IReadOnlyList<Pledge>? pledges = null) =>
        new(Brigade, tasks ?? [], instructions ?? [], oversight ?? OversightInputs.None, sheets ?? new Dictionary<DutyHolder, DutySheet>(), pledges ?? []);

    /// <summary>The one line "A1" of a subject.</summary>
    public static AutomaticLine Line(
        AppraisalScheme scheme, AppraisalPeriod period, ScoringInputs inputs, DateOnly asOf, string subject,
        DutyHolderKind kind = DutyHolderKind.Unit) =>
        AutomaticPoints.Count(scheme, period, kind, inputs, asOf)[subject].Single();

    public static TaskRecord Task(string id, string unitId, double target, string leaderId = "wang", MetricKind kind = MetricKind.Count, params ProgressEntry[] entries) =>
        new(
            new TaskDefinition(
                id, "zichuan", 2024, id, $"任务{id}", "执法规范化", unitId, leaderId, DutyLine.Business,
                new Metric(kind, target, kind == MetricKind.Rate ? "%" : "次", RateDirection.HigherIsBetter, []), 1,
                On(1, 1), On(12, 31), null, null),
            entries);

    /// <summary>An entry of <paramref name="value"/> dated <paramref name="on"/>, recorded that day unless told.</summary>
    public static ProgressEntry Entry(string id, double value, DateOnly on, DateOnly? recordedOn = null) =>
        new(id, value, null, on, Stamp(recordedOn ?? on), "head", "填报", null, null, null);

    public static ProgressEntry ReturnedOn(this ProgressEntry entry, DateOnly day) =>
        entry with { Return = new EntryReturn("佐证材料不全", "wang-account", Stamp(day)) };

    public static InstructionRecord Instruction(string id, string unitId, DateOnly? due, params InstructionStep[] steps) =>
        new(new InstructionDefinition(id, "zichuan", unitId, null, $"批示{id}：请抓好落实", On(1, 5), due, "dadui", "wang", null, null), At(1, 5), steps, 1);

    public static InstructionStep Step(InstructionStepKind kind, DateOnly day, DateOnly? due = null) =>
        new(kind, "dadui", Stamp(day), kind == InstructionStepKind.Reopened ? "不合格" : null, null, due);

    public static Rectification Rectification(string id, string unitId, string leaderId, DateOnly originalDue) =>
        new(id, "zichuan", "insp", $"问题{id}", "执法记录仪使用", unitId, null, Severity.Medium, null, leaderId, "立即整改", originalDue, null, "dadui", At(3, 1), []);

    public static ExtensionRequest Extension(string id, ExtensionTarget target, string? unitId, DateOnly decidedOn, bool granted = true) =>
        new(
            id, "zichuan", target, $"延期{id}", unitId, "head", At(1, 2), Deadline.Fixed(On(3, 31)), On(4, 30), "人手不足", null, [], 1,
            new ExtensionApprover("wang"), false, new ExtensionDecision(granted, granted ? On(4, 30) : null, null, "wang-account", Stamp(decidedOn)), 1);

    public static Bulletin Bulletin(string id, BulletinKind kind, DateOnly? issuedOn, params string[] unitIds) =>
        new(
            id, "zichuan", 2024, kind, $"通报{id}", "正文", null, unitIds, "dadui", At(1, 2), issuedOn is null ? null : 1, issuedOn,
            issuedOn is null ? null : "dadui", issuedOn is { } d ? Stamp(d) : null, 1);

    public static DateTimeOffset Stamp(DateOnly day) => new(day.ToDateTime(new TimeOnly(18, 0)), Beijing);

    private static string AppraisalText(AppraisalRuleKind kind) => Grains.Abstractions.Text.AppraisalText.RuleName(kind);
}
