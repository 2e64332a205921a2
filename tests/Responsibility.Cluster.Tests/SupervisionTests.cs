namespace Responsibility.Cluster.Tests;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Responsibility.Storage;
using Responsibility.Storage.Attachments;

/// <summary>
/// The monthly meeting loop in a cluster: meetings and instructions are on the shared event log and 佐证材料 in the shared
/// PostgreSQL database, so any silo serves them through any api.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class SupervisionTests(ClusterFixture cluster)
{
    [Fact]
    public async Task DemosMeetingAndInstructionsReadTheSameThroughEitherApi()
    {
        var first = await cluster.SignIn(0, "dadui");
        var second = await cluster.SignIn(1, "dadui");

        var meetings = await Task.WhenAll(first.GetFromJsonAsync<JsonArray>("/api/v1/brigades/zichuan/meetings"), second.GetFromJsonAsync<JsonArray>("/api/v1/brigades/zichuan/meetings"));
        var report = await second.GetStringAsync($"/api/v1/brigades/zichuan/reports/monthly/{DateTime.UtcNow.AddHours(8):yyyy-MM}?preview=true&format=md");

        Assert.Equal(3, meetings[1]!.Single(m => (string)m!["kind"]! == "Monthly")!["decisions"]!.AsArray().Count);
        Assert.Equal(meetings[0]!.ToJsonString(), meetings[1]!.ToJsonString());
        Assert.Contains("上次例会议定事项落实情况", report);
        Assert.Contains("批示办理共附佐证材料", report);
    }

    [Fact]
    public async Task FileOnAnAnswerIsStoredInPostgresAndDownloadsThroughTheOtherApi()
    {
        var leader = await cluster.SignIn(1, "dadui");
        var head = await cluster.SignIn(0, "fazhi");
        var issued = await leader.PostAsJsonAsync("/api/v1/brigades/zichuan/units/fazhi/instructions", new { text = "请报送执法案卷评查表" });
        var instructionId = (string)(await issued.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        byte[] pdf = [.. "%PDF-1.4\n"u8, .. Enumerable.Repeat((byte)'x', 1500 * 1024), .. "\n%%EOF\n"u8];
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "评查表.pdf");
        var uploaded = await head.PostAsync("/api/v1/attachments", form);
        var attachmentId = (string)(await uploaded.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;

        var answered = await head.PostAsJsonAsync($"/api/v1/instructions/{instructionId}/answer", new { text = "已报送", attachmentIds = new[] { attachmentId } });
        var download = await leader.GetAsync($"/api/v1/attachments/{attachmentId}");

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        var stored = await new SqlAttachmentStore(PostgresDialect.Instance, cluster.Postgres).ReadAsync(attachmentId);
        Assert.Equal(("Instruction", instructionId, 2), (stored!.Link!.OwnerKind, stored.Link.OwnerId, stored.Parts));
    }
}
