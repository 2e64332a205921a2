namespace Responsibility.TestSupport;

using System.Diagnostics;
using Npgsql;

/// <summary>
/// A throw-away PostgreSQL server for the test run: initdb into /tmp, started on a free 127.0.0.1 port, stopped
/// and deleted at the end. Each test asks it for a fresh database. <paramref name="durable"/> keeps the server's
/// fsync on, as a deployment runs it (the bench measures commits); tests run without it for speed.
/// </summary>
public class PostgresServer(bool durable = false)
{
    // Not Path.GetTempPath(): every parent of the data folder must be traversable by the server's account.
    private readonly string folder = Path.Combine("/tmp", "responsibility-pg-" + Guid.NewGuid().ToString("N"));
    private string bin = "";
    private bool started;

    public int Port { get; private set; }

    private string DataFolder => Path.Combine(folder, "data");

    private string Log => Path.Combine(DataFolder, "server.log");

    /// <summary>The postmaster's process id, once started (its backends are its children).</summary>
    public int ProcessId { get; private set; }

    public async Task StartAsync()
    {
        bin = FindBinaries();
        Port = FreePorts.Next();
        Directory.CreateDirectory(folder);
        if (Environment.IsPrivilegedProcess)
        {
            await RunToEndAsync(new ProcessStartInfo("chown", ["postgres:postgres", folder]), "chown");
        }

        await RunAsync("initdb", "-D", DataFolder, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale");
        try
        {
            // Durability settings are off for speed unless asked for: test databases die with the test run. The
            // dialect's own synchronous_commit=on is checked against this server precisely because the default is off.
            var speed = durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
            await RunAsync(
                "pg_ctl", "-D", DataFolder, "-l", Log, "-w", "-t", "30", "-o",
                $"-p {Port} -c listen_addresses=127.0.0.1 -k {DataFolder}{speed}",
                "start");
            started = true;
            ProcessId = int.Parse(File.ReadLines(Path.Combine(DataFolder, "postmaster.pid")).First());
        }
        catch (InvalidOperationException e) when (File.Exists(Log))
        {
            var log = await File.ReadAllTextAsync(Log);
            Directory.Delete(folder, recursive: true);
            throw new InvalidOperationException($"{e.Message}{Environment.NewLine}{log}", e);
        }
    }

    /// <summary>
    /// A new empty database. Its default collation is ICU English, not C: production databases are usually created
    /// with a language's collation, so the dialect must not depend on the default sorting text by bytes.
    /// </summary>
    public async Task<string> CreateDatabaseAsync()
    {
        // Tests using this server run one at a time, so the pools of earlier tests' databases are idle: closing
        // them keeps the server below its connection limit however many tests there are.
        NpgsqlConnection.ClearAllPools();
        var name = "t" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"CREATE DATABASE {name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en' LOCALE 'C'";
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, IncludeErrorDetail = true,
        }.ConnectionString;

    public async Task StopAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (started)
        {
            started = false;
            await RunAsync("pg_ctl", "-D", DataFolder, "-m", "immediate", "-w", "stop");
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string FindBinaries()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(v => int.TryParse(Path.GetFileName(v), out var n) ? n : 0)
                .Select(v => Path.Combine(v, "bin"))
            : [];
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return candidates.Concat(path).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new InvalidOperationException(
                "The PostgreSQL tests start their own server, but initdb and pg_ctl were found neither under " +
                "/usr/lib/postgresql/*/bin nor on PATH: apt-get install postgresql");
    }

    // initdb refuses to run as root, so root runs the server as the postgres account the package creates.
    private Task RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo();
        if (Environment.IsPrivilegedProcess)
        {
            start.FileName = "runuser";
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add("postgres");
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(Path.Combine(bin, tool));
        }
        else
        {
            start.FileName = Path.Combine(bin, tool);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return RunToEndAsync(start, tool);
    }

    private static async Task RunToEndAsync(ProcessStartInfo start, string tool)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {await error}{await output}");
        }
    }
}
