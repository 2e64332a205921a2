namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>
/// 明责 and 履责 through the API: the office keeps the year's list, leaders and unit heads record what they did against
/// their slots, the office records the 责任书 signed, and bad input names its field and changes nothing.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DutyApiTests(SharedApi api)
{
    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year;
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task OfficePutsAnItemEveryLeaderHoldsAndALeaderRecordsATalkThatFulfilsTheMonthsSlot()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var clerk = await Clerk(brigade);

        var put = await clerk.PutAsJsonAsync(ItemPath(brigade, "talk"), Talks());
        var zhao = await brigade.SignIn("zhao");
        var slot = $"talk:{Today:yyyy-MM}";
        var recorded = await zhao.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/records", new
        {
            kind = "Talk", occurredOn = Today.ToString("yyyy-MM-dd"), content = "与宣传中队负责人谈心谈话", participants = new[] { "张华" },
            leaderId = "zhao", slotIds = new[] { slot },
        });
        var duties = await zhao.Read<JsonObject>($"/api/v1/brigades/{brigade.Id}/leaders/zhao/duties?year={Year}");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var thisMonth = duties["items"]![0]!["slots"]!.AsArray().Single(s => (string)s!["id"]! == slot)!;
        Assert.Equal("Recorded", (string)thisMonth["state"]!);
        Assert.Equal(1, (int)duties["completion"]!["accountability"]!["recorded"]!);
        Assert.Equal(Today.Month, (int)duties["completion"]!["accountability"]!["due"]!);
    }

    [Theory]
    [InlineData("title", """{"section":"一岗双责","title":"","dutyLine":"Accountability","cadence":"Monthly","assignees":{"allLeaders":true,"leaderIds":[],"unitIds":[]}}""")]
    [InlineData("cadence", """{"section":"一岗双责","title":"谈话","dutyLine":"Accountability","cadence":"Daily","assignees":{"allLeaders":true,"leaderIds":[],"unitIds":[]}}""")]
    [InlineData("dueDate", """{"section":"一岗双责","title":"谈话","dutyLine":"Accountability","cadence":"Once","assignees":{"allLeaders":true,"leaderIds":[],"unitIds":[]}}""")]
    [InlineData("assignees", """{"section":"一岗双责","title":"谈话","dutyLine":"Accountability","cadence":"Monthly","assignees":{"allLeaders":false,"leaderIds":[],"unitIds":[]}}""")]
    [InlineData("assignees.unitIds", """{"section":"一岗双责","title":"谈话","dutyLine":"Accountability","cadence":"Monthly","assignees":{"allLeaders":false,"leaderIds":[],"unitIds":["nowhere"]}}""")]
    [InlineData("taskIds", """{"section":"一岗双责","title":"谈话","dutyLine":"Accountability","cadence":"Monthly","assignees":{"allLeaders":true,"leaderIds":[],"unitIds":[]},"taskIds":["../etc"]}""")]
    public async Task BadItemIsRefusedNamingTheFieldAndNothingIsKept(string field, string body)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var clerk = await Clerk(brigade);

        var response = await clerk.PutAsync(ItemPath(brigade, "talk"), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Problem()).Errors!.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.Empty((await clerk.Read<JsonObject>($"/api/v1/brigades/{brigade.Id}/duties/{Year}"))["items"]!.AsArray());
    }

    [Theory]
    [InlineData("slotIds", "talk:1999-01")]
    [InlineData("content", null)]
    public async Task BadRecordIsRefusedNamingTheFieldAndNothingIsKept(string field, string? slot)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await (await Clerk(brigade)).PutAsJsonAsync(ItemPath(brigade, "talk"), Talks());
        var zhao = await brigade.SignIn("zhao");

        var response = await zhao.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/records", new
        {
            kind = "Talk", occurredOn = Today.ToString("yyyy-MM-dd"), content = slot is null ? "" : "谈心谈话", leaderId = "zhao",
            slotIds = slot is null ? Array.Empty<string>() : [slot],
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Problem()).Errors!.Keys);
        Assert.Empty(await zhao.Read<JsonArray>($"/api/v1/brigades/{brigade.Id}/leaders/zhao/records?year={Year}"));
    }

    [Fact]
    public async Task OfficeRecordsAPledgeSignedAndTheSignedRateFollows()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var clerk = await Clerk(brigade);
        await clerk.PutAsJsonAsync(ItemPath(brigade, "talk"), Talks());

        var before = await clerk.Read<JsonObject>($"/api/v1/brigades/{brigade.Id}/pledges?year={Year}");
        var id = (string)before["pledges"]![0]!["id"]!;
        var signed = await clerk.PostAsJsonAsync($"/api/v1/pledges/{id}/sign", new { signedOn = Today.ToString("yyyy-MM-dd") });
        var after = await clerk.Read<JsonObject>($"/api/v1/brigades/{brigade.Id}/pledges?year={Year}");

        Assert.Equal(3, before["pledges"]!.AsArray().Count);
        Assert.Equal(0.0, (double)before["signedRate"]!);
        Assert.Equal((0, 3), ((int)before["signed"]!, (int)before["total"]!));
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal(1.0 / 3, (double)after["signedRate"]!, 6);
        Assert.Equal((1, 3), ((int)after["signed"]!, (int)after["total"]!));
    }

    [Fact]
    public async Task AnotherBrigadesPledgeAndAMalformedOneAreNotFound()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var other = await new ApiBrigade(api.Factory).Create();
        var id = (string)(await (await Clerk(brigade)).Read<JsonObject>($"/api/v1/brigades/{brigade.Id}/pledges?year={Year}"))["pledges"]![0]!["id"]!;
        var outsider = await Clerk(other);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/pledges/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"/api/v1/pledges/{id}/sign", new { signedOn = Today })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync("/api/v1/pledges/not-a-pledge")).StatusCode);
    }

    private static async Task<HttpClient> Clerk(ApiBrigade brigade)
    {
        await brigade.User("clerk", "Admin");
        return await brigade.SignIn("clerk");
    }

    private static string ItemPath(ApiBrigade brigade, string itemId) => $"/api/v1/brigades/{brigade.Id}/duties/{Year}/items/{itemId}";

    private static object Talks() => new
    {
        section = "班子成员一岗双责", title = "开展谈心谈话", requirement = "每月与分管单位负责人谈心谈话一次", dutyLine = "Accountability",
        cadence = "Monthly", evidence = "谈话记录", assignees = new { allLeaders = true, leaderIds = Array.Empty<string>(), unitIds = Array.Empty<string>() },
    };
}
