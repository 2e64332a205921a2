namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Responsibility.TestSupport;

/// <summary>
/// Two copies of the built api in embedded mode on one machine, neither told a silo port, started as an operator
/// would start them (SPEC §5): both run, and neither's start log carries a warning that means nothing.
/// </summary>
public sealed partial class EmbeddedStartTests : IClassFixture<EmbeddedStartTests.TwoCopies>
{
    private readonly TwoCopies copies;

    public EmbeddedStartTests(TwoCopies copies) => this.copies = copies;

    [Fact]
    public async Task TwoEmbeddedApisWithoutASiloPortRunSideBySide()
    {
        var answers = new List<HttpStatusCode>();
        foreach (var copy in copies.Apps)
        {
            using var http = new HttpClient { BaseAddress = new Uri(copy.Url) };
            answers.Add((await http.PostAsJsonAsync("/api/v1/auth/token", new { username = "admin", password = TwoCopies.AdminPassword })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], answers);
    }

    [Fact]
    public void StartLogHasNoWarningBeyondMeasuredSlowness()
    {
        var warnings = copies.StartLogs.SelectMany(log => Warning().Matches(log)).Select(m => m.Value).ToList();

        // Orleans times a grain's turns and the runtime's ticks: on a starved machine (CI runs every test project at
        // once on two cores) it truly says they were slow. Nothing else may warn.
        Assert.All(warnings, w => Assert.Matches(@"took elapsed time|\.NET Runtime Platform stalled for", w));
    }

    /// <summary>A console log entry at Warning or above: its level, category and first line.</summary>
    [GeneratedRegex(@"^(warn|fail|crit): .*\r?\n.*$", RegexOptions.Multiline)]
    private static partial Regex Warning();

    public sealed class TwoCopies : IAsyncLifetime
    {
        public const string AdminPassword = "harbour-light-42";

        private readonly string folder = Path.Combine(Path.GetTempPath(), "responsibility-api-tests", Guid.NewGuid().ToString("N"));

        public AppProcess[] Apps { get; private set; } = [];

        /// <summary>What each copy printed up to being ready and serving a page, at Warning and above as AppProcess logs.</summary>
        public string[] StartLogs { get; private set; } = [];

        public async Task InitializeAsync()
        {
            Apps = [Start("first"), Start("second")];
            foreach (var app in Apps)
            {
                await app.WaitReady(TimeSpan.FromSeconds(90));
                using var http = new HttpClient { BaseAddress = new Uri(app.Url) };
                (await http.GetAsync("/login")).EnsureSuccessStatusCode();
            }

            StartLogs = [.. Apps.Select(a => a.Output)];
        }

        public async Task DisposeAsync()
        {
            foreach (var app in Apps)
            {
                await app.DisposeAsync();
            }

            Directory.Delete(folder, recursive: true);
        }

        private AppProcess Start(string name) => AppProcess.Start(
            Built.Dll("api", "Responsibility.Api"), $"http://127.0.0.1:{FreePorts.Next()}", new Dictionary<string, string>
            {
                ["Storage__DataPath"] = Path.Combine(folder, name),
                ["RESPONSIBILITY_ADMIN_PASSWORD"] = AdminPassword,
            });
    }
}
