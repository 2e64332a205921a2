namespace Responsibility.Bench;

using System.Diagnostics;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;

/// <summary>
/// A new api process (the built <c>Responsibility.Api.dll</c>) on the data folder the run left: from process start to
/// the first brigade rollup equal to the one the running system answered before it stopped. The files are in the
/// page cache (this is a restart, not a boot).
/// </summary>
public sealed class ColdStart(string dataPath, string brigadeId, string leaderToken, JsonNode expected, BenchOptions options, Results results)
{
    public async Task Run()
    {
        var times = new List<(double Listening, double Correct)>();
        for (var i = 0; i < options.ColdStarts; i++)
        {
            times.Add(await Once());
            Results.Progress($"cold start {i + 1}: listening after {times[^1].Listening:0.00} s, correct rollup after {times[^1].Correct:0.00} s");
        }

        if (times.Count > 0)
        {
            var median = times.OrderBy(t => t.Correct).ElementAt(times.Count / 2);
            results.Add("cold_start_listening_s", "Cold start: process start to /health/live answering (same runs)", median.Listening, "s");
            results.Add("cold_start_s", $"Cold start to the first correct rollup, {expected["taskCount"]!.GetValue<int>():N0} persisted tasks (separate process, median of {times.Count})",
                median.Correct, "s", "≤ 3 s", median.Correct <= 3);
        }
    }

    private async Task<(double Listening, double Correct)> Once()
    {
        var port = BenchHost.FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Responsibility.Api.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Storage__DataPath"] = dataPath,
                ["Orleans__SiloPort"] = BenchHost.FreePort().ToString(),
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Warning",
            },
        };
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", leaderToken);
        var output = new List<string>();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        double? listening = null;
        try
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(120) && !process.HasExited)
            {
                // Listening first (the liveness probe wakes no grain), then the rollup (which wakes the brigade).
                if (listening is null)
                {
                    listening = await Get(http, port, "/health/live") is not null ? clock.Elapsed.TotalSeconds : null;
                }
                else if (await Get(http, port, $"/api/v1/brigades/{brigadeId}/rollup") is { } body && Matches(JsonNode.Parse(body)!))
                {
                    return (listening.Value, clock.Elapsed.TotalSeconds);
                }

                await Task.Delay(10);
            }

            throw new InvalidOperationException($"The restarted api gave no correct rollup:{Environment.NewLine}{string.Join(Environment.NewLine, output.TakeLast(20))}");
        }
        finally
        {
            await Stop(process);
        }
    }

    /// <summary>The body of a successful answer; null before the api listens or while it answers otherwise.</summary>
    private static async Task<string?> Get(HttpClient http, int port, string path)
    {
        try
        {
            using var response = await http.GetAsync($"http://127.0.0.1:{port}{path}");
            return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private bool Matches(JsonNode rollup) =>
        rollup["taskCount"]!.GetValue<int>() == expected["taskCount"]!.GetValue<int>()
        && JsonNode.DeepEquals(rollup["counts"], expected["counts"])
        && Math.Abs(rollup["percent"]!.GetValue<double>() - expected["percent"]!.GetValue<double>()) < 1e-9;

    /// <summary>SIGTERM, as a service manager stops it, so it shuts down cleanly; killed if it has not after 30 s.</summary>
    private static async Task Stop(Process process)
    {
        if (process.HasExited)
        {
            return;
        }

        _ = Kill(process.Id, 15);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
        }
    }

    private static void Keep(List<string> output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.Add(line);
            }
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
