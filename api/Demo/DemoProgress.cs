namespace Responsibility.Api.Demo;

using System.Globalization;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// The demo's monthly 进度填报: one report on the 25th of every month of this year that has reached it, never after
/// today nor after the task's due date. No randomness: the same task and day always give the same reports, and a
/// later day only adds to them.
/// </summary>
internal static class DemoProgress
{
    public const int ReportDay = 25;

    public static IReadOnlyList<DemoReport> For(DemoTask task, DateOnly today)
    {
        var days = Enumerable.Range(1, 12)
            .Select(month => new DateOnly(today.Year, month, ReportDay))
            .Where(day => day <= today && day <= task.Due(today.Year))
            .ToList();
        return task.Metric.Kind switch
        {
            MetricKind.Count => Counts(task, days),
            MetricKind.Rate => [.. days.Select(day => Rate(task, day))],
            _ => Stages(task, days),
        };
    }

    private static List<DemoReport> Counts(DemoTask task, List<DateOnly> days)
    {
        var reports = new List<DemoReport>();
        var reported = 0.0;
        foreach (var day in days)
        {
            var total = Math.Round(task.Metric.Target * task.Pace.Share(Planned(task, day)));
            if (total > reported)
            {
                reports.Add(new(day, total - reported, null, Format(task.Note, day.Month, total - reported, total)));
                reported = total;
            }
        }

        return reports;
    }

    private static DemoReport Rate(DemoTask task, DateOnly day)
    {
        var value = task.MonthlyValues[day.Month - 1];
        var percent = (value * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
        return new(day, value, null, Format(task.Note, day.Month, percent, percent));
    }

    private static List<DemoReport> Stages(DemoTask task, List<DateOnly> days) =>
    [
        .. task.Stages
            .Select((stage, index) => (Stage: stage, Index: index, Day: days.Find(d => d.Month == stage.DoneMonth)))
            .Where(s => s.Day != default)
            .OrderBy(s => s.Day)
            .Select(s => new DemoReport(s.Day, null, s.Index, s.Stage.Note, s.Stage.ReturnReason)),
    ];

    /// <summary>The share planned by a day: linear from start to due, as the grains pace a task without a monthly plan.</summary>
    private static double Planned(DemoTask task, DateOnly day)
    {
        var start = task.Start(day.Year).DayNumber;
        var due = task.Due(day.Year).DayNumber;
        return day.DayNumber >= due ? 1 : (day.DayNumber - start + 1.0) / (due - start + 1);
    }

    private static string Format(string note, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, note, values);
}
