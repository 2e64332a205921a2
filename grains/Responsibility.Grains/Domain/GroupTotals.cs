namespace Responsibility.Grains.Domain;

using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A rollup's figures kept up to date as judged tasks join and leave the group, so a change costs O(log n) and not a
/// new pass over the group. Counts are integers and the weighted sums fixed-point integers (units of 2⁻⁶⁴), so taking
/// a task out undoes adding it exactly: no drift however many changes, and the same figures in any order. The lagging
/// tasks stay sorted most lagging first, as <see cref="Rollups.Summarize"/> lists them.
/// </summary>
public sealed class GroupTotals
{
    private const double Scale = 18446744073709551616.0; // 2^64

    private readonly SortedSet<JudgedTask> lagging = new(MostLaggingFirst.Instance);
    private Int128 weight;
    private Int128 weightedPercent;
    private Int128 weightedExpected;
    private int count;
    private int done;
    private int green;
    private int yellow;
    private int red;
    private int notStarted;
    private int dueSoon;

    public int Count => count;

    public void Add(JudgedTask task) => Change(task, 1);

    public void Remove(JudgedTask task) => Change(task, -1);

    public Rollup ToRollup(int laggingShown = int.MaxValue)
    {
        var total = Real(weight);
        var percent = total > 0 ? Real(weightedPercent) / total : 0;
        var expected = total > 0 ? Real(weightedExpected) / total : 0;
        return new Rollup(
            percent, expected, expected - percent, count, new StatusCounts(done, green, yellow, red, notStarted, dueSoon),
            lagging.Take(laggingShown).Select(Rollups.ToLagging).ToArray());
    }

    private void Change(JudgedTask task, int sign)
    {
        var w = task.Definition.Weight;
        weight += sign * Fixed(w);
        weightedPercent += sign * Fixed(w * task.Progress.Percent);
        weightedExpected += sign * Fixed(w * task.Progress.Expected);
        count += sign;
        dueSoon += task.Progress.DueSoon ? sign : 0;
        switch (task.Progress.Status)
        {
            case ProgressStatus.Done:
                done += sign;
                break;
            case ProgressStatus.Green:
                green += sign;
                break;
            case ProgressStatus.Yellow:
                yellow += sign;
                break;
            case ProgressStatus.Red:
                red += sign;
                break;
            case ProgressStatus.NotStarted:
                notStarted += sign;
                break;
        }

        if (task.Progress.Status is ProgressStatus.Yellow or ProgressStatus.Red)
        {
            _ = sign > 0 ? lagging.Add(task) : lagging.Remove(task);
        }
    }

    private static Int128 Fixed(double value) => (Int128)(value * Scale);

    private static double Real(Int128 value) => (double)value / Scale;

    /// <summary>Most lagging first, then by code; the id only tells apart two tasks that tie on both.</summary>
    private sealed class MostLaggingFirst : IComparer<JudgedTask>
    {
        public static readonly MostLaggingFirst Instance = new();

        public int Compare(JudgedTask? a, JudgedTask? b)
        {
            var byLag = b!.Progress.Lag.CompareTo(a!.Progress.Lag);
            if (byLag != 0)
            {
                return byLag;
            }

            var byCode = string.CompareOrdinal(a.Definition.Code, b.Definition.Code);
            return byCode != 0 ? byCode : string.CompareOrdinal(a.Definition.Id, b.Definition.Id);
        }
    }
}
