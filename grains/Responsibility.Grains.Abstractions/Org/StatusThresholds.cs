namespace Responsibility.Grains.Abstractions.Org;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>Lag above <see cref="Yellow"/> is 黄灯, above <see cref="Red"/> is 红灯; 临近时限 within <see cref="DueSoonDays"/>.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.StatusThresholds")]
public sealed record StatusThresholds(double Yellow, double Red, int DueSoonDays)
{
    public static readonly StatusThresholds Default = new(0.10, 0.25, 7);

    /// <summary>Rounding in a weighted sum is no lag: a lag this close to a threshold is still within it.</summary>
    private const double Tolerance = 1e-9;

    /// <summary>红黄绿灯 of a lag (expected − percent), the one rule tasks, rollups, pages and reports colour by.</summary>
    public ProgressStatus Light(double lag) =>
        lag > Red + Tolerance ? ProgressStatus.Red
        : lag > Yellow + Tolerance ? ProgressStatus.Yellow
        : ProgressStatus.Green;

    /// <summary>A rollup (a unit, a leader, the brigade) has no status of its own: judge its lag as a task's would be.</summary>
    public ProgressStatus OfRollup(double percent, double lag, int taskCount) =>
        taskCount == 0 ? ProgressStatus.NotStarted
        : percent >= 1 ? ProgressStatus.Done
        : Light(lag);
}
