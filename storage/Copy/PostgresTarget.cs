using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Responsibility.Storage.Copy;

/// <summary>The database a brigade is copied into: one transaction from the emptiness check to the commit.</summary>
internal sealed class PostgresTarget : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;

    private PostgresTarget(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
    }

    /// <summary>Creates the tables as a silo would (idempotent, safe beside starting silos) and opens the transaction.</summary>
    public static async Task<PostgresTarget> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var dialect = PostgresDialect.Instance;
        var connection = (NpgsqlConnection)await dialect.OpenAsync(connectionString, cancellationToken);
        try
        {
            foreach (var schema in new[]
            {
                dialect.CreateTableSql, dialect.CreateEventTablesSql, dialect.CreateRemindersTableSql, dialect.CreateAttachmentTablesSql,
            })
            {
                await ExecuteAsync(connection, schema, cancellationToken);
            }

            return new PostgresTarget(connection, await connection.BeginTransactionAsync(cancellationToken));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Refuses a target that holds rows, unless <paramref name="replace"/>: then they go (with the copy, or not at all).</summary>
    public async Task ClearAsync(bool replace, CancellationToken cancellationToken)
    {
        var held = new List<string>();
        foreach (var table in CopiedTable.All)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table.Name}", connection);
            var rows = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
            if (rows > 0)
            {
                held.Add($"{table.Name}: {rows} rows");
            }
        }

        if (held.Count > 0 && !replace)
        {
            throw new CopyRefusedException(
                $"The target database already holds data ({string.Join(", ", held)}); nothing was copied. " +
                "Add --replace to overwrite it.");
        }

        if (held.Count > 0)
        {
            await ExecuteAsync(connection,
                $"TRUNCATE {string.Join(", ", CopiedTable.All.Select(t => t.Name))} RESTART IDENTITY", cancellationToken);
        }
    }

    /// <summary>Writes the source's rows through binary COPY, every column's type given: nothing is inferred.</summary>
    public async Task WriteAsync(CopiedTable table, DbDataReader rows, RowDigest digest, CancellationToken cancellationToken)
    {
        // COPY writes identity columns as given, so events keep their positions.
        await using var import = await connection.BeginBinaryImportAsync(
            $"COPY {table.Name} ({string.Join(", ", table.ColumnNames)}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        while (await rows.ReadAsync(cancellationToken))
        {
            await import.StartRowAsync(cancellationToken);
            var values = digest.Read(rows);
            for (var i = 0; i < values.Length; i++)
            {
                await (values[i] switch
                {
                    null => import.WriteNullAsync(cancellationToken),
                    string text => import.WriteAsync(text, NpgsqlDbType.Text, cancellationToken),
                    long integer when table.Columns[i].Kind == ColumnKind.Int32 =>
                        import.WriteAsync(checked((int)integer), NpgsqlDbType.Integer, cancellationToken),
                    long integer => import.WriteAsync(integer, NpgsqlDbType.Bigint, cancellationToken),
                    byte[] data => import.WriteAsync(data, NpgsqlDbType.Bytea, cancellationToken),
                    var value => import.WriteAsync((DateTimeOffset)value, NpgsqlDbType.TimestampTz, cancellationToken),
                });
            }
        }

        await import.CompleteAsync(cancellationToken);
    }

    /// <summary>The table as this transaction now holds it, read back the way the source was read.</summary>
    public async Task<TableCheck> DigestAsync(CopiedTable table, CancellationToken cancellationToken)
    {
        using var digest = new RowDigest(table);
        await using var command = new NpgsqlCommand(table.SelectSql(PostgresDialect.Instance), connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            digest.Read(reader);
        }

        return digest.Finish();
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        // Positions were copied as they were, so new events must be numbered after the last of them.
        await ExecuteAsync(connection,
            $"SELECT setval(pg_get_serial_sequence('{SqlDialect.EventsTableName}', 'position'), max(position)) " +
            $"FROM {SqlDialect.EventsTableName} HAVING max(position) IS NOT NULL", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
