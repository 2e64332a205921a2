namespace Responsibility.Grains.Tests;

using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>Two silos over one database, as in a cluster: each asks for the due reports at the same moment.</summary>
public sealed class TwoSiloScheduleTests : IAsyncLifetime
{
    private readonly ClusterFixture cluster = new(silos: 2);

    public Task InitializeAsync() => cluster.InitializeAsync();

    public Task DisposeAsync() => cluster.DisposeAsync();

    [Fact]
    public async Task EveryMonthIsGeneratedOnceWhenBothSilosCatchUpAtOnce()
    {
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 1, 10, 4, 0, 0, TimeSpan.Zero));
        var brigade = await new TestBrigade(cluster.Grains).Create();
        await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.Zero));
        var perSilo = cluster.Cluster.Silos
            .Select(s => ((InProcessSiloHandle)s).SiloHost.Services.GetRequiredService<IGrainFactory>())
            .Select(grains => grains.GetGrain<IReportScheduleGrain>(brigade.Id))
            .ToList();

        var generated = await Task.WhenAll(perSilo.Select(schedule => schedule.CatchUp()));

        Assert.Equal(2, perSilo.Count);
        Assert.Equal(["2024-01", "2024-02", "2024-03"], generated.SelectMany(g => g).Order());
        Assert.All(await perSilo[1].List(), r => Assert.Equal(1, r.Versions));
    }
}
