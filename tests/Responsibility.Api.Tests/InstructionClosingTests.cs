namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;

/// <summary>
/// SPEC §3: an instruction is closed (办结) or reopened by any brigade leader, by the 督办领导 named on it, and by its author
/// while still a leader in scope; the account's current role and scope decide, never its username. An answered one
/// waits in the 待办 of the one expected to close it, which the instruction says.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class InstructionClosingTests(SharedApi api)
{
    [Fact]
    public async Task BrigadeLeaderAndTheSupervisingLeaderCloseButALeaderOfOtherUnitsDoesNot()
    {
        var brigade = await WithThirdLeader();
        var id = await Answered(brigade, await brigade.SignIn("dadui"), "xuanchuan");

        var byOtherLeader = await (await brigade.SignIn("li")).Close(id);
        var bySupervisor = await (await brigade.SignIn("zhao")).Close(id);
        var reopenedByBrigadeLeader = await (await brigade.SignIn("dadui")).Reopen(id);

        Assert.Equal(HttpStatusCode.Forbidden, byOtherLeader.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bySupervisor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reopenedByBrigadeLeader.StatusCode);
        var steps = (await brigade.Admin.Read<InstructionBody>($"/api/v1/instructions/{id}")).Steps;
        Assert.Equal(["Answered", "Closed", "Reopened"], steps.Select(s => s.Kind));
        Assert.Equal([brigade.Username("zhao"), brigade.Username("dadui")], steps.Skip(1).Select(s => s.Actor));
    }

    [Fact]
    public async Task MeetingDecisionWaitsInItsSupervisingLeadersInboxNotTheRecordersAndTheyCloseIt()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var dadui = await brigade.SignIn("dadui");
        var zhao = await brigade.SignIn("zhao");
        var meeting = await (await dadui.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/meetings", new
        {
            date = ApiInstructions.Today(), title = "党总支扩大会", chair = "王立侠", attendees = new[] { "王立侠", "赵刚" },
        })).Read<MeetingBody>();
        var decided = await (await dadui.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/decisions", new
        {
            text = "完成执法记录仪数据上传情况核查", unitIds = new[] { "xuanchuan" }, leaderId = "zhao", dueDate = ApiInstructions.Today(10),
        })).Read<MeetingBody>();
        var id = decided.Decisions[0].Units[0].InstructionId;
        (await (await brigade.SignIn("xuanchuan")).Answer(id)).EnsureSuccessStatusCode();

        var supervisorsInbox = await zhao.Read<InboxBody>("/api/v1/me/inbox");
        var recordersInbox = await dadui.Read<InboxBody>("/api/v1/me/inbox");
        var shown = await zhao.Read<ClosingBody>($"/api/v1/instructions/{id}");
        var closed = await zhao.Close(id);

        Assert.Equal(("InstructionAnswered", id), (Assert.Single(supervisorsInbox.Items).Kind, supervisorsInbox.Items[0].InstructionId));
        Assert.DoesNotContain(recordersInbox.Items, i => i.InstructionId == id);
        Assert.Equal(("SupervisingLeader", "赵刚"), (shown.Closer.Kind, shown.Closer.Name));
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Empty((await zhao.Read<InboxBody>("/api/v1/me/inbox")).Items);
    }

    [Fact]
    public async Task DirectInstructionWaitsInItsAuthorsInbox()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var dadui = await brigade.SignIn("dadui");
        var id = await Answered(brigade, dadui, "xuanchuan");

        var authorsInbox = await dadui.Read<InboxBody>("/api/v1/me/inbox");
        var supervisorsInbox = await (await brigade.SignIn("zhao")).Read<InboxBody>("/api/v1/me/inbox");
        var shown = await dadui.Read<ClosingBody>($"/api/v1/instructions/{id}");

        Assert.Equal(("InstructionAnswered", id), (Assert.Single(authorsInbox.Items).Kind, authorsInbox.Items[0].InstructionId));
        Assert.Empty(supervisorsInbox.Items);
        Assert.Equal(("Author", "dadui"), (shown.Closer.Kind, shown.Closer.Name));
    }

    [Fact]
    public async Task AuthorDemotedToViewerNeitherReadsNorClosesNorReopens()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await brigade.User("zhao2", "Leader", leaderId: "zhao");
        var author = await brigade.SignIn("zhao2");
        var id = await Answered(brigade, author, "xuanchuan");

        await brigade.User("zhao2", "Viewer");
        author = await brigade.SignIn("zhao2");
        var read = await author.GetAsync($"/api/v1/instructions/{id}");
        var close = await author.Close(id);
        var reopen = await author.Reopen(id);

        Assert.Equal(
            (HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            (read.StatusCode, close.StatusCode, reopen.StatusCode));
        Assert.Equal("Answered", (await brigade.Admin.Read<InstructionBody>($"/api/v1/instructions/{id}")).Status);
    }

    [Fact]
    public async Task LeaderNoLongerSupervisingTheUnitNoLongerClosesTheirOwnInstruction()
    {
        var brigade = await WithThirdLeader();
        await brigade.Put($"/api/v1/brigades/{brigade.Id}/units/chengqu", new { name = "城区中队", kind = "中队" });
        await brigade.Put($"/api/v1/brigades/{brigade.Id}/leaders/li", Leader(["chengqu"]));
        await brigade.User("chengqu", "UnitHead", unitId: "chengqu");
        var task = await brigade.AddTask(new
        {
            year = DateTime.UtcNow.Year, code = "CQ-01", title = "城区秩序整治", category = "秩序管理", unitId = "chengqu", leaderId = "zhao",
            dutyLine = "Business", metric = new { kind = "Count", target = 10, unitLabel = "次" },
            start = $"{DateTime.UtcNow.Year}-01-01", due = $"{DateTime.UtcNow.Year}-12-31",
        });
        var li = await brigade.SignIn("li");
        var issued = await (await li.Instruct(task)).Read<InstructionBody>();
        (await (await brigade.SignIn("chengqu")).Answer(issued.Id)).EnsureSuccessStatusCode();

        await brigade.Put($"/api/v1/brigades/{brigade.Id}/leaders/li", Leader([]));
        var close = await li.Close(issued.Id);

        Assert.Equal("zhao", issued.LeaderId);
        Assert.Equal(HttpStatusCode.Forbidden, close.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await brigade.SignIn("zhao")).Close(issued.Id)).StatusCode);
    }

    [Fact]
    public async Task DisabledAuthorLeavesTheInstructionToTheBrigadeLeadersWhoSeeItAndCloseIt()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var zhao = await brigade.SignIn("zhao");
        var id = await Answered(brigade, zhao, "xuanchuan");

        await brigade.User("zhao", "Leader", leaderId: "zhao", disabled: true);
        var shown = await brigade.Admin.Read<ClosingBody>($"/api/v1/instructions/{id}");
        var dadui = await brigade.SignIn("dadui");
        var inbox = await dadui.Read<InboxBody>("/api/v1/me/inbox");
        var closed = await dadui.Close(id);

        Assert.Equal("BrigadeLeaders", shown.Closer.Kind);
        Assert.Contains(inbox.Items, i => i.Kind == "InstructionAnswered" && i.InstructionId == id);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
    }

    [Fact]
    public async Task TaskInstructionListHoldsOnlyInstructionsTheCallerMayOpen()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("RA-01", "fazhi", "Accountability", 10);
        var dadui = await brigade.SignIn("dadui");
        var toFazhi = await (await dadui.Instruct(task, "给法制室的批示：内部事项")).Read<InstructionBody>();

        var moved = await brigade.Patch(task, new { unitId = "xuanchuan", leaderId = "zhao" });
        var toXuanchuan = await (await dadui.Instruct(task, "给宣传中队的批示")).Read<InstructionBody>();
        var newHead = await brigade.SignIn("xuanchuan");
        var listed = await newHead.Read<InstructionBody[]>($"/api/v1/tasks/{task.Id()}/instructions");

        Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());
        Assert.Equal([toXuanchuan.Id], listed.Select(i => i.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await newHead.GetAsync($"/api/v1/instructions/{toFazhi.Id}")).StatusCode);
        Assert.Equal(2, (await dadui.Read<InstructionBody[]>($"/api/v1/tasks/{task.Id()}/instructions")).Length);
    }

    private async Task<ApiBrigade> WithThirdLeader()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await brigade.Put($"/api/v1/brigades/{brigade.Id}/leaders/li", Leader([]));
        await brigade.User("li", "Leader", leaderId: "li");
        return brigade;
    }

    private static object Leader(string[] unitIds) => new { name = "李明", post = "副大队长", isFirstResponsible = false, unitIds, areas = Array.Empty<string>() };

    /// <summary>An instruction on the unit by <paramref name="author"/>, answered by the unit's head.</summary>
    private static async Task<string> Answered(ApiBrigade brigade, HttpClient author, string unitId)
    {
        var issued = await author.InstructUnit(brigade, unitId);
        issued.EnsureSuccessStatusCode();
        var id = (await issued.Read<InstructionBody>()).Id;
        (await (await brigade.SignIn(unitId)).Answer(id)).EnsureSuccessStatusCode();
        return id;
    }

    private sealed record ClosingBody(string Id, CloserBody Closer);

    private sealed record CloserBody(string Kind, string? Username, string? LeaderId, string Name);

    private sealed record InboxBody(ItemBody[] Items);

    private sealed record ItemBody(string Kind, string? InstructionId);
}
