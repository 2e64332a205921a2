namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;

/// <summary>
/// 支队通报 (issue 20): drafted from the brigades' figures, edited while a draft, issued by a DetachmentLeader under the
/// detachment's own numbers of the year (apart from every brigade's), frozen once issued, circulated to the brigades it
/// names; hostile input refused naming the field.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DetachmentBulletinTests(SharedApi api)
{
    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year;

    [Fact]
    public async Task NumberedInTheDetachmentsOwnSeriesAndFrozenOnceIssued()
    {
        var (zichuan, boshan, detachment) = await Setup();
        var leader = await detachment.SignIn("leader");
        var dadui = await zichuan.SignIn("dadui");

        var first = await Draft(leader, detachment, "Criticism");
        var edited = await leader.PutAsJsonAsync(Path(detachment, first.Id), new { title = "关于工作落实不力大队的通报批评", body = "一、存在的问题\n\n淄川大队进度滞后。" });
        var issuedFirst = await Issue(leader, detachment, first.Id);
        // A brigade's own 通报 keeps its own series while the detachment numbers its 通报.
        var own = await (await dadui.PostAsJsonAsync($"/api/v1/brigades/{zichuan.Id}/bulletins", new { kind = "Criticism" })).Read<BulletinBody>();
        var ownIssued = await (await dadui.PostAsync($"/api/v1/bulletins/{own.Id}/issue", null)).Read<BulletinBody>();
        var second = await Draft(leader, detachment, "Commendation");
        var issuedSecond = await Issue(leader, detachment, second.Id);
        var refused = await leader.PutAsJsonAsync(Path(detachment, first.Id), new { title = "改标题", body = "改正文" });
        var again = await leader.PostAsync(Path(detachment, first.Id) + "/issue", null);

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(("Issued", $"〔{Year}〕第1期", 1, "关于工作落实不力大队的通报批评"), (issuedFirst.State, issuedFirst.Number, issuedFirst.Sequence, issuedFirst.Title));
        Assert.Equal((detachment.Id, "淄博市公安局交通警察支队"), (issuedFirst.DetachmentId, issuedFirst.DetachmentName));
        Assert.Equal($"〔{Year}〕第1期", ownIssued.Number);
        Assert.Equal($"〔{Year}〕第2期", issuedSecond.Number);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal($"〔{Year}〕第1期", (await again.Read<BulletinBody>()).Number);
        var stored = await leader.Read<BulletinBody>(Path(detachment, first.Id));
        Assert.Equal(("关于工作落实不力大队的通报批评", "一、存在的问题\n\n淄川大队进度滞后。"), (stored.Title, stored.Body));
        var listed = await leader.Read<BulletinBody[]>($"/api/v1/detachments/{detachment.Id}/bulletins?year={Year}");
        Assert.Equal([$"〔{Year}〕第1期", $"〔{Year}〕第2期"], listed.Select(b => b.Number));
        var docx = await leader.GetAsync(Path(detachment, first.Id) + "?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var html = await leader.GetStringAsync(Path(detachment, first.Id) + "?format=html");
        Assert.Contains("淄博市公安局交通警察支队通报", html, StringComparison.Ordinal);
        Assert.Contains($"〔{Year}〕第1期", html, StringComparison.Ordinal);
        _ = boshan;
    }

    [Fact]
    public async Task WrittenFromTheDataNamingBrigadesAndCirculatedToThoseItNames()
    {
        var (zichuan, boshan, detachment) = await Setup();
        // 淄川: a task far behind its pace (Red); 博山: its task done.
        var lagging = await zichuan.AddCountTask("FZ-01", "fazhi", "Accountability", 100);
        (await (await zichuan.SignIn("fazhi")).Report(lagging, new { value = 1 })).EnsureSuccessStatusCode();
        var done = await boshan.AddCountTask("FZ-01", "fazhi", "Accountability", 10);
        (await (await boshan.SignIn("fazhi")).Report(done, new { value = 10 })).EnsureSuccessStatusCode();
        var leader = await detachment.SignIn("leader");

        var criticism = await Draft(leader, detachment, "Criticism");
        var commendation = await Draft(leader, detachment, "Commendation");
        var situation = await Draft(leader, detachment, "Situation");
        await Issue(leader, detachment, criticism.Id);
        var zichuanViewer = await zichuan.SignIn("viewer");
        var boshanLeader = await boshan.SignIn("dadui");

        Assert.Equal([zichuan.Id], criticism.Brigades!.Select(b => b.Id));
        Assert.Contains("淄川大队", criticism.Body, StringComparison.Ordinal);
        Assert.Contains("红灯", criticism.Body, StringComparison.Ordinal);
        Assert.Equal([boshan.Id], commendation.Brigades!.Select(b => b.Id));
        Assert.Equal([zichuan.Id, boshan.Id], situation.Brigades!.Select(b => b.Id));
        // Issued, it is in the named brigade's 通报 list and readable there; never in another's, never as a draft.
        var circulated = Assert.Single(await zichuanViewer.Read<BulletinBody[]>($"/api/v1/brigades/{zichuan.Id}/bulletins?year={Year}"));
        Assert.Equal((criticism.Id, detachment.Id), (circulated.Id, circulated.DetachmentId));
        Assert.Equal(HttpStatusCode.OK, (await zichuanViewer.GetAsync($"/api/v1/bulletins/{criticism.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await zichuanViewer.GetAsync($"/api/v1/bulletins/{criticism.Id}?format=md")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await zichuan.SignIn("dadui")).PostAsync($"/api/v1/bulletins/{criticism.Id}/issue", null)).StatusCode);
        Assert.Empty(await boshanLeader.Read<BulletinBody[]>($"/api/v1/brigades/{boshan.Id}/bulletins?year={Year}"));
        Assert.Equal(HttpStatusCode.NotFound, (await boshanLeader.GetAsync($"/api/v1/bulletins/{criticism.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await boshanLeader.GetAsync($"/api/v1/bulletins/{commendation.Id}")).StatusCode);
    }

    [Fact]
    public async Task OnlyTheDetachmentsLeaderDraftsAndIssuesAndViewersReadIssuedOnes()
    {
        var (zichuan, _, detachment) = await Setup();
        var other = await new InstructingDetachment(api.Factory).Create();
        var leader = await detachment.SignIn("leader");
        var viewer = await detachment.SignIn("viewer");
        var admin = await detachment.SignIn("admin");
        var otherLeader = await other.SignIn("leader");
        var draft = await Draft(leader, detachment, "Situation");
        var issued = await Draft(leader, detachment, "Criticism");
        await Issue(leader, detachment, issued.Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/v1/detachments/{detachment.Id}/bulletins", new { kind = "Criticism" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsync(Path(detachment, draft.Id) + "/issue", null)).StatusCode);
        Assert.Equal([issued.Id], (await viewer.Read<BulletinBody[]>($"/api/v1/detachments/{detachment.Id}/bulletins")).Select(b => b.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync(Path(detachment, draft.Id))).StatusCode);
        Assert.Equal(2, (await admin.Read<BulletinBody[]>($"/api/v1/detachments/{detachment.Id}/bulletins")).Length);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLeader.GetAsync($"/api/v1/detachments/{detachment.Id}/bulletins")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLeader.PostAsync(Path(detachment, draft.Id) + "/issue", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLeader.PostAsync($"/api/v1/detachments/{other.Id}/bulletins/{draft.Id}/issue", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await zichuan.SignIn("dadui")).GetAsync($"/api/v1/detachments/{detachment.Id}/bulletins")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync(Path(detachment, "019a7c1d2e3f4a5b6c7d8e9f0a1b2c3d"))).StatusCode);
    }

    public static TheoryData<string, string, string> Hostile => new()
    {
        { "POST", "kind", """{"kind":"Praise"}""" },
        { "POST", "kind", """{}""" },
        { "POST", "title", $$"""{"kind":"Criticism","title":"{{new string('标', 500)}}"}""" },
        { "PUT", "body", $$"""{"title":"标题","body":"{{new string('文', 20_001)}}"}""" },
        { "PUT", "title", """{"title":"","body":"正文"}""" },
        { "PUT", "body", """{"title":"标题"}""" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task HostileInputIsRefusedNamingTheFieldAndChangesNothing(string method, string field, string body)
    {
        var (_, _, detachment) = await Setup();
        var leader = await detachment.SignIn("leader");
        var draft = await Draft(leader, detachment, "Situation");
        var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = method == "POST"
            ? await leader.PostAsync($"/api/v1/detachments/{detachment.Id}/bulletins", content)
            : await leader.PutAsync(Path(detachment, draft.Id), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains((await response.Problem()).Errors!.Keys, k => k.Equals(field, StringComparison.OrdinalIgnoreCase));
        var listed = Assert.Single(await leader.Read<BulletinBody[]>($"/api/v1/detachments/{detachment.Id}/bulletins"));
        Assert.Equal((draft.Title, draft.Version), (listed.Title, listed.Version));
    }

    private async Task<(ApiBrigade Zichuan, ApiBrigade Boshan, InstructingDetachment Detachment)> Setup()
    {
        var zichuan = await new ApiBrigade(api.Factory).Create();
        var boshan = await new ApiBrigade(api.Factory).Create();
        await boshan.Put($"/api/v1/brigades/{boshan.Id}", new
        {
            name = "博山大队", partyOrgName = "中共淄博市公安局交通警察支队博山大队总支部委员会", detachmentName = "淄博市公安局交通警察支队", recipient = "区委、区政府",
        });
        var detachment = await new InstructingDetachment(api.Factory).Create(zichuan, boshan);
        return (zichuan, boshan, detachment);
    }

    private static string Path(InstructingDetachment detachment, string id) => $"/api/v1/detachments/{detachment.Id}/bulletins/{id}";

    private static async Task<BulletinBody> Draft(HttpClient client, InstructingDetachment detachment, string kind)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/detachments/{detachment.Id}/bulletins", new { kind });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Read<BulletinBody>();
    }

    private static async Task<BulletinBody> Issue(HttpClient client, InstructingDetachment detachment, string id)
    {
        var response = await client.PostAsync(Path(detachment, id) + "/issue", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Read<BulletinBody>();
    }

    private sealed record BulletinBody(
        string Id, string Kind, string State, string? Number, int? Sequence, string Title, string Body, int Version, string? DetachmentId,
        string? DetachmentName, BrigadeBody[]? Brigades);

    private sealed record BrigadeBody(string Id, string Name);
}
