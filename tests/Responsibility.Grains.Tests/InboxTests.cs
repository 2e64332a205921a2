namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Inbox;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// The inbox as the clock moves through June 2024 (reports due on the 25th, three days' grace): quiet until something is
/// due, filling as deadlines pass, quiet again once it is done.
/// </summary>
[Collection(SupervisionClusterCollection.Name)]
public sealed class InboxTests(ClusterFixture cluster)
{
    private static readonly InboxReader FazhiHead = new("fazhi-head", Role.UnitHead, "fazhi", null);
    private static readonly InboxReader Wang = new("wang-account", Role.Leader, null, "wang");
    private static readonly InboxReader Dadui = new("dadui", Role.BrigadeLeader, null, null);

    [Fact]
    public async Task UnitHeadsInboxIsQuietUntilTheDueDayNearsThenListsItsUnreportedTasks()
    {
        var (brigade, task) = await Arrange();

        var early = await InboxOn(brigade, 6, 10, FazhiHead);
        var near = await InboxOn(brigade, 6, 18, FazhiHead);
        var late = await InboxOn(brigade, 6, 26, FazhiHead);

        Assert.Empty(early.Items);
        var due = Assert.Single(near.Items);
        Assert.Equal((InboxItemKind.ReportDue, task, new DateOnly(2024, 6, 25), false), (due.Kind, due.TaskId, due.Due, due.Overdue));
        Assert.True(Assert.Single(late.Items).Overdue);
    }

    [Fact]
    public async Task ReportingInTheCycleEmptiesTheUnitHeadsInbox()
    {
        var (brigade, task) = await Arrange();
        await InboxOn(brigade, 6, 20, FazhiHead);

        await brigade.Task(task).ReportProgress(TestBrigade.Report(1, new DateOnly(2024, 6, 20)), "fazhi-head");

        Assert.Empty((await InboxOn(brigade, 6, 26, FazhiHead)).Items);
    }

    [Fact]
    public async Task UnreportedUnitReachesItsLeaderOnlyOnceTheGracePeriodIsOverUntilTheNextCycle()
    {
        var (brigade, _) = await Arrange();

        var lastDayOfGrace = await InboxOn(brigade, 6, 28, Wang);
        var after = await InboxOn(brigade, 6, 29, Wang);
        var nextCycle = await InboxOn(brigade, 7, 2, Wang);

        Assert.Empty(lastDayOfGrace.Items);
        var unit = Assert.Single(after.Items);
        Assert.Equal((InboxItemKind.UnitUnreported, "fazhi", 1), (unit.Kind, unit.UnitId, unit.Count));
        Assert.Empty(nextCycle.Items);
    }

    [Fact]
    public async Task ReturnedEntryWaitsForTheUnitHeadUntilTheTaskIsReportedAgain()
    {
        var (brigade, task) = await Arrange();
        await InboxOn(brigade, 6, 5, FazhiHead);
        var entry = await brigade.Task(task).ReportProgress(TestBrigade.Report(2, new DateOnly(2024, 6, 5)), "fazhi-head");
        await brigade.Task(task).ReturnEntry(entry.Entry.Id, "数字与台账不符", "wang-account");

        var waiting = await InboxOn(brigade, 6, 6, FazhiHead);
        await brigade.Task(task).ReportProgress(TestBrigade.Report(1, new DateOnly(2024, 6, 6)), "fazhi-head");
        var done = await InboxOn(brigade, 6, 6, FazhiHead);

        var returned = Assert.Single(waiting.Items);
        Assert.Equal((InboxItemKind.EntryReturned, entry.Entry.Id, "数字与台账不符"), (returned.Kind, returned.EntryId, returned.Detail));
        Assert.Empty(done.Items);
    }

    [Fact]
    public async Task InstructionWaitsForTheUnitsAnswerThenForItsAuthorUntilClosed()
    {
        var (brigade, _) = await Arrange();
        await InboxOn(brigade, 6, 3, Dadui);
        var issued = await brigade.OnUnit(cluster.Grains, "fazhi", "规范执法台账", new DateOnly(2024, 6, 20));

        var toAnswer = await InboxOn(brigade, 6, 4, FazhiHead);
        var authorBefore = await InboxOn(brigade, 6, 4, Dadui);
        await cluster.Grains.Instruction(issued.Definition.Id).Answer("已整理完毕", [], "fazhi-head");
        var unitAfter = await InboxOn(brigade, 6, 5, FazhiHead);
        var authorAfter = await InboxOn(brigade, 6, 5, Dadui);
        await cluster.Grains.Instruction(issued.Definition.Id).Close("dadui");
        var closed = await InboxOn(brigade, 6, 6, Dadui);

        Assert.Equal(InboxItemKind.InstructionToAnswer, Assert.Single(toAnswer.Items).Kind);
        Assert.Empty(authorBefore.Items);
        Assert.Empty(unitAfter.Items);
        Assert.Equal((InboxItemKind.InstructionAnswered, "已整理完毕"), (Assert.Single(authorAfter.Items).Kind, authorAfter.Items[0].Detail));
        Assert.Empty(closed.Items);
    }

    [Fact]
    public async Task OverdueInstructionReachesItsSupervisingLeaderOnceTheGracePeriodIsOver()
    {
        var (brigade, _) = await Arrange();
        await InboxOn(brigade, 6, 3, Wang);
        var issued = await brigade.OnUnit(cluster.Grains, "fazhi", "规范执法台账", new DateOnly(2024, 6, 10));

        var overdue = await InboxOn(brigade, 6, 13, Wang);
        var escalated = await InboxOn(brigade, 6, 14, Wang);

        Assert.Empty(overdue.Items);
        var item = Assert.Single(escalated.Items);
        Assert.Equal((InboxItemKind.InstructionOverdue, issued.Definition.Id, true), (item.Kind, item.InstructionId, item.Overdue));
    }

    /// <summary>A brigade made on 1 June 2024 with one Count task for 法制室, running all year.</summary>
    private async Task<(TestBrigade Brigade, string TaskId)> Arrange()
    {
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 6, 1, 4, 0, 0, TimeSpan.Zero));
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        return (brigade, task.Definition.Id);
    }

    private async Task<InboxContents> InboxOn(TestBrigade brigade, int month, int day, InboxReader reader)
    {
        cluster.Time.AdjustTime(new DateTimeOffset(2024, month, day, 4, 0, 0, TimeSpan.Zero));
        return await cluster.Grains.GetGrain<IInboxGrain>(brigade.Id).For(reader);
    }
}
