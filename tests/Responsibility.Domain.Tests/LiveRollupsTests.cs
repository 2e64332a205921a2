namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;
using static Build;

/// <summary>Rollups kept change by change must say what a composition of the same tasks from scratch says.</summary>
public class LiveRollupsTests
{
    private static readonly DateOnly Day = On(9, 30);
    private static readonly UnitDefinition[] Units = [new("u1", "一中队", null, null), new("u2", "二中队", null, null), new("u3", "法制室", null, null)];
    private static readonly LeaderDefinition[] Leaders = [new("l1", "王", "大队长", true, ["u1", "u2"], []), new("l2", "韩", "教导员", false, ["u3"], [])];

    [Fact]
    public void LiveRollupAfterManyChangesEqualsTheCompositionOfItsTasks()
    {
        var live = new LiveRollups();
        live.Reorganise(Units, Leaders, StatusThresholds.Default);
        var random = new Random(7);
        var tasks = Enumerable.Range(0, 120).Select(Define).ToArray();
        _ = live.Brigade("b", Year, Day);

        for (var change = 0; change < 3000; change++)
        {
            var task = tasks[random.Next(tasks.Length)];
            live.Upsert(new TaskSnapshot(task, AtPercent(Math.Round(random.NextDouble() * 1.2, 3)), change + 1));
        }

        var kept = live.Brigade("b", Year, Day);
        var composed = BrigadeRollupComposer.Compose("b", Year, Day, Units, Leaders, live.Judged(Year, Day));
        Same(composed.Overall, kept.Overall);
        Assert.Equal(composed.Units.Select(u => u.UnitId), kept.Units.Select(u => u.UnitId));
        Assert.All(composed.Units.Zip(kept.Units), p => Same(p.First.Rollup, p.Second.Rollup));
        Assert.All(composed.Leaders.Zip(kept.Leaders), p => Same(p.First.Accountability, p.Second.Accountability));
        Assert.Equal(composed.Categories.Select(c => c.Category), kept.Categories.Select(c => c.Category));
        Assert.All(composed.Categories.Zip(kept.Categories), p => Same(p.First.Rollup, p.Second.Rollup));
        Assert.Equal(composed.Indicators, kept.Indicators);
    }

    [Fact]
    public void TotalsAreBackToNothingOnceEveryTaskHasLeftInAnotherOrder()
    {
        var totals = new GroupTotals();
        var random = new Random(11);
        var judged = Enumerable.Range(0, 500)
            .Select(i => Judged(Define(i), random.NextDouble(), random.NextDouble(), (ProgressStatus)(i % 5)))
            .ToList();

        judged.ForEach(totals.Add);
        foreach (var task in judged.OrderBy(_ => random.Next()))
        {
            totals.Remove(task);
        }

        Assert.Equal(Rollups.Summarize([]), totals.ToRollup() with { Lagging = [] });
        Assert.Empty(totals.ToRollup().Lagging);
    }

    private static TaskDefinition Define(int i) => CountTask($"T{i:D3}", 10) with
    {
        Id = $"t{i}",
        UnitId = Units[i % 3].Id,
        LeaderId = i % 3 == 2 ? "l2" : "l1",
        Category = $"类别{i % 4}",
        DutyLine = i % 2 == 0 ? DutyLine.Business : DutyLine.Accountability,
        Weight = 1 + i % 3,
        IndicatorCode = i % 10 == 0 ? $"k{i % 20}" : null,
    };

    /// <summary>Figures to the last few bits (sums are exact in the totals, rounded in the composition); lagging lists as shown.</summary>
    private static void Same(Rollup expected, Rollup actual)
    {
        Assert.Equal(expected.Percent, actual.Percent, 12);
        Assert.Equal(expected.Expected, actual.Expected, 12);
        Assert.Equal(expected.TaskCount, actual.TaskCount);
        Assert.Equal(expected.Counts, actual.Counts);
        Assert.Equal(expected.Lagging.Take(LiveRollups.LaggingShown).Select(t => t.TaskId), actual.Lagging.Select(t => t.TaskId));
    }
}
