namespace Responsibility.Storage.Attachments;

using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;

public static class AttachmentStoreExtensions
{
    /// <summary>The attachment store in the SQLite file that also holds the event log; its tables are made at silo start.</summary>
    public static IServiceCollection AddSqliteAttachmentStore(this IServiceCollection services, string databasePath)
    {
        services.AddSingleton(_ => new SqlAttachmentStore(SqliteDialect.Instance, SqliteDialect.ConnectionStringFor(databasePath)));
        services.AddSingleton<IAttachmentStore>(sp => sp.GetRequiredService<SqlAttachmentStore>());
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<SqlAttachmentStore>());
        return services;
    }

    /// <summary>The attachment store in a PostgreSQL database (Npgsql connection string), shared by every silo.</summary>
    public static IServiceCollection AddPostgresAttachmentStore(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        services.AddSingleton(_ => new SqlAttachmentStore(PostgresDialect.Instance, connectionString));
        services.AddSingleton<IAttachmentStore>(sp => sp.GetRequiredService<SqlAttachmentStore>());
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<SqlAttachmentStore>());
        return services;
    }
}
