namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>
/// 延期申请 through the API: the unit's head asks before the due date, the 分管领导 grants, the task answers its original
/// and its current date; past the date only a leader sets one; nobody decides their own request; bad input is a 400
/// naming the field and changes nothing.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ExtensionApiTests(SharedApi api)
{
    [Fact]
    public async Task UnitHeadAsksTheLeaderGrantsAndTheTaskKeepsBothDates()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.TaskDueIn(20);
        var (head, zhao) = (await brigade.SignIn("xuanchuan"), await brigade.SignIn("zhao"));

        var asked = await (await head.Ask("Task", task.Id(), 35)).Body();
        var toDecide = await zhao.Read<JsonObject>("/api/v1/me/extensions");
        var granted = await zhao.PostAsJsonAsync($"/api/v1/extensions/{asked.Id()}/grant", new { grantedDue = ExtensionCalls.Day(30), note = "同意" });
        var after = await brigade.Admin.Read<JsonObject>($"/api/v1/tasks/{task.Id()}");
        var mine = await head.Read<JsonObject>("/api/v1/me/extensions");

        Assert.Equal(("Pending", "zhao", 1), ((string)asked["state"]!, (string?)asked["approver"]!["leaderId"], (int)asked["ordinal"]!));
        Assert.Equal([asked.Id()], toDecide["toDecide"]!.AsArray().Select(e => (string)e!["id"]!));
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        Assert.Equal((ExtensionCalls.Day(20), ExtensionCalls.Day(30), 1), ((string)after["originalDue"]!, (string)after["due"]!, (int)after["extensionCount"]!));
        Assert.True(after.Number("progress.expected") < task.Number("progress.expected"));
        Assert.Equal("Granted", (string)mine["mine"]!.AsArray().Single()!["state"]!);
    }

    [Fact]
    public async Task GrantedInstructionAnswersItsOriginalAndCurrentDueAndIsNotOverdueBeforeTheNewDate()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var instructionId = await brigade.Issued("fazhi", ExtensionCalls.Day(5));
        var (head, wang) = (await brigade.SignIn("fazhi"), await brigade.SignIn("dadui"));

        var asked = await (await head.Ask("Instruction", instructionId, 12)).Body();
        var granted = await wang.PostAsJsonAsync($"/api/v1/extensions/{asked.Id()}/grant", new { grantedDue = ExtensionCalls.Day(12) });
        var instruction = await wang.Read<JsonObject>($"/api/v1/instructions/{instructionId}");

        Assert.Equal(("wang", HttpStatusCode.OK), ((string?)asked["approver"]!["leaderId"], granted.StatusCode));
        Assert.Equal((ExtensionCalls.Day(5), ExtensionCalls.Day(12), 1), ((string)instruction["originalDue"]!, (string)instruction["due"]!, (int)instruction["extensionCount"]!));
        Assert.Equal("Extended", (string)instruction["steps"]!.AsArray().Single()!["kind"]!);
    }

    [Fact]
    public async Task TheRequesterCannotGrantTheirOwnRequestAndADecisionIsMadeOnce()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.TaskDueIn(20);
        var (head, zhao) = (await brigade.SignIn("xuanchuan"), await brigade.SignIn("zhao"));
        var asked = await (await head.Ask("Task", task.Id(), 25)).Body();

        var own = await head.PostAsJsonAsync($"/api/v1/extensions/{asked.Id()}/grant", new { grantedDue = ExtensionCalls.Day(25) });
        var refused = await zhao.PostAsJsonAsync($"/api/v1/extensions/{asked.Id()}/refuse", new { reason = "理由不充分" });
        var again = await zhao.PostAsJsonAsync($"/api/v1/extensions/{asked.Id()}/grant", new { grantedDue = ExtensionCalls.Day(25) });
        var unchanged = await brigade.Admin.Read<JsonObject>($"/api/v1/tasks/{task.Id()}");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.Conflict), (own.StatusCode, refused.StatusCode, again.StatusCode));
        Assert.Equal((ExtensionCalls.Day(20), 0), ((string)unchanged["due"]!, (int)unchanged["extensionCount"]!));
    }

    [Fact]
    public async Task PastTheDueDateOnlyALeaderInScopeSetsANewDate()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.TaskDueIn(-2);

        var head = await (await brigade.SignIn("xuanchuan")).Ask("Task", task.Id(), 10);
        var otherLeader = await brigade.User("li", "Leader", leaderId: "wang").ContinueWith(async _ => await (await brigade.SignIn("li")).Ask("Task", task.Id(), 10)).Unwrap();
        var set = await (await brigade.SignIn("zhao")).Ask("Task", task.Id(), 10);
        var body = await set.Body();
        var after = await brigade.Admin.Read<JsonObject>($"/api/v1/tasks/{task.Id()}");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Created), (head.StatusCode, otherLeader.StatusCode, set.StatusCode));
        Assert.Equal(("Granted", true), ((string)body["state"]!, (bool)body["setByLeader"]!));
        Assert.Equal((ExtensionCalls.Day(-2), ExtensionCalls.Day(10)), ((string)after["originalDue"]!, (string)after["due"]!));
    }

    [Fact]
    public async Task PastTheDueDateAPlanEditOfTheDateIsRefusedPointingToAnExtension()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var past = await brigade.TaskDueIn(-2);
        var ahead = await brigade.TaskDueIn(20);

        var refused = await brigade.Patch(past, new { due = ExtensionCalls.Day(10) });
        var edited = await brigade.Patch(ahead, new { due = ExtensionCalls.Day(25) });
        var body = await edited.Body();

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.OK), (refused.StatusCode, edited.StatusCode));
        Assert.Contains("延期", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((ExtensionCalls.Day(25), ExtensionCalls.Day(25)), ((string)body["originalDue"]!, (string)body["due"]!));
    }

    [Theory]
    [InlineData("""{"proposedDue":"2099-01-01","reason":"r"}""", "Target")]
    [InlineData("""{"target":{"kind":"Bogus","id":"x"},"proposedDue":"2099-01-01","reason":"r"}""", null)]
    [InlineData("""{"target":{"kind":"DutySlot","id":"talk:2026-03"},"proposedDue":"2099-01-01","reason":"r"}""", "Target")]
    [InlineData("""{"target":{"kind":"Task","id":"{task}"},"proposedDue":"{early}","reason":"r"}""", "proposedDue")]
    [InlineData("""{"target":{"kind":"Task","id":"{task}"},"proposedDue":"{late}","reason":""}""", "Reason")]
    [InlineData("""{"target":{"kind":"Task","id":"nope"},"proposedDue":"{late}","reason":"r"}""", "target")]
    [InlineData("""{"target":{"kind":"Task","id":"{task}"},"proposedDue":"99999-01-01","reason":"r"}""", null)]
    public async Task BadRequestIsA400AndNothingIsFiled(string body, string? field)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.TaskDueIn(20);
        var head = await brigade.SignIn("xuanchuan");
        var json = body.Replace("{task}", task.Id()).Replace("{early}", ExtensionCalls.Day(19)).Replace("{late}", ExtensionCalls.Day(25));

        var response = await head.PostAsync("/api/v1/extensions", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        if (field is not null)
        {
            Assert.Contains($"\"{field}", text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Empty((await head.Read<JsonObject>("/api/v1/me/extensions"))["mine"]!.AsArray());
    }

    [Fact]
    public async Task HostileTextIsKeptLiterallyAndTheFormRendersAsAWordDocument()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.TaskDueIn(20);
        var head = await brigade.SignIn("xuanchuan");

        var asked = await (await head.Ask("Task", task.Id(), 25, "<script>alert(1)</script>理由")).Body();
        var docx = await head.GetAsync($"/api/v1/extensions/{asked.Id()}?format=docx");
        var html = await (await head.GetAsync($"/api/v1/extensions/{asked.Id()}?format=html")).Content.ReadAsStringAsync();
        var badFormat = await head.GetAsync($"/api/v1/extensions/{asked.Id()}?format=exe");
        var unknown = await head.GetAsync("/api/v1/extensions/..%2Fx");

        Assert.Equal("<script>alert(1)</script>理由", (string)asked["reason"]!);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("延期申请审批单", html, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.NotFound), (badFormat.StatusCode, unknown.StatusCode));
    }
}
