namespace Responsibility.TestSupport;

using System.Diagnostics;
using StackExchange.Redis;

/// <summary>
/// A throw-away Redis for the test run on a free 127.0.0.1 port, with append-only persistence as production runs it
/// (docs/deployment.md), in a temp folder deleted at the end. Missing <c>redis-server</c> fails the tests, never skips them.
/// </summary>
public sealed class RedisServer
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "responsibility-redis-" + Guid.NewGuid().ToString("N"));
    private Process? server;

    public int Port { get; } = FreePorts.Next();

    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false";

    public int ProcessId => server?.Id ?? 0;

    public async Task StartAsync()
    {
        var binary = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("The cluster tests start their own Redis, but redis-server was not found: apt-get install redis-server");
        Directory.CreateDirectory(folder);
        server = Process.Start(new ProcessStartInfo(binary)
        {
            ArgumentList =
            {
                "--port", Port.ToString(), "--bind", "127.0.0.1", "--dir", folder, "--save", "",
                "--appendonly", "yes", "--appendfsync", "everysec", "--protected-mode", "yes",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        server.OutputDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                await using var connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{Port},connectTimeout=200");
                await connection.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"redis-server did not answer on port {Port}.");
    }

    public async Task StopAsync()
    {
        if (server is { HasExited: false })
        {
            server.Kill();
            await server.WaitForExitAsync();
        }

        server?.Dispose();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
