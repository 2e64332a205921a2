namespace Responsibility.Contract.Tests;

using System.Text.Json.Nodes;
using Responsibility.TestSupport;

/// <summary>
/// The built api as a deployment runs it — its own process, embedded silo, the demo brigade — and the OpenAPI
/// document it serves. Shared by the contract tests, which change nothing the others read.
/// </summary>
public sealed class ServedApi : IAsyncLifetime
{
    public const string AdminPassword = "contract-admin-2026";
    public const string DemoPassword = "demo-zichuan";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "responsibility-contract-tests", Guid.NewGuid().ToString("N"));

    public AppProcess App { get; private set; } = null!;

    /// <summary>The document exactly as served, for the linter.</summary>
    public string DocumentText { get; private set; } = "";

    /// <summary>The document without its <c>servers</c>, which name whatever host answered.</summary>
    public JsonObject Document => Contract.WithoutServers(DocumentText);

    public async Task InitializeAsync()
    {
        App = AppProcess.Start(Built.Dll("api", "Responsibility.Api"), $"http://127.0.0.1:{FreePorts.Next()}", new Dictionary<string, string>
        {
            ["RESPONSIBILITY_ADMIN_PASSWORD"] = AdminPassword,
            ["Storage__DataPath"] = folder,
            ["Demo"] = "true",
        });
        await App.WaitReady(TimeSpan.FromSeconds(90));
        using var http = new HttpClient { BaseAddress = new Uri(App.Url) };
        DocumentText = await http.GetStringAsync("/openapi/v1.json");
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ServedApiCollection : ICollectionFixture<ServedApi>
{
    public const string Name = "served api";
}
