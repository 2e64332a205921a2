namespace Responsibility.Grains.Domain;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>序时进度: the share of a task's work planned to be done by the end of a day.</summary>
public static class Pacing
{
    public static double Expected(TaskDefinition task, DateOnly day)
    {
        if (day < task.Start)
        {
            return 0;
        }

        if (task.PlannedByMonth is { Length: 12 } plan)
        {
            return Planned(plan, task.Year, day);
        }

        // A rate is a level to hold from the first day, not a quantity to accumulate.
        if (task.Metric.Kind == MetricKind.Rate || day >= task.Due)
        {
            return 1;
        }

        var elapsedDays = day.DayNumber - task.Start.DayNumber + 1;
        var totalDays = task.Due.DayNumber - task.Start.DayNumber + 1;
        return (double)elapsedDays / totalDays;
    }

    private static double Planned(double[] cumulativeShares, int year, DateOnly day)
    {
        if (day.Year < year)
        {
            return 0;
        }

        if (day.Year > year)
        {
            return cumulativeShares[^1];
        }

        var month = day.Month - 1;
        var before = month == 0 ? 0 : cumulativeShares[month - 1];
        var withinMonth = (double)day.Day / DateTime.DaysInMonth(day.Year, day.Month);
        return before + (cumulativeShares[month] - before) * withinMonth;
    }
}
