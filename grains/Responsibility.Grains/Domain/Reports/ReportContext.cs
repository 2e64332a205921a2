namespace Responsibility.Grains.Domain.Reports;

using System.Text.RegularExpressions;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A brigade's organisation, tasks, instructions and meetings, the display names of the people a report names (by
/// username), the leaders' duties and records where read (<see cref="Duties"/>), the 督责 where read (<see cref="Oversight"/>), and the ways a report turns them into lines.
/// </summary>
public sealed partial class ReportContext(
    BrigadeInfo brigade,
    IReadOnlyList<TaskRecord> tasks,
    IReadOnlyDictionary<string, string>? people = null,
    IReadOnlyList<InstructionRecord>? instructions = null,
    IReadOnlyList<MeetingRecord>? meetings = null,
    DutyInputs? duties = null,
    OversightInputs? oversight = null)
{
    public BrigadeInfo Brigade { get; } = brigade;

    public IReadOnlyList<TaskRecord> Tasks { get; } = tasks;

    public IReadOnlyList<InstructionRecord> Instructions { get; } = instructions ?? [];

    public IReadOnlyList<MeetingRecord> Meetings { get; } = meetings ?? [];

    /// <summary>The leaders' 清单 and records; null when the report was composed without them.</summary>
    public DutyInputs? Duties { get; } = duties;

    /// <summary>The brigade's inspections, 整改 items, extensions and 通报; null when the report was composed without them.</summary>
    public OversightInputs? Oversight { get; } = oversight;

    public ReportContext With(DutyInputs inputs) => new(Brigade, Tasks, people, Instructions, Meetings, inputs, Oversight);

    public ReportContext With(OversightInputs inputs) => new(Brigade, Tasks, people, Instructions, Meetings, Duties, inputs);

    public StatusThresholds Thresholds => Brigade.Settings.Thresholds;

    public TimeZoneInfo Zone => BrigadeClock.Zone(Brigade.Settings.TimeZone);

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

    public TaskRecord Record(string taskId) => Tasks.First(t => t.Definition.Id == taskId);

    public ReportTask Line(JudgedTask t)
    {
        var d = t.Definition;
        var p = t.Progress;
        return new ReportTask(
            d.Id, d.Code, d.Title, d.Category, d.UnitId, UnitName(d.UnitId), d.LeaderId, LeaderName(d.LeaderId), d.DutyLine,
            d.Metric.Kind, d.Metric.Target, d.Metric.UnitLabel, d.Due, p.Actual, p.Percent, p.Ratio, p.Expected, p.Lag,
            p.Status, t.Measure.LatestNote, t.Measure.HasValue, d.Metric.Direction);
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

    /// <summary>A person's display name; the schedule by its description; an unknown account by its username.</summary>
    public string PersonName(string username) =>
        people?.GetValueOrDefault(username) is { Length: > 0 } name ? name : ReportActors.NameOf(username);

    /// <summary>
    /// Tasks sharing an indicator are often titled "查处酒醉驾（秩序中队）", a rate "执法记录仪相符率达到90%以上": the
    /// indicator's name drops the bracket and the target, which its figures show.
    /// </summary>
    private static string IndicatorName(TaskDefinition task)
    {
        var bracket = task.Title.IndexOfAny(['（', '(']);
        var name = bracket > 0 ? task.Title[..bracket] : task.Title;
        var withoutTarget = TargetClause().Replace(name, "");
        return withoutTarget.Length > 0 ? withoutTarget : name;
    }

    [GeneratedRegex(@"(达到|不低于|不高于|低于|高于|控制在|保持在)?\s*[≥≤>＜<＞]?\s*\d+(\.\d+)?\s*[%％](以上|以下|以内)?$")]
    private static partial Regex TargetClause();
}
