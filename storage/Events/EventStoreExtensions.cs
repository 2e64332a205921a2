namespace Responsibility.Storage.Events;

using Microsoft.Extensions.DependencyInjection;

public static class EventStoreExtensions
{
    /// <summary>The event log in the SQLite file that also holds grain state and reminders.</summary>
    public static IServiceCollection AddSqliteEventStore(this IServiceCollection services, string databasePath) =>
        services.AddSingleton<IEventStore>(_ => new SqlEventStore(SqliteDialect.Instance, SqliteDialect.ConnectionStringFor(databasePath)));

    /// <summary>The event log in a PostgreSQL database (Npgsql connection string); every silo appends to the same tables.</summary>
    public static IServiceCollection AddPostgresEventStore(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        return services.AddSingleton<IEventStore>(_ => new SqlEventStore(PostgresDialect.Instance, connectionString));
    }
}
