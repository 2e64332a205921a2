using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Hosting;
using Orleans.Runtime.Hosting;
using Orleans.Serialization.Serializers;

namespace Responsibility.Storage;

public static class SqlGrainStorageExtensions
{
    public static ISiloBuilder AddSqlGrainStorage(
        this ISiloBuilder builder, string name, Action<SqlGrainStorageOptions> configure, SqlDialect dialect)
    {
        builder.Services.AddSqlGrainStorage(name, configure, dialect);
        return builder;
    }

    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder builder, string name, string databasePath)
    {
        builder.Services.AddSqliteGrainStorage(name, databasePath);
        return builder;
    }

    public static IServiceCollection AddSqliteGrainStorage(
        this IServiceCollection services, string name, string databasePath) =>
        services.AddSqlGrainStorage(
            name,
            options => options.ConnectionString = SqliteDialect.ConnectionStringFor(databasePath),
            SqliteDialect.Instance);

    /// <summary>Grain state in the <c>grain_state</c> table of a PostgreSQL database (Npgsql connection string).</summary>
    public static ISiloBuilder AddPostgresGrainStorage(this ISiloBuilder builder, string name, string connectionString)
    {
        builder.Services.AddPostgresGrainStorage(name, connectionString);
        return builder;
    }

    public static IServiceCollection AddPostgresGrainStorage(
        this IServiceCollection services, string name, string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        return services.AddSqlGrainStorage(
            name, options => options.ConnectionString = connectionString, PostgresDialect.Instance);
    }

    public static IServiceCollection AddSqlGrainStorage(
        this IServiceCollection services, string name, Action<SqlGrainStorageOptions> configure, SqlDialect dialect)
    {
        services.AddOptions<SqlGrainStorageOptions>(name).Configure(configure);
        // The factory must return the concrete type: AddGrainStorage registers the lifecycle participant
        // only when its type argument implements ILifecycleParticipant<ISiloLifecycle>.
        return services.AddGrainStorage(name, (sp, storageName) => new SqlGrainStorage(
            storageName,
            sp.GetRequiredService<IOptionsMonitor<SqlGrainStorageOptions>>().Get(storageName),
            dialect,
            sp.GetService<IActivatorProvider>()));
    }
}
