namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>The 督责台账's extension requests are derived: after a restart they are rebuilt from the log. Its own cluster.</summary>
public sealed class ExtensionRestartTests : IAsyncLifetime
{
    private readonly ClusterFixture cluster = new();

    public Task InitializeAsync() => cluster.InitializeAsync();

    public Task DisposeAsync() => cluster.DisposeAsync();

    [Fact]
    public async Task RequestsAndDecisionsAreRebuiltFromTheLogAfterARestart()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = await brigade.AddCount("XC-01", "xuanchuan", DutyLine.Business, 100);
        var target = new ExtensionTarget(ExtensionTargetKind.Task, task.Definition.Id);
        var draft = new ExtensionDraft(brigade.Id, target, new DateOnly(2025, 1, 20), "年底集中宣传推迟", null, []);
        var granted = await cluster.Grains.GetGrain<IExtensionGrain>(RecordIds.New()).Request(draft, false, "xuanchuan-head");
        await cluster.Grains.GetGrain<IExtensionGrain>(granted.Id).Grant(new DateOnly(2025, 1, 10), null, "zhao-account");
        var pending = await cluster.Grains.GetGrain<IExtensionGrain>(RecordIds.New()).Request(
            draft with { ProposedDue = new DateOnly(2025, 1, 31) }, false, "xuanchuan-head");

        await cluster.Restart();
        var listed = await cluster.Grains.GetGrain<IOversightGrain>(brigade.Id).ListExtensions();

        Assert.Equal([(pending.Id, ExtensionState.Pending, 2), (granted.Id, ExtensionState.Granted, 1)], listed.Select(e => (e.Id, e.State, e.Ordinal)));
        Assert.Equal(new DateOnly(2025, 1, 10), (await cluster.Grains.GetGrain<ITaskGrain>(task.Definition.Id).GetView(null)).Definition.Due);
    }
}
