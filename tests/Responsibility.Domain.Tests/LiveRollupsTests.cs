namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;
using static Build;

/// <summary>
/// Rollups kept one task change at a time give exactly what composing every task afresh gives, whatever the order of
/// changes, moves between units and leaders, and turns of the day.
/// </summary>
public class LiveRollupsTests
{
    private static readonly UnitDefinition[] Units = [new("fazhi", "法制室", "科室", null), new("xuanchuan", "宣传中队", "中队", null)];

    private static readonly LeaderDefinition[] Leaders =
    [
        new("wang", "王立侠", "大队长", true, ["fazhi"], []), new("zhao", "赵刚", "副大队长", false, ["xuanchuan"], []),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomChangesLeaveTheSameRollupAsComposingEveryTaskAfresh(int seed)
    {
        var random = new Random(seed);
        var live = new LiveRollups();
        live.Reorganise(Units, Leaders, StatusThresholds.Default);
        var latest = new Dictionary<string, TaskSnapshot>();
        var day = On(6, 15);
        for (var step = 0; step < 400; step++)
        {
            if (step % 100 == 99)
            {
                day = day.AddDays(1);
            }

            var snapshot = RandomSnapshot(random, $"t{random.Next(40)}", latest, day);
            latest[snapshot.Definition.Id] = snapshot;
            live.Upsert(snapshot);
            if (step % 25 == 0)
            {
                AssertSame(Composed(latest.Values, day), live.Brigade("zichuan", Year, day));
            }
        }

        AssertSame(Composed(latest.Values, day), live.Brigade("zichuan", Year, day));
        AssertSame(Composed(latest.Values, day).Units[1].Rollup, live.Unit(Units[1], Year, day).Rollup);
        AssertSame(Composed(latest.Values, day).Leaders[0].Accountability, live.Leader(Leaders[0], Year, day).Accountability);
    }

    [Fact]
    public void AnOlderVersionOfATaskDoesNotReplaceANewerOne()
    {
        var live = new LiveRollups();
        live.Reorganise(Units, Leaders, StatusThresholds.Default);
        var task = CountTask("执法质量检查", 10);

        live.Upsert(new TaskSnapshot(task, AtPercent(0.8), 5));
        live.Upsert(new TaskSnapshot(task, AtPercent(0.1), 4));

        Assert.Equal(0.8, live.Brigade("zichuan", Year, On(6, 15)).Overall.Percent, 12);
    }

    [Fact]
    public void ALiveRollupListsItsTwentyMostLaggingTasksAndCountsThemAll()
    {
        var live = new LiveRollups();
        live.Reorganise(Units, Leaders, StatusThresholds.Default);
        for (var i = 0; i < 30; i++)
        {
            live.Upsert(new TaskSnapshot(CountTask($"T{i:D2}", 10) with { Id = $"t{i}" }, AtPercent(i / 100.0), 1));
        }

        var overall = live.Brigade("zichuan", Year, On(9, 30)).Overall;

        Assert.Equal(LiveRollups.LaggingShown, overall.Lagging.Length);
        Assert.Equal(30, overall.Counts.Red + overall.Counts.Yellow);
        Assert.Equal("T00", overall.Lagging[0].Code);
    }

    private static BrigadeRollup Composed(IEnumerable<TaskSnapshot> tasks, DateOnly day) => BrigadeRollupComposer.Compose(
        "zichuan", Year, day, Units, Leaders, JudgedTask.JudgeAll(tasks, Year, day, StatusThresholds.Default));

    private static TaskSnapshot RandomSnapshot(Random random, string id, Dictionary<string, TaskSnapshot> latest, DateOnly day)
    {
        var unit = Units[random.Next(Units.Length)];
        var definition = CountTask($"任务{id}", random.Next(1, 20)) with
        {
            Id = id,
            Code = id,
            UnitId = unit.Id,
            LeaderId = random.Next(4) == 0 ? Leaders[random.Next(2)].Id : Leaders.Single(l => l.UnitIds.Contains(unit.Id)).Id,
            DutyLine = random.Next(2) == 0 ? DutyLine.Business : DutyLine.Accountability,
            Category = random.Next(3) switch { 0 => "执法监督", 1 => "宣传", _ => "法治建设" },
            IndicatorCode = random.Next(3) == 0 ? "checks" : null,
            Weight = random.Next(1, 4),
            Year = random.Next(10) == 0 ? Year + 1 : Year,
            Due = random.Next(5) == 0 ? day.AddDays(random.Next(-10, 10)) : On(12, 31),
        };
        var entries = Enumerable.Range(0, random.Next(4)).Select(_ => Entry(random.Next(1, 5), day.AddDays(-random.Next(30)))).ToArray();
        var version = latest.TryGetValue(id, out var known) ? known.Version + 1 : 1;
        return new TaskSnapshot(definition, Measurement.Measure(definition.Metric, entries), version);
    }

    private static void AssertSame(BrigadeRollup expected, BrigadeRollup actual)
    {
        Assert.Equal(expected.Year, actual.Year);
        Assert.Equal(expected.AsOf, actual.AsOf);
        AssertSame(expected.Overall, actual.Overall);
        Assert.Equal(expected.Units.Length, actual.Units.Length);
        foreach (var (e, a) in expected.Units.Zip(actual.Units))
        {
            Assert.Equal(e.UnitId, a.UnitId);
            AssertSame(e.Rollup, a.Rollup);
        }

        foreach (var (e, a) in expected.Leaders.Zip(actual.Leaders))
        {
            AssertSame(e.Business, a.Business);
            AssertSame(e.Accountability, a.Accountability);
        }

        Assert.Equal(expected.Categories.Select(c => c.Category), actual.Categories.Select(c => c.Category));
        foreach (var (e, a) in expected.Categories.Zip(actual.Categories))
        {
            AssertSame(e.Rollup, a.Rollup);
        }

        foreach (var (e, a) in expected.DutyLines.Zip(actual.DutyLines))
        {
            AssertSame(e.Rollup, a.Rollup);
        }

        Assert.Equal(expected.Indicators, actual.Indicators);
    }

    private static void AssertSame(Rollup expected, Rollup actual)
    {
        Assert.Equal(expected.Percent, actual.Percent, 12);
        Assert.Equal(expected.Expected, actual.Expected, 12);
        Assert.Equal(expected.TaskCount, actual.TaskCount);
        Assert.Equal(expected.Counts, actual.Counts);
        Assert.Equal(expected.Lagging.Take(LiveRollups.LaggingShown).Select(l => l.TaskId), actual.Lagging.Select(l => l.TaskId));
    }
}
