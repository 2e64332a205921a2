using System.Net;
using System.Net.Sockets;
using Responsibility.Storage.Copy;

namespace Responsibility.Storage.Tests.Copy;

/// <summary>Mistakes a user can correct are answered with one message and an exit code, not a stack trace.</summary>
public sealed class CopyToPostgresErrorTests : IDisposable
{
    private const string Reachable = "Host=127.0.0.1;Username=postgres;Database=responsibility";
    private readonly SqliteDataFolder source = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    [Fact]
    public async Task MissingDataFolderIsNamed()
    {
        var exit = await RunAsync("--from", source.Folder, "--to", Reachable);

        Assert.Equal(CopyToPostgresCommand.Failed, exit);
        Assert.Equal($"There is no data folder at {source.Folder}.", error.ToString().Trim());
    }

    [Fact]
    public async Task FolderWithoutTheDatabaseFileIsNamed()
    {
        Directory.CreateDirectory(source.Folder);

        var exit = await RunAsync("--from", source.Folder, "--to", Reachable);

        Assert.Equal(CopyToPostgresCommand.Failed, exit);
        Assert.StartsWith($"{source.Folder} holds no {SqliteDataFolder.DatabaseFileName}", error.ToString());
    }

    [Theory]
    [InlineData("", "holds none of the tables of a Responsibility database.")]
    [InlineData("not a database, but long enough to be read as a page header", "Could not read ")]
    public async Task DatabaseFileThatIsNotOursIsRefused(string content, string message)
    {
        Directory.CreateDirectory(source.Folder);
        var database = Path.Combine(source.Folder, SqliteDataFolder.DatabaseFileName);
        await File.WriteAllTextAsync(database, content);

        var exit = await RunAsync("--from", source.Folder, "--to", Reachable);

        Assert.Equal(CopyToPostgresCommand.Failed, exit);
        Assert.Contains(message, error.ToString());
        Assert.DoesNotContain(" at Microsoft.Data", error.ToString());
    }

    [Fact]
    public async Task UnreachableServerIsNamedWithoutThePassword()
    {
        await source.WriteStatesAsync();
        var closedPort = ClosedPort();

        var exit = await RunAsync(
            "--from", source.Folder, "--to", $"Host=127.0.0.1;Port={closedPort};Username=u;Password=s3cret-pw;Database=d;Timeout=5");

        Assert.Equal(CopyToPostgresCommand.Failed, exit);
        Assert.StartsWith($"PostgreSQL at 127.0.0.1:{closedPort}/d: ", error.ToString());
        Assert.EndsWith("Nothing was copied.", error.ToString().Trim());
        Assert.DoesNotContain("s3cret-pw", error.ToString());
        Assert.DoesNotContain(" at Npgsql", error.ToString());
    }

    [Theory]
    [InlineData("Hots=127.0.0.1", "--to is not a PostgreSQL connection string")]
    [InlineData("Username=u;Database=d", "--to names no Host")]
    public async Task MalformedConnectionStringIsAUsageError(string connectionString, string message)
    {
        await source.WriteStatesAsync();

        var exit = await RunAsync("--from", source.Folder, "--to", connectionString);

        Assert.Equal(CopyToPostgresCommand.Usage, exit);
        Assert.StartsWith(message, error.ToString());
    }

    [Theory]
    [InlineData]
    [InlineData("--from", "data")]
    [InlineData("--from", "data", "--to")]
    [InlineData("--from", "data", "--to", Reachable, "--force")]
    public async Task IncompleteOrUnknownArgumentsPrintTheUsage(params string[] args)
    {
        var exit = await RunAsync(args);

        Assert.Equal(CopyToPostgresCommand.Usage, exit);
        Assert.StartsWith("usage: copy-to-postgres --from <data folder> --to", error.ToString());
    }

    public void Dispose() => source.Dispose();

    private Task<int> RunAsync(params string[] args) =>
        CopyToPostgresCommand.RunAsync(args, SqliteDataFolder.DatabaseFileName, output, error);

    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
