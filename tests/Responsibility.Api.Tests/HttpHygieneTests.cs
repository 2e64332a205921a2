namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;

/// <summary>
/// Issue 8 item 13 and issue 16: preconditions, idempotency, unknown ids, the headers every answer carries, and what
/// an API answer tells a cache or a forger.
/// </summary>
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

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl")]
    [InlineData("{tampered}")]
    public async Task RefusedTokenIsAnsweredBearerAloneNamingNoReason(string token)
    {
        var admin = await api.Factory.SignInAsAdmin();
        var valid = admin.DefaultRequestHeaders.Authorization!.Parameter!;
        var client = api.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", token.Replace("{tampered}", valid[..^4] + (valid[^4..] == "AAAA" ? "BBBB" : "AAAA")));

        var response = await client.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).ToString());
    }

    [Fact]
    public async Task EveryAuthenticatedApiAnswerCarriesNoStore()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        var head = await brigade.SignIn("fazhi");
        var file = await head.Uploaded(SampleFiles.Pdf());
        await head.ReportWithFiles(task, file.Id);
        var leader = await brigade.SignIn("dadui");
        var meeting = await (await leader.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/meetings", new
        {
            date = ApiInstructions.Today(), title = "党总支扩大会", chair = "王立侠", attendees = new[] { "王立侠" }, topics = new[] { "调度" },
        })).Read<MeetingBody>();
        var month = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        string[] paths =
        [
            "/api/v1/me", $"/api/v1/tasks/{task.Id()}", $"/api/v1/tasks/{task.Id()}/progress", "/api/v1/tasks/unknown",
            $"/api/v1/brigades/{brigade.Id}/rollup", $"/api/v1/attachments/{file.Id}",
            $"/api/v1/brigades/{brigade.Id}/tasks/export?year={DateTime.UtcNow.Year}&format=xlsx",
            .. new[] { "json", "md", "html", "docx" }.Select(f => $"/api/v1/brigades/{brigade.Id}/reports/monthly/{month}?preview=true&format={f}"),
            .. new[] { "md", "html", "docx" }.Select(f => $"/api/v1/meetings/{meeting.Id}/minutes?format={f}"),
        ];

        var answers = new List<(string, HttpStatusCode, string?)>();
        foreach (var path in paths)
        {
            var response = await leader.GetAsync(path);
            answers.Add((path, response.StatusCode, response.Headers.CacheControl?.ToString()));
        }

        Assert.All(answers, a => Assert.Equal((a.Item1, "no-store"), (a.Item1, a.Item3)));
        Assert.All(answers.Where(a => !a.Item1.EndsWith("/unknown", StringComparison.Ordinal)), a => Assert.Equal(HttpStatusCode.OK, a.Item2));
    }

    private static async Task<int> TaskActivations(IManagementGrain management) =>
        (await management.GetSimpleGrainStatistics())
            .Where(s => s.GrainType.Contains("TaskGrain", StringComparison.Ordinal))
            .Sum(s => s.ActivationCount);
}
