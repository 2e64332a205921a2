namespace Responsibility.Domain.Tests;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;
using static Build;
using static Zichuan;

/// <summary>Turning the snapshots the tasks report into the judged tasks of one year's rollup.</summary>
public class JudgeAllTests
{
    private static TaskSnapshot Snapshot(TaskDefinition task, params ProgressEntry[] entries) =>
        new(task, Measured(task, entries), Version: entries.Length + 1);

    private static TaskDefinition LastYears(TaskDefinition task) => task with
    {
        Id = task.Id + "-2023",
        Code = "2023-" + task.Code,
        Year = 2023,
        Start = On(1, 1, 2023),
        Due = On(12, 31, 2023),
    };

    [Fact]
    public void OnlyTasksOfTheRequestedYearAreJudgedInCodeOrder()
    {
        var snapshots = new[]
        {
            Snapshot(Articles, Entry(80, On(6, 20))),
            Snapshot(LastYears(Articles), Entry(405, On(12, 1, 2023))),
            Snapshot(Inspections, Entry(6, On(6, 1))),
            Snapshot(LastYears(Inspections), Entry(12, On(11, 1, 2023))),
        };

        var judged = JudgedTask.JudgeAll(snapshots, 2024, MidYear, StatusThresholds.Default);

        Assert.Equal(["Z-01", "Z-05"], judged.Select(t => t.Definition.Code));
    }

    [Fact]
    public void LastYearsTasksDoNotReachThisYearsBrigadeRollup()
    {
        var snapshots = new[]
        {
            Snapshot(Articles, Entry(80, On(6, 20))),
            Snapshot(LastYears(Articles), Entry(405, On(12, 1, 2023))),
        };

        var judged = JudgedTask.JudgeAll(snapshots, 2024, MidYear, StatusThresholds.Default);
        var rollup = BrigadeRollupComposer.Compose("zichuan", 2024, MidYear, Units, Leaders, judged);

        Assert.Equal(1, rollup.Overall.TaskCount);
        Assert.Equal(0.2, rollup.Overall.Percent, 12);
        Assert.Equal(1, rollup.Units.Single(u => u.UnitId == Publicity.Id).Rollup.TaskCount);
    }

    [Fact]
    public void JudgingUsesTheSnapshotsMeasureAtTheGivenDayAndThresholds()
    {
        var snapshot = Snapshot(LawTraining, Entry(1, On(3, 1)));
        var lenient = new StatusThresholds(0.30, 0.50, 7);

        var byDefault = JudgedTask.Judge(snapshot, MidYear, StatusThresholds.Default);
        var byLenient = JudgedTask.Judge(snapshot, MidYear, lenient);

        Assert.Same(snapshot.Measure, byDefault.Measure);
        Assert.Equal(0.25, byDefault.Progress.Percent, 12);
        Assert.Equal(MidYear, byDefault.Progress.AsOf);
        Assert.Equal(ProgressStatus.Yellow, byDefault.Progress.Status);
        Assert.Equal(ProgressStatus.Green, byLenient.Progress.Status);
    }
}
