namespace Responsibility.Api.Pages;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>A progress bar: the fill is the percent done, the marker the time-expected percent (序时进度).</summary>
public sealed record Bar(double Percent, double Expected, ProgressStatus Status)
{
    public static Bar Of(Rollup rollup, StatusThresholds thresholds) =>
        new(rollup.Percent, rollup.Expected, Display.StatusOf(rollup.Percent, rollup.Lag, rollup.TaskCount, thresholds));

    public static Bar Of(TaskProgress progress) => new(progress.Percent, progress.Expected, progress.Status);
}
