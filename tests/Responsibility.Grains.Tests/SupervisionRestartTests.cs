namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>The 督办台账 is derived: after a restart it is rebuilt from the log with every step. Its own cluster.</summary>
public sealed class SupervisionRestartTests : IAsyncLifetime
{
    private readonly ClusterFixture cluster = new();

    public Task InitializeAsync() => cluster.InitializeAsync();

    public Task DisposeAsync() => cluster.DisposeAsync();

    [Fact]
    public async Task LedgerIsRebuiltFromTheLogAfterARestart()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var issued = await brigade.OnUnit(cluster.Grains, "fazhi", "规范执法台账", new DateOnly(2024, 6, 30));
        var scan = await cluster.Grains.Upload(brigade.Id, "fazhi-head", "台账扫描件.pdf");
        await cluster.Grains.Instruction(issued.Definition.Id).Answer("已整理", [scan], "fazhi-head");
        var meeting = cluster.Grains.GetGrain<IMeetingGrain>(RecordIds.New());
        await meeting.Record(new MeetingDraft(brigade.Id, new DateOnly(2024, 6, 3), "6月党总支扩大会", "王立侠", [], [], null), "dadui");
        await meeting.AddDecision(new DecisionDraft("开展集中整治", ["xuanchuan"], "zhao", new DateOnly(2024, 6, 20)), "dadui");

        await cluster.Restart();
        var ledger = cluster.Grains.GetGrain<ISupervisionGrain>(brigade.Id);

        var found = (await ledger.FindInstruction(issued.Definition.Id))!;
        Assert.Equal((InstructionStatus.Answered, "台账扫描件.pdf"), (found.Status, found.Record.Answer()!.Attachments![0].FileName));
        var decided = Assert.Single(await ledger.ListMeetings()).Decisions.Single();
        Assert.Equal(InstructionStatus.Open, (await ledger.FindInstruction(decided.InstructionIds[0]))!.Status);
    }
}
