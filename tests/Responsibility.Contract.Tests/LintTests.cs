namespace Responsibility.Contract.Tests;

using System.Diagnostics;
using Responsibility.TestSupport;

/// <summary>
/// Redocly's linter (tools/openapi-lint, pinned in its package-lock.json; the test command installs it with npm ci)
/// with contracts/redocly.yaml: the recommended rules and a few more, all as errors, on the document as served.
/// </summary>
[Collection(ServedApiCollection.Name)]
public sealed class LintTests(ServedApi api) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("responsibility-lint-").FullName;

    [Fact]
    public async Task ServedDocumentPassesTheLinterWithNoErrorOrWarning()
    {
        var (exitCode, report) = await Lint(api.DocumentText);

        Assert.True(exitCode == 0 && report.Errors == 0 && report.Warnings == 0,
            $"redocly lint on the served document: exit {exitCode}, {report.Errors} errors, {report.Warnings} warnings:\n  " +
            string.Join("\n  ", report.Problems));
    }

    [Fact]
    public async Task LinterFailsADocumentThatLosesItsSecurityAndOperationIds()
    {
        // Without this the first test could pass with a linter that never runs or a config that checks nothing.
        var broken = api.DocumentText
            .Replace("\"operationId\"", "\"x-operation-id\"", StringComparison.Ordinal)
            .Replace("\"securitySchemes\"", "\"x-security-schemes\"", StringComparison.Ordinal);

        var (exitCode, report) = await Lint(broken);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(report.Problems, p => p.StartsWith("operation-operationId:", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.StartsWith("security-defined:", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<(int ExitCode, LintReport Report)> Lint(string document)
    {
        var redocly = Repository.PathTo("tools", "openapi-lint", "node_modules", ".bin", "redocly");
        Assert.True(File.Exists(redocly), $"{redocly} is missing: run `npm ci --prefix tools/openapi-lint` (the test command does).");
        var path = Path.Combine(folder, "openapi.json");
        await File.WriteAllTextAsync(path, document);

        var start = new ProcessStartInfo(redocly)
        {
            ArgumentList = { "lint", path, "--config", Repository.PathTo("contracts", "redocly.yaml"), "--format", "json", "--max-problems", "10000" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
            Environment = { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true", ["NO_COLOR"] = "1" },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout;
        Assert.True(output.TrimStart().StartsWith('{'), $"redocly lint printed no report (exit {process.ExitCode}):\n{output}\n{await stderr}");
        return (process.ExitCode, LintReport.Parse(output));
    }

    /// <summary>What <c>redocly lint --format json</c> prints: totals and each problem as "rule: message".</summary>
    private sealed record LintReport(int Errors, int Warnings, IReadOnlyList<string> Problems)
    {
        public static LintReport Parse(string json)
        {
            var root = System.Text.Json.Nodes.JsonNode.Parse(json)!;
            var problems = root["problems"]!.AsArray()
                .Select(p => $"{p!["ruleId"]}: {p["message"]} ({p["location"]?[0]?["pointer"]})")
                .ToList();
            return new((int)root["totals"]!["errors"]!, (int)root["totals"]!["warnings"]!, problems);
        }
    }
}
