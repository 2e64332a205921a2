namespace Responsibility.Grains.Domain.Reports;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>A brigade's organisation and tasks, and the ways a report turns them into lines.</summary>
public sealed class ReportContext(BrigadeInfo brigade, IReadOnlyList<TaskRecord> tasks)
{
    public BrigadeInfo Brigade { get; } = brigade;

    public IReadOnlyList<TaskRecord> Tasks { get; } = tasks;

    public StatusThresholds Thresholds => Brigade.Settings.Thresholds;

    public ReportHeader Header => new(
        Brigade.Id, Brigade.Settings.Name, Brigade.Settings.PartyOrgName, Brigade.Settings.DetachmentName,
        Brigade.Settings.Recipient, Array.Find(Brigade.Leaders, l => l.IsFirstResponsible)?.Name,
        Brigade.Settings.TimeZone);

    /// <summary>The year's tasks judged as they stood at the end of <paramref name="day"/>, in code order.</summary>
    public List<JudgedTask> Judge(int year, DateOnly day) => Tasks
        .Where(t => t.Definition.Year == year)
        .OrderBy(t => t.Definition.Code, StringComparer.Ordinal)
        .Select(t => Judge(t, day))
        .ToList();

    public JudgedTask Judge(TaskRecord task, DateOnly day) => JudgedTask.Judge(
        new TaskSnapshot(task.Definition, Measurement.Measure(task.Definition.Metric, task.Entries, day), 0), day, Thresholds);

    public ReportTask Line(JudgedTask t)
    {
        var d = t.Definition;
        var p = t.Progress;
        return new ReportTask(
            d.Id, d.Code, d.Title, d.Category, d.UnitId, UnitName(d.UnitId), d.LeaderId, LeaderName(d.LeaderId), d.DutyLine,
            d.Metric.Kind, d.Metric.Target, d.Metric.UnitLabel, d.Due, p.Actual, p.Percent, p.Ratio, p.Expected, p.Lag,
            p.Status, t.Measure.LatestNote);
    }

    public LeaderLine LeaderLine(LeaderDefinition leader, IEnumerable<JudgedTask> judged)
    {
        var rollup = BrigadeRollupComposer.ForLeader(leader, judged);
        return new LeaderLine(
            leader.Id, leader.Name, leader.Post, leader.IsFirstResponsible, leader.UnitIds.Select(UnitName).ToArray(),
            rollup.Business, rollup.Accountability);
    }

    /// <summary>Indicator figures at a date, with what they added since an earlier date (Counts only).</summary>
    public IndicatorLine[] IndicatorLines(List<JudgedTask> now, List<JudgedTask> before)
    {
        var earlier = Indicators.Compute(before).ToDictionary(i => i.Code);
        return Indicators.Compute(now).Select(i =>
        {
            var first = now.First(t => t.Definition.IndicatorCode == i.Code).Definition;
            var added = i.Kind == MetricKind.Count ? i.Actual - (earlier.GetValueOrDefault(i.Code)?.Actual ?? 0) : i.Actual;
            return new IndicatorLine(i.Code, IndicatorName(first), i.Kind, first.Metric.UnitLabel, added, i.Actual, i.Target);
        }).ToArray();
    }

    public string UnitName(string unitId) => Array.Find(Brigade.Units, u => u.Id == unitId)?.Name ?? unitId;

    public string LeaderName(string leaderId) => Array.Find(Brigade.Leaders, l => l.Id == leaderId)?.Name ?? leaderId;

    /// <summary>Tasks sharing an indicator are often titled "查处酒醉驾（秩序中队）": the name drops the bracket.</summary>
    private static string IndicatorName(TaskDefinition task)
    {
        var bracket = task.Title.IndexOfAny(['（', '(']);
        return bracket > 0 ? task.Title[..bracket] : task.Title;
    }
}
