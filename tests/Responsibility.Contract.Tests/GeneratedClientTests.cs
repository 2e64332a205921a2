namespace Responsibility.Contract.Tests;

using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Responsibility.Client;
using Responsibility.Client.Models;

/// <summary>
/// The README's flow through the client Kiota generates from the contract (compiled into this project from
/// contracts/openapi.v1.json, which <see cref="SnapshotTests"/> holds equal to the served document): sign in, report
/// progress twice with one Idempotency-Key, read the brigade rollup, and meet a refusal as a typed problem.
/// </summary>
[Collection(ServedApiCollection.Name)]
public sealed class GeneratedClientTests(ServedApi api)
{
    private const string Brigade = "zichuan";

    [Fact]
    public async Task ReadmeFlowRunsThroughTheGeneratedClient()
    {
        var anonymous = Client(token: null);
        var token = await anonymous.Api.V1.Auth.Token.PostAsync(new SignIn { Username = "fazhi", Password = ServedApi.DemoPassword });
        Assert.False(string.IsNullOrEmpty(token?.AccessToken));
        var unitHead = Client(token!.AccessToken);

        var task = await DemoTask(unitHead, "FZ-02");
        var before = await unitHead.Api.V1.Tasks[task.Id].Progress.GetAsync();
        var key = $"contract-{Guid.NewGuid():N}";
        var report = new ReportProgress { Value = 1, Note = "通过生成的客户端报送" };

        var first = await unitHead.Api.V1.Tasks[task.Id].Progress.PostAsync(report, c => c.Headers.Add("Idempotency-Key", key));
        var again = await unitHead.Api.V1.Tasks[task.Id].Progress.PostAsync(report, c => c.Headers.Add("Idempotency-Key", key));
        var after = await unitHead.Api.V1.Tasks[task.Id].Progress.GetAsync();

        Assert.NotNull(first?.Entry?.Id);
        Assert.Equal(first!.Entry!.Id, again?.Entry?.Id);
        Assert.Equal(before!.Count + 1, after!.Count);
        Assert.Single(after, e => e.Id == first.Entry.Id);

        var leaderToken = await anonymous.Api.V1.Auth.Token.PostAsync(new SignIn { Username = "dadui", Password = ServedApi.DemoPassword });
        var rollup = await Client(leaderToken!.AccessToken).Api.V1.Brigades[Brigade].Rollup.GetAsync();
        Assert.Equal(Brigade, rollup?.BrigadeId);
        Assert.True(rollup!.TaskCount > 0);
        Assert.Contains(rollup.Units!, u => u.UnitId == "fazhi");
    }

    [Fact]
    public async Task RefusedReportIsATypedProblemNamingTheField()
    {
        var anonymous = Client(token: null);
        var token = await anonymous.Api.V1.Auth.Token.PostAsync(new SignIn { Username = "fazhi", Password = ServedApi.DemoPassword });
        var unitHead = Client(token!.AccessToken);
        var task = await DemoTask(unitHead, "FZ-02");

        var refused = await Assert.ThrowsAsync<HttpValidationProblemDetails>(() =>
            unitHead.Api.V1.Tasks[task.Id].Progress.PostAsync(new ReportProgress { Note = "没有填数值" }));

        Assert.Equal(400, refused.ResponseStatusCode);
        Assert.Contains("value", refused.Errors!.AdditionalData.Keys);
    }

    [Fact]
    public async Task WrongPasswordIsATypedProblem()
    {
        var refused = await Assert.ThrowsAsync<ProblemDetails>(() =>
            Client(token: null).Api.V1.Auth.Token.PostAsync(new SignIn { Username = "fazhi", Password = "not-the-password" }));

        Assert.Equal(401, refused.ResponseStatusCode);
        Assert.Equal(401, refused.Status);
    }

    private ResponsibilityClient Client(string? token)
    {
        IAuthenticationProvider auth = token is null
            ? new AnonymousAuthenticationProvider()
            : new BaseBearerTokenAuthenticationProvider(new StaticToken(token));
        return new ResponsibilityClient(new HttpClientRequestAdapter(auth) { BaseUrl = api.App.Url });
    }

    /// <summary>The demo is seeded once the api is up; its tasks appear within seconds.</summary>
    private static async Task<TaskResponse> DemoTask(ResponsibilityClient client, string code)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var found = await client.Api.V1.Brigades[Brigade].Tasks.GetAsync(c => c.QueryParameters.Code = code);
            if (found is [var task])
            {
                return task;
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), $"The demo brigade has no task {code} after a minute.");
            await Task.Delay(250);
        }
    }

    private sealed class StaticToken(string token) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(token);
    }
}
