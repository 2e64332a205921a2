namespace Responsibility.Bench;

using System.Diagnostics;
using Npgsql;

/// <summary>
/// What the cluster's PostgreSQL allows and does: its one-row commit over a loopback connection, with and without
/// waiting for the WAL's fsync, and how many write transactions it has begun — the silos' group commits and any state write.
/// A transaction id is assigned only to a transaction that writes, so the next id counts them without statistics'
/// delays.
/// </summary>
public sealed class PostgresProbes(string connectionString) : IDisposable
{
    private readonly NpgsqlConnection connection = Open(connectionString);

    public string ServerVersion => connection.PostgreSqlVersion.ToString();

    public long WriteTransactions()
    {
        using var command = new NpgsqlCommand("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint", connection);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>
    /// Median one-row commits, alternately waiting for the WAL's fsync and not (synchronous_commit off for the
    /// transaction): the difference is the fsync, the rest is the round trips and the server's work.
    /// </summary>
    public (double Durable, double NotWaiting) CommitMilliseconds(int commits)
    {
        Execute("CREATE TABLE IF NOT EXISTS bench_fsync_probe (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body TEXT NOT NULL)");
        var (durable, notWaiting) = (new long[commits], new long[commits]);
        var body = new string('x', 1000);
        for (var i = 0; i < 2 * commits; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var transaction = connection.BeginTransaction();
            using var insert = new NpgsqlCommand(
                (i % 2 == 0 ? "" : "SET LOCAL synchronous_commit = off; ") + "INSERT INTO bench_fsync_probe (body) VALUES (@body)",
                connection, transaction);
            insert.Parameters.AddWithValue("body", body);
            insert.ExecuteNonQuery();
            transaction.Commit();
            (i % 2 == 0 ? durable : notWaiting)[i / 2] = Stopwatch.GetTimestamp() - started;
        }

        Execute("DROP TABLE bench_fsync_probe");
        return (new Percentiles(durable).P50, new Percentiles(notWaiting).P50);
    }

    public void Dispose() => connection.Dispose();

    private static NpgsqlConnection Open(string connectionString)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Options = "-c synchronous_commit=on" }.ConnectionString);
        connection.Open();
        return connection;
    }

    private void Execute(string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
