namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;

/// <summary>民主测评 over HTTP: hostile ballots refused naming the field, one ballot per attendee under load, the threshold a setting.</summary>
[Collection(ApiCollection.Name)]
public sealed class BallotApiTests(SharedApi api)
{
    public static TheoryData<string?, object> BadBallots => new()
    {
        { "scores.responsibility", new { leaderId = "zhao", scores = new { responsibility = 101, discipline = 80, centralism = 80, style = 80, integrity = 80 }, grade = "Competent" } },
        { "scores.discipline", new { leaderId = "zhao", scores = new { responsibility = 80, discipline = -1, centralism = 80, style = 80, integrity = 80 }, grade = "Competent" } },
        { "scores.centralism", new { leaderId = "zhao", scores = new { responsibility = 80, discipline = 80, centralism = 1e308, style = 80, integrity = 80 }, grade = "Competent" } },
        { "scores.style", new { leaderId = "zhao", scores = new { responsibility = 80, discipline = 80, centralism = 80, style = 80.5, integrity = 80 }, grade = "Competent" } },
        { "scores.integrity", new { leaderId = "zhao", scores = new { responsibility = 80, discipline = 80, centralism = 80, style = 80 }, grade = "Competent" } },
        { "scores", new { leaderId = "zhao", grade = "Competent" } },
        { "grade", new { leaderId = "zhao", scores = new { responsibility = 80, discipline = 80, centralism = 80, style = 80, integrity = 80 } } },
        { "leaderId", BallotCalls.Ballot("nobody", 80) },
        { "leaderId", BallotCalls.Ballot(new string('x', 500), 80) },
        { null, new { leaderId = "zhao", scores = new { responsibility = 80, discipline = 80, centralism = 80, style = 80, integrity = 80 }, grade = "Great" } },
    };

    [Theory]
    [MemberData(nameof(BadBallots))]
    public async Task HostileBallotIsRefusedNamingTheFieldAndNothingIsCounted(string? field, object ballot)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var meeting = await BallotCalls.AccountabilityMeeting(brigade);
        var fazhi = await brigade.SignIn("fazhi");

        var response = await fazhi.Vote(meeting, ballot);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        if (field is not null)
        {
            Assert.Contains(field, (await response.Problem()).Errors!.Keys);
        }

        var ratings = await (await brigade.SignIn("dadui")).Read<BallotCalls.RatingsBody>($"/api/v1/meetings/{meeting}/ratings");
        Assert.All(ratings.Leaders, l => Assert.Equal(0, l.Ballots));
        Assert.Empty(await fazhi.Read<string[]>($"/api/v1/meetings/{meeting}/ballots/mine"));
    }

    [Fact]
    public async Task TwentyParallelIdenticalBallotsCountOnceTheRestConflict()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var meeting = await BallotCalls.AccountabilityMeeting(brigade);
        var fazhi = await brigade.SignIn("fazhi");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => fazhi.Vote(meeting, BallotCalls.Ballot("zhao", 88))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.NoContent));
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var ratings = await (await brigade.SignIn("dadui")).Read<BallotCalls.RatingsBody>($"/api/v1/meetings/{meeting}/ratings");
        Assert.Equal(1, ratings.Leaders.Single(l => l.LeaderId == "zhao").Ballots);
        Assert.Equal(["zhao"], await fazhi.Read<string[]>($"/api/v1/meetings/{meeting}/ballots/mine"));
    }

    [Fact]
    public async Task ClosingJudgesAgainstTheBrigadesThresholdAndEndsVoting()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await brigade.Put($"/api/v1/brigades/{brigade.Id}", new
        {
            name = "淄川大队", partyOrgName = "中共淄博市公安局交通警察支队淄川大队总支部委员会", detachmentName = "淄博市公安局交通警察支队", ratingThreshold = 85,
        });
        var meeting = await BallotCalls.AccountabilityMeeting(brigade);
        var dadui = await brigade.SignIn("dadui");
        (await (await brigade.SignIn("fazhi")).Vote(meeting, BallotCalls.Ballot("zhao", 80))).EnsureSuccessStatusCode();

        var closed = await (await dadui.PostAsync($"/api/v1/meetings/{meeting}/ratings/close", null)).Read<BallotCalls.RatingsBody>();
        var late = await (await brigade.SignIn("xuanchuan")).Vote(meeting, BallotCalls.Ballot("zhao", 80));
        var again = await dadui.PostAsync($"/api/v1/meetings/{meeting}/ratings/close", null);

        Assert.Equal((true, 85.0), (closed.Closed, closed.Threshold));
        Assert.True(closed.Leaders.Single(l => l.LeaderId == "zhao").BelowThreshold);
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (late.StatusCode, again.StatusCode));
    }

    [Fact]
    public async Task ThresholdOutOfRangeIsRefusedNamingIt()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();

        var response = await brigade.Admin.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}", new
        {
            name = "淄川大队", partyOrgName = "中共淄博市公安局交通警察支队淄川大队总支部委员会", detachmentName = "淄博市公安局交通警察支队", ratingThreshold = 101,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ratingThreshold", (await response.Problem()).Errors!.Keys);
    }

    [Fact]
    public async Task MonthlyMeetingIsTheDefaultKindAndHasNoRating()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var dadui = await brigade.SignIn("dadui");
        var recorded = await (await dadui.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/meetings", new
        {
            date = ApiInstructions.Today(), title = "党总支扩大会", chair = "王立侠", attendees = new[] { "fazhi" },
        })).Body();

        var vote = await (await brigade.SignIn("fazhi")).Vote((string)recorded["id"]!, BallotCalls.Ballot("zhao", 80));

        Assert.Equal("Monthly", (string)recorded["kind"]!);
        Assert.Equal(HttpStatusCode.Conflict, vote.StatusCode);
    }

    [Fact]
    public async Task ClosedRatingsLandInTheLeadersArchive()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var meeting = await BallotCalls.AccountabilityMeeting(brigade);
        var dadui = await brigade.SignIn("dadui");
        (await (await brigade.SignIn("fazhi")).Vote(meeting, BallotCalls.Ballot("zhao", 60, "Basic"))).EnsureSuccessStatusCode();
        (await (await brigade.SignIn("xuanchuan")).Vote(meeting, BallotCalls.Ballot("zhao", 70, "Competent"))).EnsureSuccessStatusCode();
        var before = await dadui.Read<ArchiveBody>($"/api/v1/brigades/{brigade.Id}/leaders/zhao/archive");

        (await dadui.PostAsync($"/api/v1/meetings/{meeting}/ratings/close", null)).EnsureSuccessStatusCode();
        var after = await dadui.Read<ArchiveBody>($"/api/v1/brigades/{brigade.Id}/leaders/zhao/archive");
        var page = await dadui.GetStringAsync($"/b/{brigade.Id}/leaders/zhao/archive");

        Assert.Empty(before.Ratings);
        var rating = Assert.Single(after.Ratings).Rating;
        Assert.Equal((2, 65.0, new BallotCalls.GradesBody(0, 1, 1, 0), true), (rating.Ballots, rating.Overall, rating.Grades, rating.BelowThreshold));
        Assert.Contains($"data-meeting=\"{meeting}\"", page, StringComparison.Ordinal);
        Assert.Contains("65（低于 70 分）", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OperationLogTellsABallotWasCastButNotByWhom()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var meeting = await BallotCalls.AccountabilityMeeting(brigade);
        (await (await brigade.SignIn("fazhi")).Vote(meeting, BallotCalls.Ballot("zhao", 77))).EnsureSuccessStatusCode();
        (await (await brigade.SignIn("dadui")).PostAsync($"/api/v1/meetings/{meeting}/ratings/close", null)).EnsureSuccessStatusCode();

        var cast = await (await brigade.SignIn("dadui")).GetAsync($"/api/v1/brigades/{brigade.Id}/audit?kind=BallotCast");
        var closed = await (await brigade.SignIn("dadui")).Read<AuditBody>($"/api/v1/brigades/{brigade.Id}/audit?kind=RatingClosed");

        var raw = await cast.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, cast.StatusCode);
        Assert.Contains("民主测评投票", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(brigade.Username("fazhi"), raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\"77\"", raw, StringComparison.Ordinal);
        Assert.Equal(brigade.Username("dadui"), Assert.Single(closed.Entries).Actor);
    }

    public sealed record AuditBody(AuditEntryBody[] Entries);

    public sealed record AuditEntryBody(string Actor, string Action);

    public sealed record ArchiveBody(ArchiveRatingBody[] Ratings);

    public sealed record ArchiveRatingBody(string MeetingId, BallotCalls.LeaderRatingBody Rating);
}
