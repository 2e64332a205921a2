namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using MiniExcelLibs;
using static Responsibility.Api.Tests.ApiInspections;

/// <summary>The 整改 loop through the API: an inspection, a finding, the unit's report with evidence, 退回, 销号; bad input refused.</summary>
[Collection(ApiCollection.Name)]
public sealed class InspectionApiTests(SharedApi api)
{
    [Fact]
    public async Task InspectionFindingReportReturnReportClose()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var (dadui, head) = (await brigade.SignIn("dadui"), await brigade.SignIn("xuanchuan"));
        var created = await dadui.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/inspections", Inspection());
        var inspection = await created.Read<InspectionBody>();
        var finding = await dadui.PostAsJsonAsync($"/api/v1/inspections/{inspection.Id}/findings", Finding());
        var item = await finding.Read<RectificationBody>();

        var bare = await head.PostAsJsonAsync($"/api/v1/rectifications/{item.Id}/report", new { text = "已整改" });
        var refused = await dadui.PostAsync($"/api/v1/rectifications/{item.Id}/close", null);
        var returned = await dadui.PostAsJsonAsync($"/api/v1/rectifications/{item.Id}/return", new { reason = "未附佐证材料" });
        var reported = await head.ReportWithFile(item.Id);
        var closed = await (await dadui.PostAsync($"/api/v1/rectifications/{item.Id}/close", null)).Read<RectificationBody>();

        Assert.Equal((HttpStatusCode.Created, $"/api/v1/inspections/{inspection.Id}"), (created.StatusCode, created.Headers.Location?.ToString()));
        Assert.Equal(["王立侠"], inspection.InspectorNames);
        Assert.Equal((HttpStatusCode.Created, $"/api/v1/rectifications/{item.Id}"), (finding.StatusCode, finding.Headers.Location?.ToString()));
        Assert.Equal(("Open", "赵刚", Today.AddDays(30), 0, false), (item.State, item.LeaderName, item.Due, item.ExtensionCount, item.Overdue));
        Assert.Equal(HttpStatusCode.OK, bare.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("销号须有佐证材料。", (await refused.Problem()).Detail);
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reported.StatusCode);
        Assert.Equal("Closed", closed.State);
        Assert.Equal(["Reported", "Returned", "Reported", "Closed"], closed.Steps.Select(s => s.Kind));
        var file = closed.Steps[2].Attachments[0].Id;
        Assert.Equal(HttpStatusCode.OK, (await (await brigade.SignIn("zhao")).Download(file)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await brigade.SignIn("fazhi")).Download(file)).StatusCode);
        var read = await dadui.Read<InspectionBody>($"/api/v1/inspections/{inspection.Id}");
        Assert.Equal((1, "Closed"), (read.FindingCount, read.Findings.Single().State));
    }

    [Fact]
    public async Task TheLedgerFiltersByStateAndUnitAndExportsTheSameRowsAsXlsx()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var dadui = await brigade.SignIn("dadui");
        var id = await brigade.Inspected(dadui);
        var first = await dadui.Found(id);
        await dadui.Found(id, "fazhi");
        var repeat = await dadui.Found(id);
        await (await brigade.SignIn("xuanchuan")).ReportWithFile(first.Id);

        var reported = await dadui.Read<RectificationBody[]>($"/api/v1/brigades/{brigade.Id}/rectifications?state=Reported");
        var xuanchuan = await dadui.Read<RectificationBody[]>($"/api/v1/brigades/{brigade.Id}/rectifications?unitId=xuanchuan&overdue=false");
        var xlsx = await dadui.GetAsync($"/api/v1/brigades/{brigade.Id}/rectifications?format=xlsx&unitId=xuanchuan");
        var badFormat = await dadui.GetAsync($"/api/v1/brigades/{brigade.Id}/rectifications?format=pdf");
        var unknownUnit = await dadui.GetAsync($"/api/v1/brigades/{brigade.Id}/rectifications?unitId=nowhere");

        Assert.Equal([first.Id], reported.Select(r => r.Id));
        Assert.Equal([first.Id, repeat.Id], xuanchuan.Select(r => r.Id));
        Assert.Equal(first.Id, repeat.RepeatOf);
        await using var stream = await xlsx.Content.ReadAsStreamAsync();
        var rows = stream.Query(useHeaderRow: true, sheetName: "整改台账").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(
            ["序号", "检查", "问题", "类别", "单位", "责任领导", "整改措施", "原定时限", "调整后时限", "延期次数", "状态", "是否逾期", "重复发生"],
            rows[0].Keys);
        Assert.Equal(2, rows.Count);
        Assert.Equal(("宣传中队", "赵刚", "已报送待核查", "否"), ($"{rows[0]["单位"]}", $"{rows[0]["责任领导"]}", $"{rows[0]["状态"]}", $"{rows[0]["重复发生"]}"));
        Assert.Equal("是", $"{rows[1]["重复发生"]}");
        Assert.Equal("format", (await badFormat.Problem()).Errors!.Keys.Single());
        Assert.Equal(HttpStatusCode.NotFound, unknownUnit.StatusCode);
    }

    public static TheoryData<string, string> BadInspections => new()
    {
        { """{"kind":"Nonsense","date":"2024-06-01","title":"t","inspectorIds":["wang"],"unitIds":["fazhi"],"summary":"s"}""", "kind" },
        { """{"kind":"Audit","date":"2999-06-01","title":"t","inspectorIds":["wang"],"unitIds":["fazhi"],"summary":"s"}""", "date" },
        { """{"kind":"Audit","date":"2024-13-01","title":"t","inspectorIds":["wang"],"unitIds":["fazhi"],"summary":"s"}""", "date" },
        { """{"kind":"Audit","title":"t","inspectorIds":["wang"],"unitIds":["fazhi"],"summary":"s"}""", "date" },
        { """{"kind":"Audit","date":"{today}","title":"","inspectorIds":["wang"],"unitIds":["fazhi"],"summary":"s"}""", "title" },
        { """{"kind":"Audit","date":"{today}","title":"t","inspectorIds":["nobody"],"unitIds":["fazhi"],"summary":"s"}""", "inspectorIds" },
        { """{"kind":"Audit","date":"{today}","title":"t","inspectorIds":["wang"],"unitIds":[],"summary":"s"}""", "unitIds" },
        { """{"kind":"Audit","date":"{today}","title":"t","inspectorIds":["wang"],"unitIds":["../x"],"summary":"s"}""", "unitIds" },
        { """{"kind":"Audit","date":"{today}","title":"t","inspectorIds":["wang"],"unitIds":["nowhere"],"summary":"s"}""", "unitIds" },
        { """{"kind":"Audit","date":"{today}","title":"t","inspectorIds":["wang"],"unitIds":["fazhi"],"summary":"{huge}"}""", "summary" },
    };

    [Theory]
    [MemberData(nameof(BadInspections))]
    public async Task ABadInspectionIsRefusedNamingTheFieldAndNothingIsRecorded(string body, string field)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var dadui = await brigade.SignIn("dadui");
        var json = body.Replace("{today}", Today.ToString("yyyy-MM-dd")).Replace("{huge}", new string('检', 5000));

        var response = await dadui.PostAsync($"/api/v1/brigades/{brigade.Id}/inspections", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains((await response.Problem()).Errors!.Keys, k => string.Equals(k, field, StringComparison.OrdinalIgnoreCase) || k.StartsWith(field, StringComparison.OrdinalIgnoreCase) || k.EndsWith(field, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(await dadui.Read<InspectionBody[]>($"/api/v1/brigades/{brigade.Id}/inspections"));
    }

    [Theory]
    [InlineData("unitId", "\"nowhere\"")]
    [InlineData("leaderId", "\"nobody\"")]
    [InlineData("severity", "\"Fatal\"")]
    [InlineData("dueDate", "\"2000-01-01\"")]
    [InlineData("problem", "\"\"")]
    [InlineData("measures", "null")]
    public async Task ABadFindingIsRefusedNamingTheFieldAndNoItemIsOpened(string field, string value)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var dadui = await brigade.SignIn("dadui");
        var id = await brigade.Inspected(dadui);
        var finding = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Finding(), Json.Options))!.AsObject();
        finding[field] = System.Text.Json.Nodes.JsonNode.Parse(value);

        var response = await dadui.PostAsJsonAsync($"/api/v1/inspections/{id}/findings", finding);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains((await response.Problem()).Errors!.Keys, k => k.EndsWith(field, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(await dadui.Read<RectificationBody[]>($"/api/v1/brigades/{brigade.Id}/rectifications"));
    }

    [Fact]
    public async Task HostileTextIsKeptLiterallyWithoutBidiControlsAndHugeOrUnknownInputChangesNothing()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var dadui = await brigade.SignIn("dadui");
        var created = await dadui.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/inspections", Inspection(title: "<script>alert(1)</script>\u202E检查"));
        var inspection = await created.Read<InspectionBody>();
        var item = await dadui.Found(inspection.Id);
        var head = await brigade.SignIn("xuanchuan");

        var huge = await head.PostAsJsonAsync($"/api/v1/rectifications/{item.Id}/report", new { text = new string('改', 100_000) });
        var strangers = await head.PostAsJsonAsync($"/api/v1/rectifications/{item.Id}/report", new { text = "已整改", attachmentIds = new[] { "not-an-id" } });
        var noReason = await dadui.PostAsJsonAsync($"/api/v1/rectifications/{item.Id}/return", new { reason = "" });
        var unknown = await dadui.GetAsync($"/api/v1/rectifications/{inspection.Id}-99");
        var malformed = await dadui.GetAsync("/api/v1/rectifications/..%2Fetc");
        var unknownInspection = await dadui.PostAsJsonAsync($"/api/v1/inspections/{new string('0', 32)}/findings", Finding());

        Assert.Equal("<script>alert(1)</script>检查", inspection.Title);
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode is HttpStatusCode.RequestEntityTooLarge ? HttpStatusCode.BadRequest : huge.StatusCode);
        Assert.Equal("attachmentIds", (await strangers.Problem()).Errors!.Keys.Single(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (unknown.StatusCode, malformed.StatusCode, unknownInspection.StatusCode));
        var stored = await dadui.Read<RectificationBody>($"/api/v1/rectifications/{item.Id}");
        Assert.Equal(("Open", 0), (stored.State, stored.Steps.Length));
    }

    [Fact]
    public async Task TheWarningDaysAreSetWithTheBrigadeAndBadOnesAreRefused()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var body = new Dictionary<string, object?> { ["name"] = "淄川大队", ["partyOrgName"] = "党总支", ["detachmentName"] = "支队" };

        var statuses = new List<HttpStatusCode>();
        foreach (var days in new object[] { new[] { 10, 20 }, new[] { 0 }, new[] { 91 }, new[] { 30, 20, 10 }, Array.Empty<int>() })
        {
            body["rectificationWarningDays"] = days;
            var refused = await brigade.Admin.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}", body);
            statuses.Add(refused.StatusCode);
            Assert.Contains("rectificationWarningDays", (await refused.Problem()).Errors!.Keys);
        }

        body["rectificationWarningDays"] = new[] { 30, 7 };
        (await brigade.Admin.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}", body)).EnsureSuccessStatusCode();
        var settings = (await brigade.Admin.Read<System.Text.Json.Nodes.JsonObject>($"/api/v1/brigades/{brigade.Id}"))["settings"]!;

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.BadRequest, s));
        Assert.Equal([30, 7], settings["rectificationWarningDays"]!.AsArray().Select(n => (int)n!));
    }

    [Fact]
    public async Task TheAuditTrailSaysWhatEachStepOfTheLoopDidInChinese()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var dadui = await brigade.SignIn("dadui");
        var id = await brigade.Inspected(dadui);
        var item = await dadui.Found(id);
        var head = await brigade.SignIn("xuanchuan");
        await head.ReportWithFile(item.Id);
        await dadui.PostAsJsonAsync($"/api/v1/rectifications/{item.Id}/return", new { reason = "照片不清晰" });
        await head.ReportWithFile(item.Id, "补拍照片.pdf");
        await dadui.PostAsync($"/api/v1/rectifications/{item.Id}/close", null);

        var entries = (await dadui.Read<System.Text.Json.Nodes.JsonObject>($"/api/v1/brigades/{brigade.Id}/audit?limit=20"))["entries"]!.AsArray();
        var actions = entries.Select(e => (string)e!["action"]!).ToArray();

        Assert.Equal(["整改销号", "报送整改情况", "退回整改", "报送整改情况", "整改事项交办", "发现问题并交办整改", "记录检查"], actions[..7]);
        Assert.Contains(entries[2]!["changes"]!.AsArray(), c => (string?)c!["after"] == "照片不清晰");
        Assert.Contains(entries[6]!["changes"]!.AsArray(), c => (string?)c!["after"] == "宣传中队、法制室" || (string?)c!["after"] == "法制室、宣传中队");
    }
}
