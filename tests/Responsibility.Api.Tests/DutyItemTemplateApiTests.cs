namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Reports.Ledger;

/// <summary>
/// 上级交办 of 责任清单 items over HTTP: kind DutyItem puts one item into every brigade's 清单 of the year marked with its
/// source, without holders (待分配, inbox 52) until the brigade's Admin sets them through the item PUT (the source kept);
/// a change (PATCH, If-Match) reaches each item keeping its holders (inbox 53, an audit line).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DutyItemTemplateApiTests(SharedApi api)
{
    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year;

    [Fact]
    public async Task ADutyItemTemplateReachesEveryBrigadesListAndWaitsForItsHolders()
    {
        var d = await TemplateDetachment.Create(api.Factory, 2);

        var first = await d.Admin.SendAsync(Post(d, Body(), "duty-1"));
        var again = await d.Admin.SendAsync(Post(d, Body(), "duty-1"));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, again.StatusCode));
        var template = (await first.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(template.Id(), (await again.Content.ReadFromJsonAsync<JsonObject>())!.Id());
        Assert.Equal(("DutyItem", "第一责任人职责", "Quarterly"), ((string)template["kind"]!, (string)template["section"]!, (string)template["cadence"]!));
        var instances = template["instances"]!.AsArray();
        Assert.Equal(d.Brigades.Select(b => b.Id), instances.Select(i => (string)i!["brigadeId"]!));
        for (var n = 0; n < d.Brigades.Length; n++)
        {
            var list = await d.Clerks[n].Read<JsonObject>($"/api/v1/brigades/{d.Brigades[n].Id}/duties/{Year}");
            var item = Assert.Single(list["items"]!.AsArray())!;
            Assert.Equal(((string)instances[n]!["id"]!, d.Id, template.Id()),
                ((string)item["id"]!, (string)item["source"]!["detachmentId"]!, (string)item["source"]!["templateId"]!));
            Assert.Equal((false, 0, 0), ((bool)item["assignees"]!["allLeaders"]!, item["assignees"]!["leaderIds"]!.AsArray().Count, item["assignees"]!["unitIds"]!.AsArray().Count));
        }

        var clerk = d.Clerks[0];
        var brigade = d.Brigades[0];
        var itemId = (string)instances[0]!["id"]!;
        var inbox = await clerk.Read<JsonObject>("/api/v1/me/inbox");
        Assert.Contains(inbox["items"]!.AsArray(), i => (string)i!["kind"]! == "TemplateItemToAssign" && (string?)i["dutyItemId"] == itemId);
        var page = await clerk.GetStringAsync($"/b/{brigade.Id}/duties/{Year}");
        Assert.Contains("支队交办", page);
        Assert.Contains("待分配", page);

        var put = await clerk.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}/duties/{Year}/items/{itemId}", new
        {
            section = "第一责任人职责", title = "每季度研究部署党风廉政建设", requirement = "专题会议研究", dutyLine = "Accountability",
            cadence = "Quarterly", evidence = "会议记录", assignees = new { allLeaders = false, leaderIds = new[] { "wang" }, unitIds = Array.Empty<string>() },
        });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(template.Id(), (string)(await put.Content.ReadFromJsonAsync<JsonObject>())!["source"]!["templateId"]!);
        var after = await clerk.Read<JsonObject>("/api/v1/me/inbox");
        Assert.DoesNotContain(after["items"]!.AsArray(), i => (string)i!["kind"]! == "TemplateItemToAssign");
        var compared = await (await d.SignIn("DetachmentViewer")).Read<JsonObject>($"/api/v1/detachments/{d.Id}/templates/{template.Id()}");
        var rows = compared["brigades"]!.AsArray();
        Assert.Equal((itemId, true, "王立侠"), ((string)rows[0]!["taskId"]!, (bool)rows[0]!["assigned"]!, (string)rows[0]!["holders"]!["leaderNames"]![0]!));
        Assert.False((bool)rows[1]!["assigned"]!);
    }

    [Fact]
    public async Task AChangeReachesEachItemKeepingItsHoldersVisiblyToTheAdmin()
    {
        var d = await TemplateDetachment.Create(api.Factory, 1);
        var template = await d.Publish(Body());
        var brigade = d.Brigades[0];
        var clerk = d.Clerks[0];
        var itemId = (string)template["instances"]![0]!["id"]!;
        (await clerk.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}/duties/{Year}/items/{itemId}", new
        {
            section = "第一责任人职责", title = "每季度研究部署党风廉政建设", dutyLine = "Accountability", cadence = "Quarterly",
            assignees = new { allLeaders = true, leaderIds = Array.Empty<string>(), unitIds = Array.Empty<string>() },
        })).EnsureSuccessStatusCode();
        var path = $"/api/v1/detachments/{d.Id}/templates/{template.Id()}";

        var missing = await d.Admin.PatchAsJsonAsync(path, new { requirement = "每季度专题研究一次" });
        var changed = await d.Admin.SendAsync(Patch(path, new { requirement = "每季度专题研究一次" }, "\"1\""));

        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("\"2\"", changed.Headers.ETag!.Tag);
        var item = Assert.Single((await clerk.Read<JsonObject>($"/api/v1/brigades/{brigade.Id}/duties/{Year}"))["items"]!.AsArray())!;
        Assert.Equal(("每季度专题研究一次", true), ((string)item["requirement"]!, (bool)item["assignees"]!["allLeaders"]!));
        const string Note = "支队交办清单事项已调整：工作要求 专题会议研究 → 每季度专题研究一次";
        var inbox = await clerk.Read<JsonObject>("/api/v1/me/inbox");
        Assert.Contains(inbox["items"]!.AsArray(), i => (string)i!["kind"]! == "TemplateItemAdjusted" && (string?)i["detail"] == Note);
        var audit = await clerk.Read<JsonObject>($"/api/v1/brigades/{brigade.Id}/audit?kind=TemplateItemAdjusted");
        var entry = Assert.Single(audit["entries"]!.AsArray())!;
        Assert.Equal("支队交办清单事项已调整", (string)entry["action"]!);
    }

    public static TheoryData<string, object, string> Hostile => new()
    {
        { "no section", Body(section: null), "section" },
        { "huge title", Body(title: new string('长', 5000)), "title" },
        { "unknown cadence", Body(cadence: "Hourly"), "cadence" },
        { "once without a date", Body(cadence: "Once"), "dueDate" },
        { "huge requirement", Body(requirement: new string('长', 100_000)), "requirement" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task HostileInputIs400NamingTheFieldAndHandsNothingDown(string what, object body, string field)
    {
        var d = await TemplateDetachment.Create(api.Factory, 1);

        var response = await d.Admin.PostAsJsonAsync($"/api/v1/detachments/{d.Id}/templates", body);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {response.StatusCode}");
        var keys = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key);
        Assert.Contains(keys, k => k.Contains(field, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(await d.Admin.Read<JsonObject[]>($"/api/v1/detachments/{d.Id}/templates"));
        Assert.Empty((await d.Clerks[0].Read<JsonObject>($"/api/v1/brigades/{d.Brigades[0].Id}/duties/{Year}"))["items"]!.AsArray());
    }

    [Fact]
    public async Task OnlyTheDetachmentsAdminHandsAnItemDownAndAnotherDetachmentFindsNothing()
    {
        var d = await TemplateDetachment.Create(api.Factory, 1);
        var other = await TemplateDetachment.Create(api.Factory, 0);
        var template = await d.Publish(Body());

        var statuses = new List<HttpStatusCode>();
        foreach (var client in new[] { await d.SignIn("DetachmentLeader"), await d.SignIn("DetachmentViewer"), other.Admin, d.Clerks[0] })
        {
            statuses.Add((await client.PostAsJsonAsync($"/api/v1/detachments/{d.Id}/templates", Body(title: "另一项"))).StatusCode);
        }

        var patchByOther = await other.Admin.SendAsync(Patch($"/api/v1/detachments/{d.Id}/templates/{template.Id()}", new { evidence = "x" }, "*"));
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.NotFound], statuses);
        Assert.Equal(HttpStatusCode.NotFound, patchByOther.StatusCode);
        Assert.Single(await d.Admin.Read<JsonObject[]>($"/api/v1/detachments/{d.Id}/templates"));
    }

    [Fact]
    public async Task AnItemWaitingForHoldersGoesOutOnTheSheetAsHandedDownAndComesBackStillWaiting()
    {
        var d = await TemplateDetachment.Create(api.Factory, 1);
        var template = (await (await d.Admin.SendAsync(Post(d, Body(), "duty-sheet"))).Content.ReadFromJsonAsync<JsonObject>())!;
        var (clerk, brigade) = (d.Clerks[0], d.Brigades[0]);

        var sheet = await (await clerk.GetAsync($"/api/v1/brigades/{brigade.Id}/duties/{Year}/export")).Content.ReadAsByteArrayAsync();
        var table = LedgerFile.Read(new MemoryStream(sheet), DutyColumns.Sheet);
        var imported = await clerk.PostAsync($"/api/v1/brigades/{brigade.Id}/duties/{Year}/import", SampleFiles.Form(sheet, "责任清单.xlsx"));

        var row = Assert.Single(table.Rows);
        Assert.Equal(("支队交办", null), (row[table.Columns[DutyColumns.Source]], row[table.Columns[DutyColumns.Assignees]]));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal((0, 0, 1), await imported.Counts());
        var item = Assert.Single((await clerk.Read<JsonObject>($"/api/v1/brigades/{brigade.Id}/duties/{Year}"))["items"]!.AsArray())!;
        Assert.Equal((template.Id(), 0, 0), ((string)item["source"]!["templateId"]!, item["assignees"]!["leaderIds"]!.AsArray().Count, item["assignees"]!["unitIds"]!.AsArray().Count));
    }

    internal static object Body(
        string? section = "第一责任人职责", string title = "每季度研究部署党风廉政建设", string cadence = "Quarterly", string requirement = "专题会议研究") => new
    {
        kind = "DutyItem", year = Year, section, title, requirement, dutyLine = "Accountability", cadence, evidence = "会议记录",
    };

    private static HttpRequestMessage Patch(string path, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, path) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private static HttpRequestMessage Post(TemplateDetachment d, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/detachments/{d.Id}/templates") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return request;
    }
}
