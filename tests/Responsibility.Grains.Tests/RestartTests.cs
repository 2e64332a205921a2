namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>Its own cluster: restarting it must not disturb the shared one.</summary>
public sealed class RestartTests : IAsyncLifetime
{
    private readonly ClusterFixture cluster = new();

    public Task InitializeAsync() => cluster.InitializeAsync();

    public Task DisposeAsync() => cluster.DisposeAsync();

    [Fact]
    public async Task StateSurvivesASiloRestartOnTheSameSqliteFile()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12, "checks");
        await brigade.Task(task.Definition.Id).ReportProgress(TestBrigade.Report(3, new DateOnly(2024, 5, 31), "k-1"), "li");
        var before = await brigade.Brigade.GetRollup(2024, null);

        await cluster.Restart();
        var restarted = new TestBrigadeHandle(cluster.Grains, brigade.Id);
        var replay = await restarted.Task(task.Definition.Id).ReportProgress(TestBrigade.Report(3, new DateOnly(2024, 5, 31), "k-1"), "li");
        var after = await restarted.Brigade.GetRollup(2024, null);

        Assert.True(replay.Replayed);
        Assert.Equal(before.Overall.Percent, after.Overall.Percent, 12);
        Assert.Equal(3, after.Indicators.Single().Actual);
        Assert.Equal(["fazhi", "xuanchuan"], after.Units.Select(u => u.UnitId));
        Assert.True((await restarted.Brigade.GetInfo()).Leaders.Single(l => l.Id == "wang").IsFirstResponsible);
    }

    private sealed record TestBrigadeHandle(IGrainFactory Grains, string Id)
    {
        public Abstractions.IBrigadeGrain Brigade => Grains.GetGrain<Abstractions.IBrigadeGrain>(Id);

        public Abstractions.ITaskGrain Task(string taskId) => Grains.GetGrain<Abstractions.ITaskGrain>(taskId);
    }
}
