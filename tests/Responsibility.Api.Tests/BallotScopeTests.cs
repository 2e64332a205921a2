namespace Responsibility.Api.Tests;

using System.Net.Http.Json;

/// <summary>
/// SPEC §3 for 民主测评, route by route and role by role: attendees vote (never for themselves); the brigade's leaders and
/// Admin read the results, a Leader their own row; a BrigadeLeader closes; another brigade finds nothing (404).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class BallotScopeTests(SharedApi api)
{
    private static readonly string[] Roles = ["clerk", "dadui", "zhao", "fazhi", "xuanchuan", "viewer", "outsider"];

    public static TheoryData<string, int[]> Routes => new()
    {
        // clerk, dadui, zhao, fazhi, xuanchuan, viewer, outsider
        { "vote", [403, 204, 403, 204, 204, 403, 404] },
        { "mine", [200, 200, 200, 200, 200, 403, 404] },
        { "ratings", [200, 200, 200, 403, 403, 403, 404] },
        { "close", [403, 200, 403, 403, 403, 403, 404] },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task EachRoleDoesWhatSpecSaysOfIt(string what, int[] expected)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var other = await new ApiBrigade(api.Factory).Create();
        await brigade.User("clerk", "Admin");
        var meeting = await BallotCalls.AccountabilityMeeting(brigade);

        var statuses = new int[Roles.Length];
        for (var i = 0; i < Roles.Length; i++)
        {
            var client = Roles[i] == "outsider" ? await other.SignIn("dadui") : await brigade.SignIn(Roles[i]);
            var response = what switch
            {
                "vote" => await client.Vote(meeting, BallotCalls.Ballot("zhao", 85)),
                "mine" => await client.GetAsync($"/api/v1/meetings/{meeting}/ballots/mine"),
                "ratings" => await client.GetAsync($"/api/v1/meetings/{meeting}/ratings"),
                _ => await client.PostAsync($"/api/v1/meetings/{meeting}/ratings/close", null),
            };
            statuses[i] = (int)response.StatusCode;
        }

        Assert.True(expected.SequenceEqual(statuses), $"{what}: expected {string.Join(",", expected)}, got {string.Join(",", statuses)}");
    }

    [Fact]
    public async Task LeaderReadsOnlyTheirOwnRowAndNoRowNamesAVoter()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var meeting = await BallotCalls.AccountabilityMeeting(brigade);
        (await (await brigade.SignIn("fazhi")).Vote(meeting, BallotCalls.Ballot("zhao", 80))).EnsureSuccessStatusCode();
        (await (await brigade.SignIn("xuanchuan")).Vote(meeting, BallotCalls.Ballot("wang", 90))).EnsureSuccessStatusCode();

        var own = await (await brigade.SignIn("zhao")).Read<BallotCalls.RatingsBody>($"/api/v1/meetings/{meeting}/ratings");
        var all = await (await (await brigade.SignIn("dadui")).GetAsync($"/api/v1/meetings/{meeting}/ratings")).Content.ReadAsStringAsync();

        Assert.Equal(["zhao"], own.Leaders.Select(l => l.LeaderId));
        Assert.DoesNotContain(brigade.Username("fazhi"), all, StringComparison.Ordinal);
        Assert.DoesNotContain(brigade.Username("xuanchuan"), all, StringComparison.Ordinal);
        Assert.DoesNotContain("\"fazhi\"", all, StringComparison.Ordinal);
    }
}
