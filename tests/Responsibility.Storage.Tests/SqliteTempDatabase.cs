using Microsoft.Data.Sqlite;

namespace Responsibility.Storage.Tests;

/// <summary>A database path in a not-yet-existing temp folder, removed afterwards.</summary>
public sealed class SqliteTempDatabase : IDisposable
{
    private readonly string _folder =
        Path.Combine(Path.GetTempPath(), "responsibility-storage-" + Guid.NewGuid().ToString("N"));

    public string FilePath => Path.Combine(_folder, "nested", "test.db");

    public string ConnectionString => SqliteDialect.ConnectionStringFor(FilePath);

    public void Dispose()
    {
        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
