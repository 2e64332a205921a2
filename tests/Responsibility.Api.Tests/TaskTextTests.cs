namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>
/// A task's code and texts in one form however they are typed: full-width codes are their ASCII selves, codes and
/// titles lose the spaces around them, so a code matches itself and an exported 台账 reads back unchanged.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TaskTextTests(SharedApi api)
{
    private static readonly int Year = DateTime.UtcNow.Year;

    [Fact]
    public async Task FullWidthCodeIsKeptInAsciiAndCollidesWithTheSameAsciiCode()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();

        var created = await brigade.AddTask(NewTask("ＦＺ－０２ ", "下发执法质量检查通报"));
        var again = await brigade.Admin.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/tasks", NewTask("FZ-02", "另一个任务"));

        Assert.Equal("FZ-02", (string)created["code"]!);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Single(await brigade.Admin.Read<JsonArray>($"/api/v1/brigades/{brigade.Id}/tasks?year={Year}"));
    }

    [Theory]
    [InlineData("FZ-02")]
    [InlineData("ＦＺ-02")]
    [InlineData(" FZ-02 ")]
    public async Task CodeFilterFindsTheTaskWhicheverWidthTheCodeIsTypedIn(string typed)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await brigade.AddTask(NewTask("FZ-02", "下发执法质量检查通报"));
        await brigade.AddTask(NewTask("FZ-03", "案件评查"));

        var found = await brigade.Admin.Read<JsonArray>($"/api/v1/brigades/{brigade.Id}/tasks?code={Uri.EscapeDataString(typed)}");

        Assert.Equal("FZ-02", (string)Assert.Single(found)!["code"]!);
    }

    [Fact]
    public async Task TitleSentWithSpacesAroundIsKeptTrimmedAndItsExportImportsUnchanged()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddTask(NewTask("FZ-01", "\t开展执法质量检查\n"));
        (await brigade.Patch(task, new { category = " 执法监督 " })).EnsureSuccessStatusCode();
        var export = await brigade.Admin.Export(brigade, Year);

        var imported = await brigade.Admin.Import(brigade, export, "台账.xlsx");

        var stored = await brigade.Admin.Read<JsonObject>($"/api/v1/tasks/{task.Id()}");
        Assert.Equal(("开展执法质量检查", "执法监督"), ((string)stored["title"]!, (string)stored["category"]!));
        Assert.Equal((0, 0, 1), await imported.Counts());
    }

    [Theory]
    [InlineData("title")]
    [InlineData("category")]
    public async Task BlankTextInAPatchIsRefusedNamingItAndChangesNothing(string field)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddTask(NewTask("FZ-01", "开展执法质量检查"));

        var response = await brigade.Patch(task, new Dictionary<string, string> { [field] = " \u3000\t" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await response.Problem()).Errors!.Keys);
        var stored = await brigade.Admin.Read<JsonObject>($"/api/v1/tasks/{task.Id()}");
        Assert.Equal(("开展执法质量检查", "执法监督"), ((string)stored["title"]!, (string)stored["category"]!));
    }

    [Fact]
    public async Task LedgerRowWithAFullWidthCodeChangesTheTaskOfThatCode()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddTask(NewTask("FZ-01", "开展执法质量检查"));
        var csv = LedgerCalls.Csv($"ＦＺ－０１,开展执法质量检查（改）,法治建设·党风廉政,法制室,,执法监督,计数,12,次,{Year},{Year}-01-01,{Year}-12-31");

        var imported = await brigade.Admin.Import(brigade, csv, "台账.csv");

        Assert.Equal((0, 1, 0), await imported.Counts());
        Assert.Equal("开展执法质量检查（改）", (string)(await brigade.Admin.Read<JsonObject>($"/api/v1/tasks/{task.Id()}"))["title"]!);
    }

    private static object NewTask(string code, string title) => new
    {
        year = Year, code, title, category = "执法监督", unitId = "fazhi", dutyLine = "Accountability",
        metric = new { kind = "Count", target = 12, unitLabel = "次" }, start = $"{Year}-01-01", due = $"{Year}-12-31",
    };
}
