using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Responsibility.Storage.Tests;

public sealed class SqliteReminderRegistrationTests : IDisposable
{
    private readonly SqliteTempDatabase _database = new();

    [Fact]
    public async Task RegisteredTableKeepsRowsUnderTheClusterServiceId()
    {
        var services = new ServiceCollection();
        services.Configure<ClusterOptions>(options => options.ServiceId = "responsibility");
        new TestSiloBuilder(services).UseSqliteReminderService(_database.FilePath);
        await using var provider = services.BuildServiceProvider();
        var grain = GrainId.Create("report", "monthly");

        var table = Assert.IsType<SqlReminderTable>(provider.GetRequiredService<IReminderTable>());
        await table.StartAsync(CancellationToken.None);
        var etag = await table.UpsertRow(new ReminderEntry
        {
            GrainId = grain, ReminderName = "close-month", StartAt = DateTime.UtcNow, Period = TimeSpan.FromDays(1),
        });

        var sameService = new SqlReminderTable(_database.ConnectionString, SqliteDialect.Instance, "responsibility");
        Assert.Equal(etag, (await sameService.ReadRow(grain, "close-month"))?.ETag);
        Assert.Contains(services, service => service.ServiceType == typeof(IReminderService));
    }

    public void Dispose() => _database.Dispose();
}
