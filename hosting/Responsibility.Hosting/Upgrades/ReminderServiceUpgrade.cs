namespace Responsibility.Hosting.Upgrades;

using Microsoft.Extensions.Logging;
using Responsibility.Storage;

/// <summary>
/// Versions before the cluster settings ran their embedded silo under Orleans' default service id, and reminders are
/// kept per service id: the brigade's report schedule is moved to the configured id, so it keeps firing after the upgrade.
/// </summary>
public sealed class ReminderServiceUpgrade(string databasePath, string serviceId, ILoggerFactory loggers) : ILifecycleParticipant<ISiloLifecycle>
{
    private static readonly string[] EarlierServiceIds = ["default", "dev"];

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(ReminderServiceUpgrade), ServiceLifecycleStage.ApplicationServices + 100, Run);

    private async Task Run(CancellationToken cancellationToken)
    {
        var moved = await SqlReminderTable.AdoptAsync(
            SqliteDialect.Instance, SqliteDialect.ConnectionStringFor(databasePath), EarlierServiceIds.Where(id => id != serviceId).ToArray(),
            serviceId, cancellationToken);
        if (moved > 0)
        {
            loggers.CreateLogger<ReminderServiceUpgrade>().LogInformation("Moved {Count} reminders to service {ServiceId}", moved, serviceId);
        }
    }
}
