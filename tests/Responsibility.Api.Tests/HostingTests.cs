namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>The operational endpoints of SPEC §6: health probes and the OpenAPI document.</summary>
[Collection(ApiCollection.Name)]
public sealed class HostingTests(SharedApi api)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthProbeAnswersHealthyWithoutSigningIn(string path)
    {
        var client = api.Factory.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApiDocumentListsTheProgressEndpoint()
    {
        var client = api.Factory.CreateClient();

        var document = await client.GetFromJsonAsync<JsonObject>("/openapi/v1.json");

        var paths = document!["paths"]!.AsObject();
        var progress = paths["/api/v1/tasks/{taskId}/progress"]!.AsObject();
        Assert.True(progress.ContainsKey("post"));
        Assert.True(progress.ContainsKey("get"));
        Assert.True(paths.ContainsKey("/api/v1/brigades/{brigadeId}/rollup"));
    }

    [Fact]
    public void ApiReachesGrainsOnlyThroughTheirContractsAndTheSharedHosting()
    {
        var ours = typeof(Program).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith("Responsibility.", StringComparison.Ordinal))
            .Order()
            .ToArray();

        Assert.Equal(["Responsibility.Grains.Abstractions", "Responsibility.Hosting", "Responsibility.Reports"], ours);
    }
}
