namespace Responsibility.Grains.Abstractions.Appraisal;

using Responsibility.Grains.Abstractions.Duties;

/// <summary>How often a brigade's 考核 is reviewed and locked: each quarter (2026-Q1…Q4) or once a year (2026).</summary>
public enum AppraisalPeriodKind
{
    Quarter = 0,
    Year = 1,
}

/// <summary>
/// What an automatic indicator counts in the event log (SPEC §6). Each occurrence inside the period and up to the day
/// asked for earns the rule's <see cref="AppraisalRule.Points"/> (negative for a deduction).
/// </summary>
public enum AppraisalRuleKind
{
    /// <summary>A reporting cycle (填报周期) whose due day passed with every owing task of the unit reported by then.</summary>
    ReportedOnTime = 0,

    /// <summary>A task of the unit that reached 100 % in the period.</summary>
    TaskDone = 1,

    /// <summary>A task of the unit judged on pace (not Red or Yellow) at the period's end (or the day asked).</summary>
    TaskOnPace = 2,

    /// <summary>An instruction (批示, 督办, 议定事项) to the unit closed (办结) by its original due date.</summary>
    InstructionClosedOnTime = 3,

    /// <summary>A 整改 item of the unit closed (销号) by its original due date.</summary>
    RectificationClosedOnTime = 4,

    /// <summary>A progress entry of the unit returned (退回).</summary>
    EntryReturned = 5,

    /// <summary>An extension granted on the subject's task, instruction, 整改 item or duty slot.</summary>
    Extension = 6,

    /// <summary>A duty slot of the subject recorded (履责).</summary>
    DutySlotRecorded = 7,

    /// <summary>A duty slot of the subject missed (未履责).</summary>
    DutySlotMissed = 8,

    /// <summary>A 责任书 the subject signs as second party (or, for a leader, as first party too) signed.</summary>
    PledgeSigned = 9,

    /// <summary>An issued 表扬 通报 naming the unit.</summary>
    Commended = 10,

    /// <summary>An issued 批评 通报 naming the unit.</summary>
    Criticised = 11,
}

/// <summary>An automatic indicator's rule: <c>base + Σ points</c> per occurrence, kept within [0, maxPoints].</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AppraisalRule")]
public sealed record AppraisalRule(AppraisalRuleKind Kind, decimal Points, decimal? Base = null);

/// <summary>
/// One line of a 考核方案: a 考核项目 in two levels (a second-level indicator names its <see cref="Parent"/>), its 分值
/// (<see cref="MaxPoints"/>), its 评分标准 (<see cref="Standard"/>, the text printed on the 考核评分表), whom it scores and,
/// when automatic, its <see cref="Rule"/>. Without a rule it is manual: 自评分 then 考核组评分.
/// A first-level indicator with children only groups them; its points are theirs.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AppraisalIndicator")]
public sealed record AppraisalIndicator(
    string Code,
    string Name,
    string? Parent,
    decimal MaxPoints,
    DutyHolderKind Subjects,
    AppraisalRule? Rule,
    string? Standard)
{
    public bool IsAutomatic => Rule is not null;
}

/// <summary>档次 thresholds on a subject's total: 优秀 from <see cref="Excellent"/>, 称职 from <see cref="Competent"/>, 基本称职 from <see cref="Basic"/>, 不称职 below.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.GradeThresholds")]
public sealed record GradeThresholds(decimal Excellent, decimal Competent, decimal Basic)
{
    public static readonly GradeThresholds Default = new(90, 75, 60);

    public AppraisalGrade Grade(decimal points) =>
        points >= Excellent ? AppraisalGrade.Excellent
        : points >= Competent ? AppraisalGrade.Competent
        : points >= Basic ? AppraisalGrade.Basic
        : AppraisalGrade.Incompetent;
}

/// <summary>档次, of a 考核 result and of a 民主测评 ballot.</summary>
public enum AppraisalGrade
{
    Excellent = 0,
    Competent = 1,
    Basic = 2,
    Incompetent = 3,
}

/// <summary>A brigade's 考核方案 of a year, as the office last saved it.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AppraisalScheme")]
public sealed record AppraisalScheme(
    string BrigadeId,
    int Year,
    AppraisalPeriodKind Period,
    GradeThresholds Grades,
    AppraisalIndicator[] Indicators,
    int Version,
    string? UpdatedBy,
    DateTimeOffset? UpdatedAt)
{
    public static AppraisalScheme Empty(string brigadeId, int year) =>
        new(brigadeId, year, AppraisalPeriodKind.Quarter, GradeThresholds.Default, [], 0, null, null);

    /// <summary>The indicators that score (leaves: no other indicator names them as parent) for one kind of subject.</summary>
    public IEnumerable<AppraisalIndicator> Scoring(DutyHolderKind subjects) =>
        Indicators.Where(i => i.Subjects == subjects && !Indicators.Any(c => c.Parent == i.Code));
}
