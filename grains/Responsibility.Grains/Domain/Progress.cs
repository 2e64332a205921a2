namespace Responsibility.Grains.Domain;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>Judges a task's measure at a date: expected share, lag, 红黄绿灯 and 临近时限 (SPEC §4).</summary>
public static class Progress
{
    public const double Epsilon = 1e-9;

    public static TaskProgress Evaluate(TaskDefinition task, Measure measure, DateOnly day, StatusThresholds thresholds)
    {
        var expected = Pacing.Expected(task, day);
        var lag = expected - measure.Percent;
        var done = IsDone(task, measure, day);
        var status = done ? ProgressStatus.Done
            : day < task.Start ? ProgressStatus.NotStarted
            : day > task.Due ? ProgressStatus.Red
            : thresholds.Light(lag);
        var daysLeft = task.Due.DayNumber - day.DayNumber;
        var dueSoon = !done && daysLeft >= 0 && daysLeft <= thresholds.DueSoonDays;
        return new TaskProgress(measure.Actual, measure.Percent, measure.Ratio, expected, lag, status, dueSoon, day);
    }

    private static bool IsDone(TaskDefinition task, Measure measure, DateOnly day)
    {
        var complete = measure.Percent >= 1 - Epsilon;
        // A rate is only achieved once it still holds on the due date.
        return task.Metric.Kind == MetricKind.Rate ? complete && day >= task.Due : complete;
    }
}
