namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;

/// <summary>党总支扩大会 through the API: recorded by a brigade leader, decisions to units, minutes as 公文.</summary>
[Collection(ApiCollection.Name)]
public sealed class MeetingApiTests(SharedApi api)
{
    [Fact]
    public async Task BrigadeLeaderRecordsAMeetingHearingLastMonthsReportAndItsDecisionReachesEachUnit()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var dadui = await brigade.SignIn("dadui");

        var recorded = await dadui.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/meetings", Meeting());
        var meeting = await recorded.Read<MeetingBody>();
        var decided = await dadui.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/decisions", Decision());

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Equal(DateTime.UtcNow.AddHours(8).AddMonths(-1).ToString("yyyy-MM"), meeting.ReportMonth);
        Assert.Equal(1, meeting.ReportVersion);
        Assert.Equal(HttpStatusCode.Created, decided.StatusCode);
        var decision = Assert.Single((await decided.Read<MeetingBody>()).Decisions);
        Assert.Equal(["法制室", "宣传中队"], decision.Units.Select(u => u.UnitName));
        var fazhiHead = await brigade.SignIn("fazhi");
        var addressed = Assert.Single(await fazhiHead.Read<InstructionBody[]>($"/api/v1/brigades/{brigade.Id}/instructions"));
        Assert.Equal((decision.Units[0].InstructionId, "zhao"), (addressed.Id, addressed.LeaderId));
        Assert.Single(await dadui.Read<MeetingBody[]>($"/api/v1/brigades/{brigade.Id}/meetings"));
    }

    [Theory]
    [InlineData("zhao")]
    [InlineData("fazhi")]
    public async Task OnlyBrigadeLeadersAndTheOfficeClerkHoldMeetingsAndDecide(string role)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var meeting = await Recorded(brigade);
        var client = await brigade.SignIn(role);

        var record = await client.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/meetings", Meeting());
        var decide = await client.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/decisions", Decision());
        var systemAdmin = await brigade.Admin.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/meetings", Meeting());

        Assert.Equal(HttpStatusCode.Forbidden, record.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, decide.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, systemAdmin.StatusCode);
        Assert.Single(await client.Read<MeetingBody[]>($"/api/v1/brigades/{brigade.Id}/meetings"));
        Assert.Empty((await client.Read<MeetingBody>($"/api/v1/meetings/{meeting.Id}")).Decisions);
    }

    [Fact]
    public async Task OfficeClerkRecordsTheMeetingAsItsRecorderAndItsDecisionsWaitForTheirSupervisingLeader()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await brigade.User("clerk", "Admin");
        var clerk = await brigade.SignIn("clerk");

        var recorded = await clerk.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/meetings", Meeting());
        var meeting = await recorded.Read<RecorderBody>();
        var decided = await clerk.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/decisions", Decision());
        var id = (await decided.Read<MeetingBody>()).Decisions[0].Units[1].InstructionId;
        (await (await brigade.SignIn("xuanchuan")).Answer(id)).EnsureSuccessStatusCode();
        var closed = await (await brigade.SignIn("zhao")).Close(id);

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Equal((brigade.Username("clerk"), "clerk", "王立侠"), (meeting.RecordedBy, meeting.RecordedByName, meeting.Chair));
        Assert.Equal(HttpStatusCode.Created, decided.StatusCode);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.Close(id)).StatusCode);
    }

    [Fact]
    public async Task ChairWhoIsNotALeaderOfTheBrigadeIsRefusedNamingChair()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var dadui = await brigade.SignIn("dadui");

        var refused = await dadui.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/meetings", new
        {
            date = ApiInstructions.Today(), title = "党总支扩大会", chair = "外单位领导",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("chair", (await refused.Problem()).Errors!.Keys);
        Assert.Empty(await dadui.Read<MeetingBody[]>($"/api/v1/brigades/{brigade.Id}/meetings"));
    }

    [Fact]
    public async Task ViewerReadsNoMeetingAndAnotherBrigadeFindsNone()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var other = await new ApiBrigade(api.Factory).Create();
        var meeting = await Recorded(brigade);
        var viewer = await brigade.SignIn("viewer");
        var outsider = await other.SignIn("dadui");

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/api/v1/brigades/{brigade.Id}/meetings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"/api/v1/meetings/{meeting.Id}/minutes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/meetings/{meeting.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/decisions", Decision())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/meetings/{RandomId()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync("/api/v1/meetings/not-a-meeting/minutes")).StatusCode);
    }

    [Fact]
    public async Task MinutesRenderAsMarkdownHtmlAndWord()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var meeting = await Recorded(brigade);
        var dadui = await brigade.SignIn("dadui");
        (await dadui.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/decisions", Decision())).EnsureSuccessStatusCode();
        var head = await brigade.SignIn("fazhi");

        var md = await head.GetStringAsync($"/api/v1/meetings/{meeting.Id}/minutes?format=md");
        var html = await head.GetAsync($"/api/v1/meetings/{meeting.Id}/minutes?format=html");
        var docx = await head.GetAsync($"/api/v1/meetings/{meeting.Id}/minutes?format=docx");
        var json = await head.GetAsync($"/api/v1/meetings/{meeting.Id}/minutes?format=json");

        Assert.Contains("党总支扩大会纪要", md);
        Assert.Contains("由法制室、宣传中队负责", md);
        Assert.Contains("督办领导：赵刚", md);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<a href=\"/meetings/{meeting.Id}\" data-action=\"back\">返回</a>", await html.Content.ReadAsStringAsync());
        Assert.Equal("PK"u8.ToArray(), (await docx.Content.ReadAsByteArrayAsync())[..2]);
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Contains("format", (await json.Problem()).Errors!.Keys);
    }

    public static TheoryData<string, object> BadMeetings => new()
    {
        { "date", new { title = "党总支扩大会", chair = "王立侠" } },
        { "date", new { date = ApiInstructions.Today(1), title = "党总支扩大会", chair = "王立侠" } },
        { "title", new { date = ApiInstructions.Today(), title = new string('会', 201), chair = "王立侠" } },
        { "chair", new { date = ApiInstructions.Today(), title = "党总支扩大会", chair = "" } },
        { "reportMonth", new { date = ApiInstructions.Today(), title = "党总支扩大会", chair = "王立侠", reportMonth = "2024-13" } },
        { "reportMonth", new { date = ApiInstructions.Today(), title = "党总支扩大会", chair = "王立侠", reportMonth = ApiInstructions.Today()[..7] } },
        { "attendees", new { date = ApiInstructions.Today(), title = "党总支扩大会", chair = "王立侠", attendees = Enumerable.Repeat("某某", 101) } },
        { "topics[0]", new { date = ApiInstructions.Today(), title = "党总支扩大会", chair = "王立侠", topics = new[] { "" } } },
    };

    [Theory]
    [MemberData(nameof(BadMeetings))]
    public async Task BadMeetingIsRefusedNamingTheFieldAndNothingIsRecorded(string field, object body)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var dadui = await brigade.SignIn("dadui");

        var response = await dadui.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/meetings", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Problem()).Errors!.Keys);
        Assert.Empty(await dadui.Read<MeetingBody[]>($"/api/v1/brigades/{brigade.Id}/meetings"));
    }

    public static TheoryData<string, object> BadDecisions => new()
    {
        { "unitIds", new { text = "整治", unitIds = Array.Empty<string>(), leaderId = "zhao", dueDate = ApiInstructions.Today(10) } },
        { "unitIds", new { text = "整治", unitIds = new[] { "nowhere" }, leaderId = "zhao", dueDate = ApiInstructions.Today(10) } },
        { "unitIds", new { text = "整治", unitIds = new[] { "fazhi", "fazhi" }, leaderId = "zhao", dueDate = ApiInstructions.Today(10) } },
        { "leaderId", new { text = "整治", unitIds = new[] { "fazhi" }, leaderId = "nobody", dueDate = ApiInstructions.Today(10) } },
        { "dueDate", new { text = "整治", unitIds = new[] { "fazhi" }, leaderId = "zhao", dueDate = ApiInstructions.Today(-1) } },
        { "text", new { text = "", unitIds = new[] { "fazhi" }, leaderId = "zhao", dueDate = ApiInstructions.Today(10) } },
    };

    [Theory]
    [MemberData(nameof(BadDecisions))]
    public async Task BadDecisionIsRefusedNamingTheFieldAndIssuesNothing(string field, object body)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var meeting = await Recorded(brigade);
        var dadui = await brigade.SignIn("dadui");

        var response = await dadui.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/decisions", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Problem()).Errors!.Keys);
        Assert.Empty((await dadui.Read<MeetingBody>($"/api/v1/meetings/{meeting.Id}")).Decisions);
        Assert.Empty(await dadui.Read<InstructionBody[]>($"/api/v1/brigades/{brigade.Id}/instructions"));
    }

    private static async Task<MeetingBody> Recorded(ApiBrigade brigade)
    {
        var response = await (await brigade.SignIn("dadui")).PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/meetings", Meeting());
        response.EnsureSuccessStatusCode();
        return await response.Read<MeetingBody>();
    }

    private static object Meeting() => new
    {
        date = ApiInstructions.Today(), title = "党总支扩大会", chair = "王立侠", attendees = new[] { "王立侠", "韩振东", "赵刚" },
        topics = new[] { "听取上月重点工作推进情况", "研究部署本月重点工作" },
    };

    private static object Decision() => new
    {
        text = "开展酒驾醉驾集中整治，月底前报送整治情况", unitIds = new[] { "fazhi", "xuanchuan" }, leaderId = "zhao",
        dueDate = ApiInstructions.Today(20),
    };

    private static string RandomId() => Guid.CreateVersion7().ToString("N");

    private sealed record RecorderBody(string Id, string Chair, string RecordedBy, string RecordedByName);
}
