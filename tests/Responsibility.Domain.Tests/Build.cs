namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;

/// <summary>Short constructors for the 2024 plan of 淄川大队; every task runs Jan 1 – Dec 31 unless changed with <c>with</c>.</summary>
internal static class Build
{
    public const int Year = 2024;

    public static DateOnly On(int month, int day, int year = Year) => new(year, month, day);

    public static TaskDefinition CountTask(string title, double target, string unitLabel = "次") =>
        Task(title, new Metric(MetricKind.Count, target, unitLabel, RateDirection.HigherIsBetter, []));

    public static TaskDefinition RateTask(string title, double target, RateDirection direction = RateDirection.HigherIsBetter) =>
        Task(title, new Metric(MetricKind.Rate, target, "%", direction, []));

    public static TaskDefinition MilestoneTask(string title, params (string Name, double Weight)[] stages) =>
        Task(title, new Metric(
            MetricKind.Milestone,
            1,
            "项",
            RateDirection.HigherIsBetter,
            stages.Length == 0 ? [new MilestoneStage("完成", 1)] : [.. stages.Select(s => new MilestoneStage(s.Name, s.Weight))]));

    public static ProgressEntry Entry(double value, DateOnly occurredOn, DateOnly? recordedOn = null) =>
        NewEntry(value, null, occurredOn, recordedOn);

    public static ProgressEntry StageDone(int stage, DateOnly occurredOn) => NewEntry(null, stage, occurredOn, null);

    public static ProgressEntry Returned(this ProgressEntry entry) =>
        entry with { Return = new EntryReturn("佐证材料不全", "leader-wang", Stamp(entry.OccurredOn.AddDays(3))) };

    public static Measure Measured(TaskDefinition task, params ProgressEntry[] entries) =>
        Measurement.Measure(task.Metric, entries);

    /// <summary>A measure with the given capped share, for tests about status rather than arithmetic.</summary>
    public static Measure AtPercent(double percent) => new(percent, percent, percent, true, 1, null, null);

    public static TaskProgress Evaluate(TaskDefinition task, DateOnly day, params ProgressEntry[] entries) =>
        Progress.Evaluate(task, Measured(task, entries), day, StatusThresholds.Default);

    public static JudgedTask Judge(TaskDefinition task, DateOnly day, params ProgressEntry[] entries)
    {
        var measure = Measured(task, entries);
        return new JudgedTask(task, measure, Progress.Evaluate(task, measure, day, StatusThresholds.Default));
    }

    /// <summary>A judged task with a progress given outright, so rollup numbers can be worked by hand.</summary>
    public static JudgedTask Judged(
        TaskDefinition task, double percent, double expected, ProgressStatus status, bool dueSoon = false) =>
        new(task, AtPercent(percent), new TaskProgress(percent, percent, percent, expected, expected - percent, status, dueSoon, On(6, 30)));

    private static TaskDefinition Task(string title, Metric metric) => new(
        Id: $"task-{title}",
        BrigadeId: "zichuan",
        Year: Year,
        Code: title,
        Title: title,
        Category: "执法规范化",
        UnitId: "fazhi",
        LeaderId: "leader-wang",
        DutyLine: DutyLine.Business,
        Metric: metric,
        Weight: 1,
        Start: On(1, 1),
        Due: On(12, 31),
        IndicatorCode: null,
        PlannedByMonth: null);

    private static ProgressEntry NewEntry(double? value, int? stage, DateOnly occurredOn, DateOnly? recordedOn) => new(
        Id: Guid.NewGuid().ToString("N"),
        Value: value,
        Stage: stage,
        OccurredOn: occurredOn,
        RecordedAt: Stamp(recordedOn ?? occurredOn),
        ReportedBy: "unit-head",
        Note: $"{occurredOn:M月d日}填报",
        Evidence: null,
        IdempotencyKey: null,
        Return: null);

    private static DateTimeOffset Stamp(DateOnly day) => new(day.ToDateTime(new TimeOnly(18, 0)), TimeSpan.FromHours(8));
}
