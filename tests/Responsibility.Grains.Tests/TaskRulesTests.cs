namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;

[Collection(ClusterCollection.Name)]
public sealed class TaskRulesTests(ClusterFixture cluster)
{
    private static readonly DateOnly June1 = new(2024, 6, 1);

    [Fact]
    public async Task SameIdempotencyKeyTwiceCountsOnceAndAnswersWithTheFirstEntry()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        var grain = brigade.Task(task.Definition.Id);

        var first = await grain.ReportProgress(TestBrigade.Report(2, June1, "key-1"), "li");
        var second = await grain.ReportProgress(TestBrigade.Report(2, June1, "key-1"), "li");

        Assert.Equal(first.Entry.Id, second.Entry.Id);
        Assert.True(second.Replayed);
        Assert.Single(await grain.GetEntries());
        Assert.Equal(2, second.Task.Progress.Actual);
        Assert.Equal(2.0 / 12, (await brigade.Brigade.GetRollup(2024, null)).Overall.Percent, 9);
    }

    [Fact]
    public async Task AnIdempotencyKeyBelongsToTheUserWhoSentIt()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        var grain = brigade.Task(task.Definition.Id);

        var first = await grain.ReportProgress(TestBrigade.Report(2, June1, "shared-key"), "li");
        var other = await grain.ReportProgress(TestBrigade.Report(3, June1, "shared-key"), "wang");

        Assert.NotEqual(first.Entry.Id, other.Entry.Id);
        Assert.False(other.Replayed);
        Assert.Equal(5, other.Task.Progress.Actual);
    }

    [Fact]
    public async Task TaskCodeIsUniquePerBrigadeAndYear()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);

        var error = await Assert.ThrowsAsync<DomainException>(() => brigade.AddCount("FZ-01", "xuanchuan", DutyLine.Business, 5));
        var nextYear = await brigade.Brigade.CreateTask(
            TestBrigade.Draft("FZ-01", "fazhi", DutyLine.Business, new Metric(MetricKind.Count, 3, "次", RateDirection.HigherIsBetter, []))
                with { Year = 2025, Start = new DateOnly(2025, 1, 1), Due = new DateOnly(2025, 12, 31) },
            TestBrigade.Admin);

        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Equal("code", error.Field);
        Assert.Equal(2025, nextYear.Definition.Year);
    }

    [Fact]
    public async Task TaskLeaderDefaultsToTheLeaderWhoSupervisesItsUnit()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();

        var task = await brigade.AddCount("XC-01", "xuanchuan", DutyLine.Business, 400);

        Assert.Equal("zhao", task.Definition.LeaderId);
    }

    [Fact]
    public async Task MilestoneStageCannotBeReportedTwiceUnlessReturned()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var stages = new MilestoneStage[] { new("方案", 0.3), new("建设", 0.7) };
        var task = await brigade.Brigade.CreateTask(
            TestBrigade.Draft("FZ-09", "fazhi", DutyLine.Accountability, new Metric(MetricKind.Milestone, 1, "项", RateDirection.HigherIsBetter, stages)),
            TestBrigade.Admin);
        var grain = brigade.Task(task.Definition.Id);
        var first = await grain.ReportProgress(new ProgressReport(null, 0, June1, "方案已印发", null, null), "li");

        var error = await Assert.ThrowsAsync<DomainException>(
            () => grain.ReportProgress(new ProgressReport(null, 0, June1, "重复", null, null), "li"));
        await grain.ReturnEntry(first.Entry.Id, "缺少佐证", "wang");
        var again = await grain.ReportProgress(new ProgressReport(null, 0, June1, "补充佐证", null, null), "li");

        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Equal(0.3, again.Task.Progress.Percent, 9);
    }

    [Theory]
    [InlineData(0.0, "value")]
    [InlineData(-1.0, "value")]
    public async Task CountIncrementMustBePositive(double value, string field)
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);

        var error = await Assert.ThrowsAsync<DomainException>(
            () => brigade.Task(task.Definition.Id).ReportProgress(TestBrigade.Report(value, June1), "li"));

        Assert.Equal(field, error.Field);
        Assert.Empty(await brigade.Task(task.Definition.Id).GetEntries());
    }

    [Fact]
    public async Task ProgressCannotOccurInTheFutureOrBeforeTheTaskStarts()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        var grain = brigade.Task(task.Definition.Id);

        var future = await Assert.ThrowsAsync<DomainException>(() => grain.ReportProgress(TestBrigade.Report(1, new DateOnly(2024, 6, 16)), "li"));
        var early = await Assert.ThrowsAsync<DomainException>(() => grain.ReportProgress(TestBrigade.Report(1, new DateOnly(2023, 12, 31)), "li"));

        Assert.Equal("occurredOn", future.Field);
        Assert.Equal("occurredOn", early.Field);
        Assert.Empty(await grain.GetEntries());
    }

    [Fact]
    public async Task OnlyOneLeaderMayBeFirstResponsible()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();

        var error = await Assert.ThrowsAsync<DomainException>(() => brigade.Brigade.UpsertLeader(
            new LeaderDefinition("sun", "孙强", "教导员", true, [], ["党风廉政"]), TestBrigade.Admin));

        Assert.Equal("isFirstResponsible", error.Field);
        Assert.Equal(2, (await brigade.Brigade.GetInfo()).Leaders.Length);
    }

    [Fact]
    public async Task StaleVersionOnUpdateIsRefusedAndChangesNothing()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);

        var error = await Assert.ThrowsAsync<DomainException>(
            () => brigade.Task(task.Definition.Id).Update(new TaskPatch(Title: "新标题"), task.Version - 1, "admin"));

        Assert.Equal(ErrorKind.PreconditionFailed, error.Kind);
        Assert.Equal(task.Definition.Title, (await brigade.Task(task.Definition.Id).GetView(null)).Definition.Title);
    }
}
