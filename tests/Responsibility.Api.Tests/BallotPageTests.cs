namespace Responsibility.Api.Tests;

using System.Net;

/// <summary>The 述责述廉 meeting's page: a rating form per other leader for an attendee, the results for the brigade's leaders.</summary>
[Collection(ApiCollection.Name)]
public sealed class BallotPageTests(SharedApi api)
{
    [Fact]
    public async Task AttendeeSeesAFormPerLeaderUntilRatedAndLeadersSeeTheResults()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var meeting = await BallotCalls.AccountabilityMeeting(brigade);
        var zhao = await brigade.SignIn("zhao");
        (await zhao.Vote(meeting, BallotCalls.Ballot("wang", 90))).EnsureSuccessStatusCode();

        var zhaoPage = await zhao.GetAsync($"/meetings/{meeting}");
        var zhaoHtml = await zhaoPage.Content.ReadAsStringAsync();
        var fazhiHtml = await (await brigade.SignIn("fazhi")).GetStringAsync($"/meetings/{meeting}");
        var viewerHtml = await (await brigade.SignIn("dadui")).GetStringAsync($"/meetings/{meeting}");

        Assert.Equal(HttpStatusCode.OK, zhaoPage.StatusCode);
        Assert.Contains("王立侠（大队长）：已测评", zhaoHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"ballot-form\" data-leader=\"zhao\"", zhaoHtml, StringComparison.Ordinal);
        Assert.Contains("class=\"ballot-form\" data-leader=\"zhao\"", fazhiHtml, StringComparison.Ordinal);
        Assert.Contains("class=\"ballot-form\" data-leader=\"wang\"", fazhiHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"ratings\"", fazhiHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"ratings\"", viewerHtml, StringComparison.Ordinal);
        Assert.Contains("结束民主测评", viewerHtml, StringComparison.Ordinal);
    }
}
