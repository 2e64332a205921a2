using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Responsibility.Storage.Tests;

/// <summary>Orleans' reminder service over <see cref="SqlReminderTable"/>, across a silo restart.</summary>
public sealed class SqliteReminderSiloTests : IDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    // TestClusterBuilder picks a fresh ServiceId per cluster, and reminder rows belong to a service.
    private readonly string _serviceId = "reminder-test-" + Guid.NewGuid().ToString("N");
    private readonly SqliteTempDatabase _database = new();

    [Fact]
    public async Task RegisteredReminderFiresAndStillFiresAfterTheSiloRestarts()
    {
        var cluster = await StartClusterAsync();
        try
        {
            var probe = cluster.GrainFactory.GetGrain<IReminderProbeGrain>("monthly-report");
            await probe.Register(Period);
            await WaitForTickAsync(probe);

            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
            var stored = await new SqlReminderTable(_database.ConnectionString, SqliteDialect.Instance, _serviceId)
                .ReadRow(probe.GetGrainId(), ReminderProbeGrain.ReminderName);
            Assert.Equal(Period, stored?.Period);
            cluster = await StartClusterAsync();

            probe = cluster.GrainFactory.GetGrain<IReminderProbeGrain>("monthly-report");
            Assert.True(await probe.IsRegistered());
            await WaitForTickAsync(probe);
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    public void Dispose() => _database.Dispose();

    private async Task<TestCluster> StartClusterAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.Options.ServiceId = _serviceId;
        builder.Properties["Test:DatabasePath"] = _database.FilePath;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    private static async Task WaitForTickAsync(IReminderProbeGrain probe)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (await probe.Ticks() == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"no reminder tick within {Patience}");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.UseSqliteReminderService(siloBuilder.Configuration["Test:DatabasePath"]!);
            siloBuilder.Services.Configure<ReminderOptions>(options => options.MinimumReminderPeriod = Period);
        }
    }
}
