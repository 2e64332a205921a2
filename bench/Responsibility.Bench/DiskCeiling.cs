namespace Responsibility.Bench;

using System.Diagnostics;
using Microsoft.Data.Sqlite;

/// <summary>
/// What the disk allows durable writes: one-row SQLite commits in WAL mode with synchronous=FULL (an fsync each),
/// in a scratch file beside the data. Group commit shares one such commit among the appends that arrive together.
/// </summary>
public static class DiskCeiling
{
    public static double CommitMilliseconds(string folder, int commits)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "fsync-probe.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE probe (id INTEGER PRIMARY KEY, body TEXT)");
            var times = new long[commits];
            var body = new string('x', 1000);
            for (var i = 0; i < commits; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var transaction = connection.BeginTransaction();
                using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO probe (body) VALUES ($body)";
                insert.Parameters.AddWithValue("$body", body);
                insert.ExecuteNonQuery();
                transaction.Commit();
                times[i] = Stopwatch.GetTimestamp() - started;
            }

            SqliteConnection.ClearAllPools();
            return new Percentiles(times).P50;
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
