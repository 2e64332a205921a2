namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// A granted extension moves a task's or an instruction's current due date and keeps the original: pacing and status
/// follow the current one, 逾期 statistics the original; the same extension again moves nothing. Today is 2024-06-15.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DueMoveTests(ClusterFixture cluster)
{
    // Other tests of the collection move the shared clock: these judge "today" as 2024-06-15.
    private readonly ClusterFixture cluster = At(cluster, new DateTimeOffset(2024, 6, 15, 4, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task MovedTaskKeepsItsOriginalDueAndPacesByTheCurrentOne()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var created = await Create(brigade, new DateOnly(2024, 6, 30));
        var task = brigade.Task(created.Definition.Id);

        var moved = await task.MoveDue("ext-1", new DateOnly(2024, 12, 31), "wang-account");
        var again = await task.MoveDue("ext-1", new DateOnly(2024, 12, 31), "wang-account");
        var known = (await brigade.Brigade.GetDefinitions([created.Definition.Id])).Single();

        Assert.Equal(new Abstractions.Oversight.Deadline(new DateOnly(2024, 6, 30), new DateOnly(2024, 12, 31), 1), moved.Definition.Deadline());
        Assert.True(moved.Progress.Expected < created.Progress.Expected);
        Assert.Equal(moved.Version, again.Version);
        Assert.Equal((new DateOnly(2024, 12, 31), 1), (known.Due, known.ExtensionCount));
        Assert.Single(await brigade.Trail(cluster.Grains, "TaskDueMoved"));
    }

    [Fact]
    public async Task TaskDueMovesOnlyLater()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var created = await Create(brigade, new DateOnly(2024, 6, 30));

        var error = await Assert.ThrowsAsync<DomainException>(() => brigade.Task(created.Definition.Id).MoveDue("ext-1", new DateOnly(2024, 6, 30), "wang-account"));

        Assert.Equal((ErrorKind.Invalid, "due"), (error.Kind, error.Field));
    }

    [Fact]
    public async Task PlanEditBeforeTheDueDateSetsBothDates()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var created = await Create(brigade, new DateOnly(2024, 6, 30));
        var task = brigade.Task(created.Definition.Id);
        await task.MoveDue("ext-1", new DateOnly(2024, 7, 31), "wang-account");

        var edited = await task.Update(new TaskPatch(Due: new DateOnly(2024, 9, 30)), null, TestBrigade.Admin);

        Assert.Equal(new Abstractions.Oversight.Deadline(new DateOnly(2024, 9, 30), new DateOnly(2024, 9, 30), 1), edited.Definition.Deadline());
    }

    [Fact]
    public async Task DueDateOfATaskPastItCannotBeEditedOnlyExtended()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var created = await Create(brigade, new DateOnly(2024, 6, 10));
        var task = brigade.Task(created.Definition.Id);

        var error = await Assert.ThrowsAsync<DomainException>(() => task.Update(new TaskPatch(Due: new DateOnly(2024, 9, 30)), null, TestBrigade.Admin));
        var renamed = await task.Update(new TaskPatch(Title: "改名"), null, TestBrigade.Admin);

        Assert.Equal((ErrorKind.Conflict, "due"), (error.Kind, error.Field));
        Assert.Equal((new DateOnly(2024, 6, 10), "改名"), (renamed.Definition.Due, renamed.Definition.Title));
    }

    [Fact]
    public async Task ExtendedInstructionIsNotOverdueBeforeItsNewDateButLateByTheOriginal()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var issued = await brigade.OnUnit(cluster.Grains, "fazhi", "规范执法台账", new DateOnly(2024, 6, 20));
        var instruction = cluster.Grains.Instruction(issued.Definition.Id);

        var moved = await instruction.MoveDue("ext-1", new DateOnly(2024, 6, 30), "wang-account");
        var again = await instruction.MoveDue("ext-1", new DateOnly(2024, 6, 30), "wang-account");
        var earlier = await Assert.ThrowsAsync<DomainException>(() => instruction.MoveDue("ext-2", new DateOnly(2024, 6, 25), "wang-account"));
        var listed = await brigade.Supervision(cluster.Grains).FindInstruction(issued.Definition.Id);

        var zone = TimeZoneInfo.Utc;
        Assert.Equal((new DateOnly(2024, 6, 30), new DateOnly(2024, 6, 20), 1), (moved.Due(), moved.OriginalDue, moved.ExtensionCount));
        Assert.Equal(InstructionStatus.Open, moved.Status(new DateOnly(2024, 6, 25)));
        Assert.Equal(InstructionStatus.Overdue, moved.Status(new DateOnly(2024, 7, 1)));
        Assert.True(moved.LateAgainstOriginal(new DateOnly(2024, 6, 25), zone));
        Assert.False(issued.LateAgainstOriginal(new DateOnly(2024, 6, 20), zone));
        Assert.Equal(moved.Version, again.Version);
        Assert.Equal(ErrorKind.Invalid, earlier.Kind);
        Assert.Equal(new DateOnly(2024, 6, 30), listed!.Record.Due());
        Assert.Single(await brigade.Trail(cluster.Grains, "InstructionDueMoved"));
    }

    [Fact]
    public async Task InstructionWithoutADueDateHasNothingToMove()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var issued = await brigade.OnUnit(cluster.Grains, "fazhi", "规范执法台账", null);

        var error = await Assert.ThrowsAsync<DomainException>(() => cluster.Grains.Instruction(issued.Definition.Id).MoveDue("ext-1", new DateOnly(2024, 6, 30), "wang-account"));

        Assert.Equal(ErrorKind.Invalid, error.Kind);
    }

    private static Task<TaskView> Create(TestBrigade brigade, DateOnly due) => brigade.Brigade.CreateTask(
        TestBrigade.Draft("YQ-" + Guid.NewGuid().ToString("N")[..6], "xuanchuan", DutyLine.Business,
            new Metric(MetricKind.Count, 100, "次", RateDirection.HigherIsBetter, [])) with { Due = due },
        TestBrigade.Admin);

    private static ClusterFixture At(ClusterFixture cluster, DateTimeOffset now)
    {
        cluster.Time.AdjustTime(now);
        return cluster;
    }
}
