namespace Responsibility.Api.Tests;

using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

/// <summary>台账 through the API: export a year, import it back unchanged, create and change tasks by code, refuse bad sheets whole.</summary>
[Collection(ApiCollection.Name)]
public sealed class LedgerApiTests(SharedApi api)
{
    private static readonly int Year = DateTime.UtcNow.Year;

    [Fact]
    public async Task AnExportedLedgerImportedAgainChangesNothing()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var count = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12, indicatorCode: "checks");
        await brigade.AddRateTask("FZ-02", "fazhi", 0.875);
        await brigade.AddMilestoneTask("XC-01", "xuanchuan", "方案制定", "组织实施", "验收");
        await brigade.AddTask(new
        {
            year = Year, code = "XC-02", title = "=HYPERLINK(\"http://evil.example\",\"点击\")", category = "宣传", unitId = "xuanchuan",
            leaderId = "wang", dutyLine = "Business", metric = new { kind = "Rate", target = 0.05, unitLabel = "%", direction = "LowerIsBetter" },
            weight = 2.5, start = $"{Year}-01-01", due = $"{Year}-12-31", plannedByMonth = Enumerable.Range(1, 12).Select(m => m / 12.0),
        });
        await (await brigade.SignIn("fazhi")).Report(count, new { value = 3, note = "检查 3 次" });
        var before = await brigade.Admin.Read<JsonArray>($"/api/v1/brigades/{brigade.Id}/tasks?year={Year}");

        var sheet = await brigade.Admin.Export(brigade, Year);
        var imported = await brigade.Admin.Import(brigade, sheet, "台账.xlsx");

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal((0, 0, 4), await imported.Counts());
        Assert.Equal(before.ToJsonString(), (await brigade.Admin.Read<JsonArray>($"/api/v1/brigades/{brigade.Id}/tasks?year={Year}")).ToJsonString());
    }

    [Fact]
    public async Task ASheetCreatesNewCodesAndChangesExistingTasksByCode()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var existing = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12);
        var csv = LedgerCalls.Csv(
            $"FZ-01,开展执法质量检查（改）,法治建设·党风廉政,法制室,,执法监督,计数,24,次,{Year},{Year}-01-01,{Year}-12-31",
            $"XC-09,交通安全宣传进校园,业务工作,宣传中队,赵刚,宣传教育,比率,≥ 95%,%,{Year},{Year}-03-01,{Year}-11-30",
            $"XC-10,升级宣传阵地,业务工作,xuanchuan,,宣传教育,节点,,,{Year},{Year}-01-01,{Year}-06-30");

        var imported = await brigade.Admin.Import(brigade, csv, "台账.csv");

        Assert.Equal((2, 1, 0), await imported.Counts());
        var changed = await brigade.Admin.Read<JsonObject>($"/api/v1/tasks/{existing.Id()}");
        Assert.Equal(("开展执法质量检查（改）", 24.0), ((string)changed["title"]!, changed.Number("metric.target")));
        var created = (await brigade.Admin.Read<JsonArray>($"/api/v1/brigades/{brigade.Id}/tasks?code=XC-09"))[0]!;
        Assert.Equal((0.95, "zhao", "Business"), (created.Number("metric.target"), (string)created["leaderId"]!, (string)created["dutyLine"]!));
        var milestone = (await brigade.Admin.Read<JsonArray>($"/api/v1/brigades/{brigade.Id}/tasks?code=XC-10"))[0]!;
        Assert.Equal("完成", (string)milestone["metric"]!["stages"]![0]!["name"]!);
    }

    [Fact]
    public async Task BadRowsAreReportedByRowAndColumnAndNothingIsImported()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var csv = LedgerCalls.Csv(
            $"FZ-01,开展执法质量检查,法治建设·党风廉政,法制室,,执法监督,计数,12,次,{Year},{Year}-01-01,{Year}-12-31",
            $"FZ-02,下发通报,法治建设·党风廉政,督察室,,执法监督,计数,12,期,{Year},{Year}-01-01,{Year}-12-31",
            $"FZ-03,执法记录仪相符率,法治建设·党风廉政,法制室,,执法监督,比率,90,%,{Year},{Year}-01-01,{Year}-12-31",
            $"FZ-04,案件评查,法治建设·党风廉政,法制室,,执法监督,计数,4,次,{Year},{Year}-12-31,{Year}-01-01",
            $"FZ-01,重复的编号,法治建设·党风廉政,法制室,,执法监督,计数,4,次,{Year},{Year}-01-01,{Year}-12-31");

        var refused = await brigade.Admin.Import(brigade, csv, "台账.csv");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = (await refused.Content.ReadFromJsonAsync<JsonObject>())!;
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["A6", "D3", "H4", "L5"], errors.Select(e => e.Key).Order());
        Assert.Contains("第 2 行", (string)errors["A6"]![0]!);
        Assert.Contains("督察室", (string)errors["D3"]![0]!);
        Assert.StartsWith("第 4 行 目标：", (string)errors["H4"]![0]!);
        var cells = problem["cells"]!.AsArray();
        Assert.Contains(cells, c => (int)c!["row"]! == 5 && (string)c["column"]! == "截止日期" && (string)c["cell"]! == "L5");
        Assert.Empty(await brigade.Admin.Read<JsonArray>($"/api/v1/brigades/{brigade.Id}/tasks?year={Year}"));
    }

    [Fact]
    public async Task ADuplicatedCodeAndAChangedKindAreRefusedByTheirRowsAndNothingIsImported()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12);
        var csv = LedgerCalls.Csv(
            $"FZ-02,新任务,法治建设·党风廉政,法制室,,执法监督,计数,12,次,{Year},{Year}-01-01,{Year}-12-31",
            $"FZ-01,改成比率,法治建设·党风廉政,法制室,,执法监督,比率,90%,%,{Year},{Year}-01-01,{Year}-12-31",
            $"FZ-02,重复,法治建设·党风廉政,法制室,,执法监督,计数,12,次,{Year},{Year}-01-01,{Year}-12-31");

        var refused = await brigade.Admin.Import(brigade, csv, "台账.csv");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["A4", "G3"], (await refused.Problem()).Errors!.Keys.Order());
        Assert.Single(await brigade.Admin.Read<JsonArray>($"/api/v1/brigades/{brigade.Id}/tasks?year={Year}"));
    }

    [Fact]
    public async Task FormulaLookingCellsAreImportedAsTextAndExportedAsText()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        const string title = "=HYPERLINK(\"http://evil.example\",\"点击领奖\")";
        var csv = LedgerCalls.Csv($"FZ-01,\"{title.Replace("\"", "\"\"")}\",法治建设·党风廉政,法制室,,+cmd|' /C calc'!A0,计数,12,次,{Year},{Year}-01-01,{Year}-12-31");

        (await brigade.Admin.Import(brigade, csv, "台账.csv")).EnsureSuccessStatusCode();
        var sheet = await brigade.Admin.Export(brigade, Year);

        var task = (await brigade.Admin.Read<JsonArray>($"/api/v1/brigades/{brigade.Id}/tasks?code=FZ-01"))[0]!;
        Assert.Equal((title, "+cmd|' /C calc'!A0"), ((string)task["title"]!, (string)task["category"]!));
        using var zip = new ZipArchive(new MemoryStream(sheet));
        var xml = new StreamReader(zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Open()).ReadToEnd();
        Assert.DoesNotContain(":f>", xml);
        Assert.DoesNotContain("<f>", xml);
    }

    [Fact]
    public async Task HugeFilesAndFilesThatAreNoLedgerAreRefusedNamingTheFile()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var huge = Encoding.UTF8.GetBytes(LedgerCalls.Header + "\n" + new string(' ', 6 * 1024 * 1024));

        var tooLarge = await brigade.Admin.Import(brigade, huge, "台账.csv");
        var notALedger = await brigade.Admin.Import(brigade, SampleFiles.Pdf(), "台账.xlsx");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("file", await tooLarge.Field());
        Assert.Equal(HttpStatusCode.BadRequest, notALedger.StatusCode);
        Assert.Contains("file", (await notALedger.Problem()).Errors!.Keys);
    }

    [Fact]
    public async Task OnlyTheBrigadesAdminImportsAndItsAdminAndLeadersExport()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var csv = LedgerCalls.Csv($"FZ-01,检查,法治建设·党风廉政,法制室,,执法监督,计数,12,次,{Year},{Year}-01-01,{Year}-12-31");

        var byLeader = await (await brigade.SignIn("dadui")).Import(brigade, csv, "台账.csv");
        var leaderExport = await (await brigade.SignIn("dadui")).GetAsync($"/api/v1/brigades/{brigade.Id}/tasks/export?year={Year}");
        var unitHeadExport = await (await brigade.SignIn("fazhi")).GetAsync($"/api/v1/brigades/{brigade.Id}/tasks/export");
        var viewerExport = await (await brigade.SignIn("viewer")).GetAsync($"/api/v1/brigades/{brigade.Id}/tasks/export");
        var csvExport = await brigade.Admin.GetAsync($"/api/v1/brigades/{brigade.Id}/tasks/export?format=csv");

        Assert.Equal(HttpStatusCode.Forbidden, byLeader.StatusCode);
        Assert.Equal(HttpStatusCode.OK, leaderExport.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", leaderExport.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"淄川大队{Year}年度任务台账.xlsx", leaderExport.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (unitHeadExport.StatusCode, viewerExport.StatusCode));
        Assert.Contains("format", (await csvExport.Problem()).Errors!.Keys);
    }
}
