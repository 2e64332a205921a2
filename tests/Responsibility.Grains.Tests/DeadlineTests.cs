namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Audit;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>What the deadlines' reminder does as the clock passes the due day and the grace period: each thing once.</summary>
[Collection(SupervisionClusterCollection.Name)]
public sealed class DeadlineTests(ClusterFixture cluster)
{
    [Fact]
    public async Task OnceTheGracePeriodIsOverEachUnreportedUnitIsUrgedOncePerCycle()
    {
        var brigade = await Arrange();
        var deadlines = cluster.Grains.GetGrain<IDeadlineGrain>(brigade.Id);

        At(6, 28);
        var inGrace = await deadlines.Tick();
        At(6, 29);
        await deadlines.Tick();
        await deadlines.Tick();
        At(7, 29);
        await deadlines.Tick();

        Assert.Empty(inGrace.UrgedUnits);
        var urges = (await cluster.Grains.GetGrain<IAuditGrain>(brigade.Id).Read(new AuditFilter(50, Kind: "ReportingUrged"))).Entries;
        Assert.Equal(["宣传中队 2024-06", "宣传中队 2024-07"], urges.Select(u => $"{u.Subject} {u.Changes.Single(c => c.Field == "填报周期").After}").Order());
        Assert.Equal("赵刚", urges[0].Changes.Single(c => c.Field == "告知分管领导").After);
    }

    [Fact]
    public async Task OverdueInstructionIsEscalatedOnceTheGracePeriodIsOverAndOnlyOnce()
    {
        var brigade = await Arrange();
        var issued = await brigade.OnUnit(cluster.Grains, "fazhi", "规范执法台账", new DateOnly(2024, 6, 10));
        var deadlines = cluster.Grains.GetGrain<IDeadlineGrain>(brigade.Id);

        At(6, 13);
        var inGrace = await deadlines.Tick();
        At(6, 14);
        await deadlines.Tick();
        await deadlines.Tick();

        Assert.Empty(inGrace.EscalatedInstructions);
        Assert.Single((await cluster.Grains.Instruction(issued.Definition.Id).Get())!.Steps);
        Assert.Equal(["InstructionIssued", "InstructionEscalated"], (await brigade.Trail(cluster.Grains)).Where(k => k.StartsWith("Instruction", StringComparison.Ordinal)));
    }

    /// <summary>法制室 reports on time every month; 宣传中队 never does.</summary>
    private async Task<TestBrigade> Arrange()
    {
        At(6, 1);
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var fazhi = await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        await brigade.AddCount("XC-01", "xuanchuan", DutyLine.Business, 400);
        await brigade.Task(fazhi.Definition.Id).ReportProgress(TestBrigade.Report(1, new DateOnly(2024, 6, 1)), "fazhi-head");
        At(7, 1);
        await brigade.Task(fazhi.Definition.Id).ReportProgress(TestBrigade.Report(1, new DateOnly(2024, 7, 1)), "fazhi-head");
        At(6, 1);
        return brigade;
    }

    private void At(int month, int day) => cluster.Time.AdjustTime(new DateTimeOffset(2024, month, day, 4, 0, 0, TimeSpan.Zero));
}
