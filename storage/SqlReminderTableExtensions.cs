using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Responsibility.Storage;

public static class SqlReminderTableExtensions
{
    /// <summary>Durable reminders in the SQLite file at <paramref name="databasePath"/>.</summary>
    public static ISiloBuilder UseSqliteReminderService(this ISiloBuilder builder, string databasePath) =>
        builder.UseSqlReminderService(SqliteDialect.ConnectionStringFor(databasePath), SqliteDialect.Instance);

    /// <summary>Durable reminders in a PostgreSQL database (Npgsql connection string).</summary>
    public static ISiloBuilder UsePostgresReminderService(this ISiloBuilder builder, string connectionString) =>
        builder.UseSqlReminderService(connectionString, PostgresDialect.Instance);

    /// <summary>Adds Orleans' reminder service with its table in <paramref name="connectionString"/>'s database.</summary>
    public static ISiloBuilder UseSqlReminderService(
        this ISiloBuilder builder, string connectionString, SqlDialect dialect)
    {
        builder.AddReminders();
        builder.Services.AddSqlReminderTable(connectionString, dialect);
        return builder;
    }

    /// <summary>
    /// Only the table, like Orleans' own <c>UseInMemoryReminderService(IServiceCollection)</c>; rows are scoped by
    /// <see cref="ClusterOptions.ServiceId"/>, which must therefore stay the same across restarts.
    /// </summary>
    public static IServiceCollection AddSqlReminderTable(
        this IServiceCollection services, string connectionString, SqlDialect dialect)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        ArgumentNullException.ThrowIfNull(dialect);
        // The reminder service starts the table (StartAsync), so no lifecycle participant is needed here.
        return services.AddSingleton<IReminderTable>(sp => new SqlReminderTable(
            connectionString, dialect, sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId));
    }
}
