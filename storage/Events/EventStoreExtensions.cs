namespace Responsibility.Storage.Events;

using Microsoft.Extensions.DependencyInjection;

public static class EventStoreExtensions
{
    /// <summary>The event log in the SQLite file that also holds grain state and reminders.</summary>
    public static IServiceCollection AddSqliteEventStore(this IServiceCollection services, string databasePath) =>
        services.AddSingleton<IEventStore>(_ => new SqlEventStore(SqliteDialect.Instance, SqliteDialect.ConnectionStringFor(databasePath)));
}
