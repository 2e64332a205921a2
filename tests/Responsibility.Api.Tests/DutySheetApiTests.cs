namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using Responsibility.Reports.Ledger;

/// <summary>
/// The 责任清单 as .xlsx through the API: exported with the 廉政风险点 register for its readers, imported back unchanged,
/// refused whole with its problems by row and column, hostile files refused naming the file.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DutySheetApiTests(SharedApi api)
{
    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year;

    [Fact]
    public async Task AnExportedListImportedAgainChangesNothing()
    {
        var (brigade, clerk) = await Arrange();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12, year: Year);
        await Put(clerk, brigade, "talk", Item("=HYPERLINK(\"http://evil.example\",\"点击\")", "Monthly", null, allLeaders: true));
        await Put(clerk, brigade, "plan", Item("制定整治方案", "Once", $"{Year}-03-31", leaderIds: ["zhao"], unitIds: ["xuanchuan"], taskIds: [task.Id()]));
        var before = (await clerk.Read<JsonObject>($"/api/v1/brigades/{brigade.Id}/duties/{Year}")).ToJsonString();

        var export = await clerk.GetAsync($"/api/v1/brigades/{brigade.Id}/duties/{Year}/export");
        var sheet = await export.Content.ReadAsByteArrayAsync();
        var imported = await Import(clerk, brigade, sheet);

        Assert.Equal(LedgerDownloadType, export.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"淄川大队{Year}年度责任清单.xlsx", export.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal((0, 0, 2), await imported.Counts());
        Assert.Equal(before, (await clerk.Read<JsonObject>($"/api/v1/brigades/{brigade.Id}/duties/{Year}")).ToJsonString());
    }

    [Fact]
    public async Task ASheetCreatesAndChangesItemsByTheirNumberAndResolvesHoldersByName()
    {
        var (brigade, clerk) = await Arrange();
        await Put(clerk, brigade, "talk", Item("开展谈心谈话", "Monthly", null, allLeaders: true));

        var imported = await Import(clerk, brigade, Sheet(
            ["talk", "班子成员一岗双责", "开展谈心谈话（改）", "", "党风廉政建设", "每季度", "", "谈话记录", "全体班子成员", ""],
            ["plan", "业务工作", "制定整治方案", "", "业务工作", "一次性", $"{Year}-06-30", "方案", "赵刚、宣传中队", ""]));

        Assert.Equal((1, 1, 0), await imported.Counts());
        var items = (await clerk.Read<JsonObject>($"/api/v1/brigades/{brigade.Id}/duties/{Year}"))["items"]!.AsArray();
        var talk = items.Single(i => (string)i!["id"]! == "talk")!;
        Assert.Equal(("开展谈心谈话（改）", "Quarterly"), ((string)talk["title"]!, (string)talk["cadence"]!));
        var plan = items.Single(i => (string)i!["id"]! == "plan")!;
        Assert.Equal(("Business", $"{Year}-06-30"), ((string)plan["dutyLine"]!, (string)plan["dueDate"]!));
        Assert.Equal(("zhao", "xuanchuan"), ((string)plan["assignees"]!["leaderIds"]![0]!, (string)plan["assignees"]!["unitIds"]![0]!));
    }

    [Fact]
    public async Task BadRowsAreReportedByRowAndColumnAndNothingIsImported()
    {
        var (brigade, clerk) = await Arrange();

        var refused = await Import(clerk, brigade, Sheet(
            ["talk", "一岗双责", "开展谈心谈话", "", "党风廉政建设", "每月", "", "", "全体班子成员", ""],
            ["walk", "一岗双责", "走访", "", "党风廉政建设", "每天", "", "", "全体班子成员", ""],
            ["meet", "一岗双责", "约谈", "", "党风廉政建设", "每月", "", "", "李四", ""],
            ["read", "一岗双责", "", "", "党风廉政建设", "每月", "", "", "赵刚", ""]));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Problem();
        Assert.Equal(["C5", "F3", "I4"], problem.Errors!.Keys.Order());
        Assert.StartsWith("第 4 行 责任人：", problem.Errors["I4"][0]);
        Assert.Contains("李四", problem.Errors["I4"][0]);
        Assert.Contains("责任清单", problem.Title);
        Assert.Empty((await clerk.Read<JsonObject>($"/api/v1/brigades/{brigade.Id}/duties/{Year}"))["items"]!.AsArray());
    }

    [Fact]
    public async Task ADateOutsideTheYearIsReportedAtItsRowAndNothingIsImported()
    {
        var (brigade, clerk) = await Arrange();

        var refused = await Import(clerk, brigade, Sheet(
            ["talk", "一岗双责", "开展谈心谈话", "", "党风廉政建设", "每月", "", "", "全体班子成员", ""],
            ["plan", "业务工作", "制定整治方案", "", "业务工作", "一次性", $"{Year + 1}-03-31", "", "赵刚", ""]));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["G3"], (await refused.Problem()).Errors!.Keys);
        Assert.Empty((await clerk.Read<JsonObject>($"/api/v1/brigades/{brigade.Id}/duties/{Year}"))["items"]!.AsArray());
    }

    [Fact]
    public async Task HugeEmptyAndForeignFilesAreRefusedNamingTheFile()
    {
        var (brigade, clerk) = await Arrange();

        var huge = await Import(clerk, brigade, new byte[6 * 1024 * 1024]);
        var empty = await Import(clerk, brigade, []);
        var pdf = await Import(clerk, brigade, SampleFiles.Pdf());
        var csv = await Import(clerk, brigade, Encoding.UTF8.GetBytes("编号,类别,事项,责任类别,频次,责任人\ntalk,一岗双责,谈话,党风廉政建设,每月,全体班子成员\n"));
        var broken = await Import(clerk, brigade, [0x50, 0x4B, 0x03, 0x04, 9, 9, 9, 9]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("file", (await empty.Problem()).Errors!.Keys);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, pdf.StatusCode);
        Assert.Contains(".xlsx", (await pdf.Problem()).Detail);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, csv.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Empty((await clerk.Read<JsonObject>($"/api/v1/brigades/{brigade.Id}/duties/{Year}"))["items"]!.AsArray());
    }

    [Fact]
    public async Task TheRegisterSheetGoesToItsReadersAndNotToAViewer()
    {
        var (brigade, clerk) = await Arrange();
        (await clerk.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}/risks/{Year}/r1", new
        {
            unitId = "xuanchuan", post = "宣传中队中队长", risk = "稿件审核把关不严", level = "Medium", measures = "落实稿件三审制度", leaderId = "zhao",
        })).EnsureSuccessStatusCode();
        var viewer = await brigade.SignIn("viewer");

        var full = await (await clerk.GetAsync($"/api/v1/brigades/{brigade.Id}/duties/{Year}/export")).Content.ReadAsByteArrayAsync();
        var counts = await viewer.GetAsync($"/api/v1/brigades/{brigade.Id}/duties/{Year}/export");

        Assert.Equal(["责任清单", "廉政风险点"], SheetNames(full));
        Assert.Equal(HttpStatusCode.OK, counts.StatusCode);
        Assert.Equal(["责任清单"], SheetNames(await counts.Content.ReadAsByteArrayAsync()));
    }

    private const string LedgerDownloadType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private async Task<(ApiBrigade Brigade, HttpClient Clerk)> Arrange()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await brigade.User("clerk", "Admin");
        return (brigade, await brigade.SignIn("clerk"));
    }

    private static async Task Put(HttpClient clerk, ApiBrigade brigade, string id, object item) =>
        (await clerk.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}/duties/{Year}/items/{id}", item)).EnsureSuccessStatusCode();

    private static object Item(
        string title, string cadence, string? dueDate, bool allLeaders = false, string[]? leaderIds = null, string[]? unitIds = null, string[]? taskIds = null) => new
    {
        section = "班子成员一岗双责", title, requirement = "按要求落实", dutyLine = "Accountability", cadence, dueDate, evidence = "记录",
        assignees = new { allLeaders, leaderIds = leaderIds ?? [], unitIds = unitIds ?? [] }, taskIds = taskIds ?? [],
    };

    private static Task<HttpResponseMessage> Import(HttpClient client, ApiBrigade brigade, byte[] sheet) =>
        client.PostAsync($"/api/v1/brigades/{brigade.Id}/duties/{Year}/import", SampleFiles.Form(sheet, "责任清单.xlsx"));

    /// <summary>A 责任清单 sheet written by the ledger writer, one row per array in the columns' order.</summary>
    internal static byte[] Sheet(params string[][] rows) => LedgerXlsx.Write(new LedgerSheetRows(
        "责任清单", [.. DutyColumns.All.Select(c => (c, 10.0))],
        [.. rows.Select(r => DutyColumns.All.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => (object?)(x.i < r.Length && r[x.i].Length > 0 ? r[x.i] : null)))]));

    private static List<string> SheetNames(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        return [.. document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value!)];
    }
}
