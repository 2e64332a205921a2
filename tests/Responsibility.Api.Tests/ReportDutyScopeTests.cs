namespace Responsibility.Api.Tests;

using System.Globalization;
using System.Net.Http.Json;

/// <summary>
/// SPEC §3 for 履责纪实 in reports: every account reads how many records a leader has and of what kind; the contents only an
/// account that may read the leader's records (the leader, a BrigadeLeader, an Admin). 王立侠 (wang, account dadui) is the
/// first responsible leader, 赵刚 (zhao) the other.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ReportDutyScopeTests(SharedApi api)
{
    private static readonly DateTime Now = DateTime.UtcNow.AddHours(8);
    private static readonly DateOnly LastMonth = new DateOnly(Now.Year, Now.Month, 1).AddMonths(-1);

    [Fact]
    public async Task MonthlyReportQuotesALeadersRecordsOnlyToThoseWhoMayReadThemAndCountsThemForAll()
    {
        var brigade = await Arrange();

        var viewer = await Monthly(brigade, "viewer", "md");
        var viewerJson = await Monthly(brigade, "viewer", "json");
        var fazhi = await Monthly(brigade, "fazhi", "md");
        var zhao = await Monthly(brigade, "zhao", "md");
        var dadui = await Monthly(brigade, "dadui", "md");

        Assert.All(new[] { viewer, fazhi, zhao, dadui }, md => Assert.Contains("本月履责纪实1条（谈心谈话1次）", md));
        Assert.DoesNotContain("谈话内容", viewer + viewerJson + fazhi);
        Assert.Contains("按查看权限，1条履责纪实的具体内容未予显示。", viewer);
        Assert.Contains("\"contentWithheld\":true", viewerJson);
        Assert.Contains("赵刚谈话内容", zhao);
        Assert.DoesNotContain("王立侠谈话内容", zhao);
        Assert.Contains("王立侠谈话内容", dadui);
        Assert.Contains("赵刚谈话内容", dadui);
        Assert.DoesNotContain("履责纪实的具体内容未予显示", dadui);
    }

    [Fact]
    public async Task AnnualDraftCountsTheFirstResponsibleLeadersTalksForAViewerWithoutTheirContent()
    {
        var brigade = await Arrange();
        var path = $"/api/v1/brigades/{brigade.Id}/reports/annual/{LastMonth.Year}?format=md&asOf={Day(LastMonth.AddMonths(1).AddDays(-1))}";

        var viewer = await (await brigade.SignIn("viewer")).GetStringAsync(path);
        var dadui = await (await brigade.SignIn("dadui")).GetStringAsync(path);

        Assert.All(new[] { viewer, dadui }, md => Assert.Matches("王立侠(全年)?开展谈心谈话2人次", md));
        Assert.DoesNotContain("王立侠谈话内容", viewer);
        Assert.Contains("按查看权限，1条履责纪实的具体内容未予显示。", viewer);
        Assert.Contains("王立侠谈话内容", dadui);
    }

    /// <summary>A talk of each leader last month, each recorded by the leader, and last month's report.</summary>
    private async Task<ApiBrigade> Arrange()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var (dadui, zhao) = (await brigade.SignIn("dadui"), await brigade.SignIn("zhao"));
        (await dadui.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/records", Talk("wang", "王立侠谈话内容：落实第一责任人职责", "孙建华", "吴敏")))
            .EnsureSuccessStatusCode();
        (await zhao.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/records", Talk("zhao", "赵刚谈话内容：提醒规范执法", "张华")))
            .EnsureSuccessStatusCode();
        var month = LastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        (await dadui.PostAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{month}/generate", null)).EnsureSuccessStatusCode();
        return brigade;
    }

    private static object Talk(string leaderId, string content, params string[] participants) => new
    {
        kind = "Talk", occurredOn = Day(LastMonth.AddDays(2)), content, participants, leaderId, slotIds = Array.Empty<string>(),
    };

    private static async Task<string> Monthly(ApiBrigade brigade, string role, string format) =>
        await (await brigade.SignIn(role)).GetStringAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{LastMonth:yyyy-MM}?format={format}");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
