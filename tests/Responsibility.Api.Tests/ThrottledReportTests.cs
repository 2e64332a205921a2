namespace Responsibility.Api.Tests;

using System.Net;
using static Responsibility.Api.Tests.PageForms;

/// <summary>
/// Progress:ReportsPerMinute (here 1) through the API and the task page's form alike: past it the report is refused
/// (429 with Retry-After; on the page, beside the figure) and nothing is stored.
/// </summary>
public sealed class ThrottledReportTests : IAsyncLifetime
{
    private readonly ApiFactory factory = new() { Settings = { ["Progress:ReportsPerMinute"] = "1" } };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task AReportPastTheAccountsLimitIsRefusedWith429AndRetryAfterAndAnotherAccountStillReports()
    {
        var brigade = await new ApiBrigade(factory).Create();
        var (checks, press) = (await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12),
            await brigade.AddCountTask("XC-01", "xuanchuan", "Business", 400));
        var (head, other) = (await brigade.SignIn("fazhi"), await brigade.SignIn("xuanchuan"));
        (await head.Report(checks, new { value = 1 })).EnsureSuccessStatusCode();

        var refused = await head.Report(checks, new { value = 2 }, "key-2");
        var otherAccount = await other.Report(press, new { value = 5 });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), refused.Headers.RetryAfter?.Delta);
        var problem = await refused.Problem();
        Assert.Equal((429, "填报过于频繁"), (problem.Status, problem.Title));
        Assert.Equal(HttpStatusCode.Created, otherAccount.StatusCode);
        Assert.Equal([1.0], (await head.Entries(checks)).Select(e => e.Value));
    }

    [Fact]
    public async Task TheTaskPagesFormSaysSoBesideTheFigureAndStoresNothing()
    {
        var brigade = await new ApiBrigade(factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12);
        (await (await brigade.SignIn("fazhi")).Report(task, new { value = 1 })).EnsureSuccessStatusCode();
        var page = await SignInToPages(factory, brigade.Username("fazhi"));
        var form = await page.GetStringAsync($"/tasks/{task.Id()}");

        var answer = await page.PostAsync($"/tasks/{task.Id()}?handler=Report", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Value"] = "2",
            ["Input.OccurredOn"] = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd"),
            ["Input.IdempotencyKey"] = Guid.NewGuid().ToString("N"),
            ["__RequestVerificationToken"] = Token(form),
        }));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("本账号填报过于频繁", await answer.Content.ReadAsStringAsync());
        Assert.Single(await (await brigade.SignIn("dadui")).Entries(task));
    }
}
