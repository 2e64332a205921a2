using Microsoft.Data.Sqlite;

namespace Responsibility.Storage.Copy;

/// <summary>
/// Copies an embedded brigade's SQLite database into PostgreSQL in one transaction, and commits only when every
/// table's row count and checksum read back from PostgreSQL equal the source's.
/// </summary>
public static class BrigadeCopy
{
    public static async Task<IReadOnlyList<TableCheck>> CopyAsync(
        string databasePath, string targetConnectionString, bool replace, CancellationToken cancellationToken = default)
    {
        await using var source = await OpenSourceAsync(databasePath, cancellationToken);
        var present = await SourceTablesAsync(source, cancellationToken);
        if (present.Count == 0)
        {
            throw new CopyRefusedException($"{databasePath} holds none of the tables of a Responsibility database.");
        }

        await using var target = await PostgresTarget.OpenAsync(targetConnectionString, cancellationToken);
        await target.ClearAsync(replace, cancellationToken);

        // One read transaction: every table comes from the same moment of the source.
        await using var reading = source.BeginTransaction(deferred: true);
        var checks = new List<TableCheck>();
        foreach (var table in CopiedTable.All)
        {
            using var digest = new RowDigest(table);
            if (present.Contains(table.Name))
            {
                await using var command = source.CreateCommand();
                command.Transaction = reading;
                command.CommandText = table.SelectSql(SqliteDialect.Instance);
                await using var rows = await command.ExecuteReaderAsync(cancellationToken);
                await target.WriteAsync(table, rows, digest, cancellationToken);
            }

            var copied = digest.Finish();
            var stored = await target.DigestAsync(table, cancellationToken);
            if (stored != copied)
            {
                throw new CopyRefusedException(
                    $"{table.Name} did not verify: {copied.Rows} rows (sha-256 {copied.Checksum}) read from SQLite, " +
                    $"{stored.Rows} rows (sha-256 {stored.Checksum}) in PostgreSQL. Nothing was committed.");
            }

            checks.Add(copied);
        }

        await target.CommitAsync(cancellationToken);
        return checks;
    }

    private static async Task<SqliteConnection> OpenSourceAsync(string databasePath, CancellationToken cancellationToken)
    {
        // Not Create: a missing file is an error. Not ReadOnly either, which would leave -wal and -shm files behind
        // that only a writer removes at close; the copy itself only reads.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false,
        }.ToString());
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task<HashSet<string>> SourceTablesAsync(SqliteConnection source, CancellationToken cancellationToken)
    {
        await using var command = source.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        // A data folder from before the event log has no events tables: those copy as empty.
        names.IntersectWith(CopiedTable.All.Select(t => t.Name));
        return names;
    }
}
