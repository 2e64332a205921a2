namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;

/// <summary>
/// 支队督办 across the level (issue 20): issued by a DetachmentLeader to a brigade, in every BrigadeLeader's inbox there,
/// answered by one of them, closed by the detachment's leader; the brigade's unit heads, other brigades and other
/// detachments never reach it; a retry with the same Idempotency-Key issues it once.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DetachmentInstructionTests(SharedApi api)
{
    [Fact]
    public async Task IssuedToTheBrigadeLeadersAnsweredThereAndClosedByTheDetachment()
    {
        var (zichuan, boshan, detachment) = await Setup();
        var leader = await detachment.SignIn("leader");
        var dadui = await zichuan.SignIn("dadui");
        var key = Guid.NewGuid().ToString();

        var issued = await Instruct(leader, detachment, zichuan.Id, new { text = "请于月底前报送执法质量整改情况", dueDate = ApiInstructions.Today(10) }, key);
        var retried = await Instruct(leader, detachment, zichuan.Id, new { text = "请于月底前报送执法质量整改情况", dueDate = ApiInstructions.Today(10) }, key);
        var instruction = await issued.Read<DetachmentInstructionBody>();
        var inbox = await dadui.Read<InboxBody>("/api/v1/me/inbox");
        var answered = await dadui.Answer(instruction.Id, "已组织整改，报送整改报告");
        var brigadeCloses = await dadui.Close(instruction.Id);
        var closed = await leader.Close(instruction.Id);

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.Equal((zichuan.Id, "", detachment.Id, "淄川大队", "Open"), (instruction.BrigadeId, instruction.UnitId, instruction.DetachmentId, instruction.UnitName, instruction.Status));
        Assert.Equal("支队leader", instruction.AuthorName);
        Assert.True(retried.IsSuccessStatusCode);
        Assert.Equal(instruction.Id, (await retried.Read<DetachmentInstructionBody>()).Id);
        Assert.Equal(instruction.Id, Assert.Single(await leader.Read<DetachmentInstructionBody[]>($"/api/v1/detachments/{detachment.Id}/instructions")).Id);
        var item = Assert.Single(inbox.Items, i => i.InstructionId == instruction.Id);
        Assert.Equal(("DetachmentInstructionToAnswer", false), (item.Kind, item.Overdue));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.DoesNotContain((await dadui.Read<InboxBody>("/api/v1/me/inbox")).Items, i => i.InstructionId == instruction.Id);
        Assert.Equal(HttpStatusCode.Forbidden, brigadeCloses.StatusCode);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var after = await closed.Read<DetachmentInstructionBody>();
        Assert.Equal(("Closed", "Detachment"), (after.Status, after.Closer.Kind));
        Assert.Equal(["Answered", "Closed"], after.Steps.Select(s => s.Kind));
        Assert.Equal("Closed", (await dadui.Read<DetachmentInstructionBody>($"/api/v1/instructions/{instruction.Id}")).Status);
        Assert.Contains(await dadui.Read<DetachmentInstructionBody[]>($"/api/v1/brigades/{zichuan.Id}/instructions"), i => i.Id == instruction.Id);
        _ = boshan;
    }

    [Fact]
    public async Task NobodyOutsideTheBrigadesLeadersAndTheDetachmentReachesIt()
    {
        var (zichuan, boshan, detachment) = await Setup();
        var other = await new InstructingDetachment(api.Factory).Create();
        var leader = await detachment.SignIn("leader");
        var id = (await (await Instruct(leader, detachment, zichuan.Id, new { text = "请报送整改情况", dueDate = ApiInstructions.Today(5) })).Read<DetachmentInstructionBody>()).Id;
        var unitHead = await zichuan.SignIn("fazhi");
        var viewer = await detachment.SignIn("viewer");
        var detachmentAdmin = await detachment.SignIn("admin");
        var otherLeader = await other.SignIn("leader");
        var boshanLeader = await boshan.SignIn("dadui");

        Assert.DoesNotContain((await unitHead.Read<InboxBody>("/api/v1/me/inbox")).Items, i => i.InstructionId == id);
        Assert.DoesNotContain(await unitHead.Read<DetachmentInstructionBody[]>($"/api/v1/brigades/{zichuan.Id}/instructions"), i => i.Id == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await unitHead.GetAsync($"/api/v1/instructions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unitHead.Answer(id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await boshanLeader.GetAsync($"/api/v1/instructions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await boshanLeader.Answer(id)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/instructions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await detachmentAdmin.GetAsync($"/api/v1/instructions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.Close(id)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await detachmentAdmin.Close(id)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.Answer(id)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Instruct(viewer, detachment, zichuan.Id, new { text = "查看者督办" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Instruct(detachmentAdmin, detachment, zichuan.Id, new { text = "管理员督办" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLeader.GetAsync($"/api/v1/instructions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLeader.Close(id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Instruct(otherLeader, detachment, zichuan.Id, new { text = "越级督办" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLeader.GetAsync($"/api/v1/detachments/{detachment.Id}/instructions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await boshanLeader.GetAsync($"/api/v1/detachments/{detachment.Id}/instructions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Instruct(boshanLeader, detachment, boshan.Id, new { text = "大队越级" })).StatusCode);
        // A brigade's own instruction is not the detachment's to read at its level.
        var own = await zichuan.Issued();
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/api/v1/instructions/{own}")).StatusCode);
        Assert.Single(await viewer.Read<DetachmentInstructionBody[]>($"/api/v1/detachments/{detachment.Id}/instructions"));
    }

    [Fact]
    public async Task TheSameKeyWithAnotherBodyIsRefusedAndIssuesNothing()
    {
        var (zichuan, _, detachment) = await Setup();
        var leader = await detachment.SignIn("leader");
        var key = Guid.NewGuid().ToString();

        await Instruct(leader, detachment, zichuan.Id, new { text = "第一次督办" }, key);
        var reused = await Instruct(leader, detachment, zichuan.Id, new { text = "另一项督办" }, key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Single(await leader.Read<DetachmentInstructionBody[]>($"/api/v1/detachments/{detachment.Id}/instructions"));
    }

    public static TheoryData<string, string> Hostile => new()
    {
        { "text", """{"text":""}""" },
        { "text", $$"""{"text":"{{new string('督', 2001)}}"}""" },
        { "text", """{"text":12}""" },
        { "dueDate", """{"text":"按时办理","dueDate":"2026-13-45"}""" },
        { "dueDate", """{"text":"按时办理","dueDate":"1999-12-31"}""" },
        { "dueDate", $$"""{"text":"按时办理","dueDate":"{{ApiInstructions.Today(-1)}}"}""" },
        { "dueDate", $$"""{"text":"按时办理","dueDate":"{{ApiInstructions.Today(365 * 6)}}"}""" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task HostileInputIsRefusedNamingTheFieldAndNothingIsIssued(string field, string body)
    {
        var (zichuan, _, detachment) = await Setup();
        var leader = await detachment.SignIn("leader");

        var response = await leader.PostAsync(
            $"/api/v1/detachments/{detachment.Id}/brigades/{zichuan.Id}/instructions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains((await response.Problem()).Errors!.Keys, k => k.Equals(field, StringComparison.OrdinalIgnoreCase) || k.EndsWith("." + field, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(await leader.Read<DetachmentInstructionBody[]>($"/api/v1/detachments/{detachment.Id}/instructions"));
    }

    [Theory]
    [InlineData("no-such-brigade")]
    [InlineData("Bad..Id")]
    public async Task AnUnknownBrigadeIsMissingOrRefused(string brigadeId)
    {
        var (_, _, detachment) = await Setup();
        var leader = await detachment.SignIn("leader");

        var response = await Instruct(leader, detachment, brigadeId, new { text = "督办" });

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Contains("brigadeId", (await response.Problem()).Errors!.Keys);
        }

        Assert.Empty(await leader.Read<DetachmentInstructionBody[]>($"/api/v1/detachments/{detachment.Id}/instructions"));
    }

    private async Task<(ApiBrigade Zichuan, ApiBrigade Boshan, InstructingDetachment Detachment)> Setup()
    {
        var zichuan = await new ApiBrigade(api.Factory).Create();
        var boshan = await new ApiBrigade(api.Factory).Create();
        var detachment = await new InstructingDetachment(api.Factory).Create(zichuan, boshan);
        return (zichuan, boshan, detachment);
    }

    private static Task<HttpResponseMessage> Instruct(HttpClient client, InstructingDetachment detachment, string brigadeId, object body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/detachments/{detachment.Id}/brigades/{brigadeId}/instructions")
        {
            Content = JsonContent.Create(body),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return client.SendAsync(request);
    }

    internal sealed record DetachmentInstructionBody(
        string Id, string BrigadeId, string UnitId, string UnitName, string Text, string AuthorName, string Status, string? DetachmentId,
        string? DetachmentName, CloserBody Closer, StepBody[] Steps);

    internal sealed record CloserBody(string Kind, string Name);

    private sealed record InboxBody(ItemBody[] Items);

    private sealed record ItemBody(string Kind, bool Overdue, string? InstructionId);
}
