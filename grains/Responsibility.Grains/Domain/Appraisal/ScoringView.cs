namespace Responsibility.Grains.Domain.Appraisal;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain.Reports;

/// <summary>
/// The scoring inputs as they were known at the end of a day in the brigade's time zone: an entry recorded later is not
/// there yet, and one returned later still stands. The rules judge tasks through it and ask it whom a thing counts for.
/// </summary>
public sealed class ScoringView
{
    private readonly ReportContext context;

    public ScoringView(ScoringInputs inputs, DateOnly asOf)
    {
        Inputs = inputs;
        AsOf = asOf;
        Zone = BrigadeClock.Zone(inputs.Brigade.Settings.TimeZone);
        Cut = ReportCalendar.EndOfDay(asOf, Zone);
        Tasks = [.. inputs.Tasks.Select(t => Known(t, Cut))];
        context = new ReportContext(inputs.Brigade, Tasks);
    }

    public ScoringInputs Inputs { get; }

    public DateOnly AsOf { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>Midnight after <see cref="AsOf"/>: facts recorded before it are known.</summary>
    public DateTimeOffset Cut { get; }

    /// <summary>The tasks with the entries known at <see cref="Cut"/>.</summary>
    public IReadOnlyList<TaskRecord> Tasks { get; }

    /// <summary>The task's entries as they stood at <paramref name="cut"/>: recorded before it, a return made after it undone.</summary>
    public static TaskRecord Known(TaskRecord task, DateTimeOffset cut) => task with
    {
        Entries = [.. task.Entries
            .Where(e => e.RecordedAt < cut)
            .Select(e => e.Return is { } r && r.ReturnedAt >= cut ? e with { Return = null } : e)],
    };

    public JudgedTask Judge(TaskRecord task, DateOnly day) => context.Judge(task, day);

    public DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    public DateTimeOffset EndOf(DateOnly day) => ReportCalendar.EndOfDay(day, Zone);

    /// <summary>The unit-based set of subjects: the unit, and the leaders who supervise it or are named on the thing.</summary>
    public (IReadOnlySet<string> Units, IReadOnlySet<string> Leaders) OfUnit(string? unitId, params string?[] namedLeaders)
    {
        var units = new HashSet<string>(StringComparer.Ordinal);
        var leaders = new HashSet<string>(StringComparer.Ordinal);
        if (unitId is not null)
        {
            units.Add(unitId);
            leaders.UnionWith(Inputs.Brigade.Leaders.Where(l => l.UnitIds.Contains(unitId)).Select(l => l.Id));
        }

        leaders.UnionWith(namedLeaders.OfType<string>().Where(id => id.Length > 0));
        return (units, leaders);
    }

    public string UnitName(string unitId) => context.UnitName(unitId);

    public string LeaderName(string leaderId) => context.LeaderName(leaderId);

    public static string TaskLabel(TaskDefinition task) => $"{task.Code} {task.Title}";

    /// <summary>A long text (an instruction, a problem found) cut to a label.</summary>
    public static string Short(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
