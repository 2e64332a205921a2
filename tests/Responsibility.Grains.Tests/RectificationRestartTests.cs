namespace Responsibility.Grains.Tests;

using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.TestingHost;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Oversight;
using Responsibility.Storage.Events;
using static Responsibility.Grains.Tests.Inspections;

/// <summary>The 督责台账 is rebuilt from the log; a finding kept before its unit opened the item is opened when the inspection wakes.</summary>
public sealed class RectificationRestartTests : IAsyncLifetime
{
    private readonly ClusterFixture cluster = new();

    public Task InitializeAsync() => cluster.InitializeAsync();

    public Task DisposeAsync() => cluster.DisposeAsync();

    [Fact]
    public async Task TheLedgerIsRebuiltFromTheLogWithEveryStepAfterARestart()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var id = await cluster.Grains.Recorded(brigade.Id, new DateOnly(2024, 6, 10));
        var item = await cluster.Grains.Inspection(id).AddFinding(Finding(new DateOnly(2024, 7, 10)), "dadui");
        var scan = await cluster.Grains.Upload(brigade.Id, Head, "整改照片.pdf");
        await cluster.Grains.UnitGrain(brigade.Id, "fazhi").ReportRectification(item.Id, "已整改", [scan], Head);

        await cluster.Restart();
        var ledger = cluster.Grains.GetGrain<IOversightGrain>(brigade.Id);

        var inspection = Assert.Single(await ledger.ListInspections(null));
        Assert.Equal((id, item.Id), (inspection.Id, inspection.Findings.Single().RectificationId));
        var listed = Assert.Single(await ledger.ListRectifications(new RectificationFilter()));
        Assert.Equal((RectificationState.Reported, "整改照片.pdf"), (listed.State, listed.Report()!.Attachments![0].FileName));
    }

    [Fact]
    public async Task AFindingKeptBeforeACrashIsOpenedInItsUnitWhenTheInspectionWakes()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var id = await cluster.Grains.Recorded(brigade.Id, new DateOnly(2024, 6, 10));
        var item = new Rectification(
            RectificationIds.Of(id, 1), brigade.Id, id, "卷宗装订不规范", "执法卷宗", "fazhi", null, Severity.Low, null, "wang",
            "重新装订", new DateOnly(2024, 7, 10), null, "dadui", cluster.Time.GetUtcNow(), []);
        // What a crash after the finding was kept and before the unit heard of it leaves in the log.
        var store = ((InProcessSiloHandle)cluster.Cluster.Primary!).SiloHost.Services.GetRequiredService<IEventStore>();
        Assert.True(await store.AppendAsync(new StreamAppend(
            InspectionEvent.Stream(id), brigade.Id, 1, [InspectionEvent.Codec.Encode(new FindingAdded(item) { Actor = "dadui", At = item.OpenedAt })], null)));
        await cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        var inspection = (await cluster.Grains.Inspection(id).Get())!;

        Assert.Equal(item.Id, inspection.Findings.Single().RectificationId);
        Assert.Equal("卷宗装订不规范", (await cluster.Grains.UnitGrain(brigade.Id, "fazhi").GetRectification(item.Id))!.Problem);
        Assert.Equal(item.Id, Assert.Single(await cluster.Grains.GetGrain<IOversightGrain>(brigade.Id).ListRectifications(new RectificationFilter())).Id);
    }
}
