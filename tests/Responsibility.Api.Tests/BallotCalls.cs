namespace Responsibility.Api.Tests;

using System.Net.Http.Json;

/// <summary>A 述责述廉 meeting of the test brigade: chaired by 王立侠 (dadui), attended by 赵刚 (zhao) and the two unit heads.</summary>
public static class BallotCalls
{
    public static async Task<string> AccountabilityMeeting(ApiBrigade brigade)
    {
        var response = await (await brigade.SignIn("dadui")).PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/meetings", new
        {
            date = ApiInstructions.Today(), title = "年度述责述廉会议", chair = "王立侠", attendees = new[] { "赵刚", "fazhi", "xuanchuan" },
            topics = new[] { "班子成员述责述廉", "民主测评" }, kind = "Accountability",
        });
        response.EnsureSuccessStatusCode();
        return (string)(await response.Body())["id"]!;
    }

    public static object Ballot(string leaderId, int score, string grade = "Competent") => new
    {
        leaderId, scores = new { responsibility = score, discipline = score, centralism = score, style = score, integrity = score }, grade,
    };

    public static Task<HttpResponseMessage> Vote(this HttpClient client, string meetingId, object ballot) =>
        client.PostAsJsonAsync($"/api/v1/meetings/{meetingId}/ballots", ballot);

    public sealed record RatingsBody(string MeetingId, bool Closed, double Threshold, LeaderRatingBody[] Leaders);

    public sealed record LeaderRatingBody(string LeaderId, string LeaderName, int Ballots, double Overall, GradesBody Grades, bool BelowThreshold);

    public sealed record GradesBody(int Excellent, int Competent, int Basic, int Incompetent);
}
