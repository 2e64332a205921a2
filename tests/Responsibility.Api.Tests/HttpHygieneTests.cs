namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;

/// <summary>Issue 8 item 13: preconditions, idempotency, unknown ids and the headers every answer carries.</summary>
[Collection(ApiCollection.Name)]
public sealed class HttpHygieneTests(SharedApi api)
{
    [Theory]
    [InlineData("\"0\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"abc\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("W/\"1\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("garbage", HttpStatusCode.PreconditionFailed)]
    [InlineData(null, HttpStatusCode.PreconditionRequired)]
    [InlineData("*", HttpStatusCode.OK)]
    [InlineData("\"7\", \"2\"", HttpStatusCode.OK)]
    [InlineData("\"1\"", HttpStatusCode.PreconditionFailed)]
    public async Task IfMatchDecidesWhetherAChangeApplies(string? ifMatch, HttpStatusCode expected)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var changed = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tasks/{task.Id()}") { Content = JsonContent.Create(new { title = "改过" }) };
        changed.Headers.TryAddWithoutValidation("If-Match", "*");
        (await brigade.Admin.SendAsync(changed)).EnsureSuccessStatusCode();
        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tasks/{task.Id()}") { Content = JsonContent.Create(new { title = "再改" }) };
        patch.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        var titleBefore = (await brigade.Admin.GetTask(task)).Title;

        var response = await brigade.Admin.SendAsync(patch);

        Assert.Equal(expected, response.StatusCode);
        var title = (await brigade.Admin.GetTask(task)).Title;
        Assert.Equal(expected == HttpStatusCode.OK ? "再改" : titleBefore, title);
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal((int)expected, (await response.Problem()).Status);
        }
    }

    [Fact]
    public async Task IdempotencyKeyReusedWithAnotherBodyIsUnprocessableAndChangesNothing()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var head = await brigade.SignIn("fazhi");
        (await head.Report(task, new { value = 2, note = "第一次" }, "key-1")).EnsureSuccessStatusCode();

        var other = await head.Report(task, new { value = 5, note = "第一次" }, "key-1");
        var same = await head.Report(task, new { value = 2, note = "第一次" }, "key-1");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal(422, (await other.Problem()).Status);
        Assert.True(same.IsSuccessStatusCode);
        Assert.Equal(2, Assert.Single(await brigade.Admin.Entries(task)).Value);
    }

    [Fact]
    public async Task UnknownTaskIdsAreNotFoundWithoutActivatingATaskGrain()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var head = await brigade.SignIn("fazhi");
        var management = api.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var ids = Enumerable.Range(0, 10).Select(_ => Guid.CreateVersion7().ToString("N"))
            .Concat(["not-a-task", "%2e%2e", new string('a', 300), "0123456789ABCDEF0123456789ABCDEF"]).ToArray();
        var before = await TaskActivations(management);

        var answers = new List<HttpStatusCode>();
        foreach (var id in ids)
        {
            answers.Add((await head.GetAsync($"/api/v1/tasks/{Uri.EscapeDataString(id)}")).StatusCode);
            answers.Add((await head.PostAsJsonAsync($"/api/v1/tasks/{Uri.EscapeDataString(id)}/progress", new { value = 1 })).StatusCode);
        }

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.Equal(before, await TaskActivations(management));
    }

    [Theory]
    [InlineData("/api/v1/me", false)]
    [InlineData("/api/v1/me", true)]
    [InlineData("/health/live", false)]
    [InlineData("/login", false)]
    [InlineData("/css/site.css", false)]
    [InlineData("/no-such-page", true)]
    [InlineData("/api/v1/tasks/unknown", true)]
    public async Task EveryAnswerCarriesTheSecurityHeaders(string path, bool signedIn)
    {
        var client = signedIn ? await api.Factory.SignInAsAdmin() : api.Factory.CreateClient();

        var response = await client.GetAsync(path);

        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    private static async Task<int> TaskActivations(IManagementGrain management) =>
        (await management.GetSimpleGrainStatistics())
            .Where(s => s.GrainType.Contains("TaskGrain", StringComparison.Ordinal))
            .Sum(s => s.ActivationCount);
}
