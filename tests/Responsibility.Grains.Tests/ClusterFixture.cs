namespace Responsibility.Grains.Tests;

using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using Responsibility.Grains;
using Responsibility.Grains.Abstractions;
using Responsibility.Hosting;

/// <summary>
/// One in-process cluster per collection, configured by the production <see cref="SiloConfiguration"/> over a
/// SQLite file of its own; tests isolate themselves with fresh brigade ids rather than resetting state.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private static readonly ConcurrentDictionary<string, FakeTimeProvider> Clocks = new();

    private readonly short silos;
    private readonly IReadOnlyDictionary<string, string> settings;

    public ClusterFixture()
        : this(1)
    {
    }

    /// <param name="settings">Configuration the silos see beside the fixture's own, e.g. a lower limit to reach.</param>
    internal ClusterFixture(short silos, IReadOnlyDictionary<string, string>? settings = null)
    {
        this.silos = silos;
        this.settings = settings ?? new Dictionary<string, string>();
        DataPath = Path.Combine(Path.GetTempPath(), "responsibility-tests", Guid.NewGuid().ToString("N"));
        Clocks[ClockId] = Time;
    }

    /// <summary>Noon in Shanghai on 2024-06-15 unless a test moves it.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2024, 6, 15, 4, 0, 0, TimeSpan.Zero));

    public string DataPath { get; }

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    private string ClockId => DataPath;

    public async Task InitializeAsync() => Cluster = await StartCluster();

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    /// <summary>Stops every silo and starts a new cluster over the same database file.</summary>
    public async Task Restart()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Cluster = await StartCluster();
    }

    private async Task<TestCluster> StartCluster()
    {
        var builder = new TestClusterBuilder(silos);
        // Reminders are stored per service id; a restart must come back as the same service.
        builder.Options.ServiceId = "responsibility-tests";
        builder.Properties["Storage:DataPath"] = DataPath;
        builder.Properties["Orleans:Clustering"] = "None";
        builder.Properties["Test:ClockId"] = ClockId;
        foreach (var (key, value) in settings)
        {
            builder.Properties[key] = value;
        }

        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var configuration = siloBuilder.Configuration;
            siloBuilder.AddResponsibilitySilo(configuration);
            siloBuilder.Services.AddKeyedSingleton<TimeProvider>(DomainClock.Key, Clocks[configuration["Test:ClockId"]!]);
            siloBuilder.AddIncomingGrainCallFilter(FiguresReads.Count);
        }
    }
}
