namespace Responsibility.Api.Demo;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A task of the demo year plan and how its unit keeps up: <see cref="Pace"/> for counts, <see cref="MonthlyValues"/>
/// (January first) for rates, <see cref="Stages"/> for milestones. <see cref="Note"/> is a format string:
/// {0} the month, {1} this month's figure, {2} the total so far.
/// </summary>
internal sealed record DemoTask(
    string Code, string Title, string Category, string UnitId, DutyLine DutyLine, Metric Metric, string Note)
{
    public DemoPace Pace { get; init; } = DemoPace.OnTrack;

    public double[] MonthlyValues { get; init; } = [];

    public DemoStage[] Stages { get; init; } = [];

    public int DueMonth { get; init; } = 12;

    public string? IndicatorCode { get; init; }

    /// <summary>Null: the leader who supervises the unit.</summary>
    public string? LeaderId { get; init; }

    public static DemoTask Count(
        string code, string title, string category, string unitId, DutyLine line, double target, string unitLabel,
        DemoPace pace, string note) =>
        new(code, title, category, unitId, line, new(MetricKind.Count, target, unitLabel, RateDirection.HigherIsBetter, []), note)
        {
            Pace = pace,
        };

    public static DemoTask Rate(
        string code, string title, string category, string unitId, DutyLine line, double target, string note,
        params double[] monthlyValues) =>
        new(code, title, category, unitId, line, new(MetricKind.Rate, target, "%", RateDirection.HigherIsBetter, []), note)
        {
            MonthlyValues = monthlyValues,
        };

    public static DemoTask Milestone(
        string code, string title, string category, string unitId, DutyLine line, params DemoStage[] stages) =>
        new(code, title, category, unitId, line, new(
            MetricKind.Milestone, 1, "项", RateDirection.HigherIsBetter, [.. stages.Select(s => new MilestoneStage(s.Name, s.Weight))]),
            Note: "")
        {
            Stages = stages,
        };

    public DateOnly Start(int year) => new(year, 1, 1);

    public DateOnly Due(int year) => new(year, DueMonth, DateTime.DaysInMonth(year, DueMonth));

    public TaskDraft ToDraft(int year) => new(
        year, Code, Title, Category, UnitId, LeaderId, DutyLine, Metric, Weight: 1, Start(year), Due(year), IndicatorCode,
        Metric.Kind == MetricKind.Milestone ? StagePlan() : null);

    /// <summary>A milestone is planned stage by stage (plannedByMonth), so a stage done in its month is on pace.</summary>
    private double[] StagePlan() =>
    [
        .. Enumerable.Range(1, 12).Select(month =>
            Math.Min(1, Math.Round(Stages.Where(s => s.PlannedMonth <= month).Sum(s => s.Weight), 6))),
    ];
}
