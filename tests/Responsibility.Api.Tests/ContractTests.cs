namespace Responsibility.Api.Tests;

using System.Text.Json.Nodes;

/// <summary>The v1 JSON contract of SPEC §6: camelCase names, enums as strings, dates as yyyy-MM-dd, fractions in [0,1].</summary>
[Collection(ApiCollection.Name)]
public sealed class ContractTests(SharedApi api)
{
    private static readonly int LastYear = DateTime.UtcNow.Year - 1;

    [Fact]
    public async Task TaskAndProgressAnswersUseTheContractNamesEnumStringsAndPlainDates()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddTask(OverdueTask());
        var head = await brigade.SignIn("fazhi");

        var answer = await (await head.Report(task, new { value = 3, occurredOn = $"{LastYear}-05-20", note = "检查 3 次" })).Body();

        Assert.Equal("Accountability", (string?)task["dutyLine"]);
        Assert.Equal(("Count", "HigherIsBetter"), ((string?)task["metric"]!["kind"], (string?)task["metric"]!["direction"]));
        Assert.Equal(($"{LastYear}-01-01", $"{LastYear}-12-31"), ((string?)task["start"], (string?)task["due"]));
        Assert.Equal(("wang", "drunk-driving"), ((string?)task["leaderId"], (string?)task["indicatorCode"]));
        var entry = answer["entry"]!;
        Assert.Equal($"{LastYear}-05-20", (string?)entry["occurredOn"]);
        Assert.Equal(3, entry.Number("value"));
        Assert.Equal(brigade.Username("fazhi"), (string?)entry["reportedBy"]);
        Assert.False((bool)entry["returned"]!);
        Assert.True(DateTimeOffset.TryParse((string?)entry["recordedAt"], out _));
        var progress = answer["task"]!["progress"]!;
        Assert.Equal((3.0, 0.3, 1.0), (progress.Number("actual"), progress.Number("percent"), progress.Number("expected")));
        Assert.Equal("Red", (string?)progress["status"]);
    }

    [Fact]
    public async Task BrigadeRollupCarriesUnitsLeadersByDutyLineCategoriesAndIndicators()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddTask(OverdueTask());
        var head = await brigade.SignIn("fazhi");
        (await head.Report(task, new { value = 4, occurredOn = $"{LastYear}-05-20" })).EnsureSuccessStatusCode();

        var rollup = await (await brigade.Admin.GetAsync($"/api/v1/brigades/{brigade.Id}/rollup?year={LastYear}")).Body();

        Assert.Equal((brigade.Id, LastYear), ((string?)rollup["brigadeId"], (int)rollup["year"]!));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (string?)rollup["asOf"]);
        Assert.Equal(1, rollup.Number("counts.red"));
        Assert.Equal(0, rollup.Number("counts.done") + rollup.Number("counts.green") + rollup.Number("counts.yellow") + rollup.Number("counts.notStarted"));
        var lagging = Assert.Single(rollup["lagging"]!.AsArray())!;
        Assert.Equal((task.Id(), "fazhi", "Red"), ((string?)lagging["taskId"], (string?)lagging["unitId"], (string?)lagging["status"]));
        Assert.Equal(0.6, lagging.Number("lag"), 9);
        var unit = Single(rollup, "units", "unitId", "fazhi");
        Assert.Equal(("法制室", 0.4), ((string?)unit["name"], unit.Number("percent")));
        var wang = Single(rollup, "leaders", "leaderId", "wang");
        Assert.Equal((0.4, 0.0), (wang.Number("accountability.percent"), wang.Number("business.percent")));
        Assert.Equal(1, wang.Number("accountability.taskCount"));
        Assert.Equal(0.4, Single(rollup, "categories", "category", "执法监督").Number("percent"), 9);
        var indicator = Single(rollup, "indicators", "code", "drunk-driving");
        Assert.Equal(("Count", 4.0, 10.0), ((string?)indicator["kind"], indicator.Number("actual"), indicator.Number("target")));
    }

    private static JsonNode Single(JsonObject rollup, string list, string key, string value) =>
        rollup[list]!.AsArray().Single(item => (string?)item![key] == value)!;

    private static object OverdueTask() => new
    {
        year = LastYear, code = "FZ-01", title = "查处酒醉驾", category = "执法监督", unitId = "fazhi", dutyLine = "Accountability",
        metric = new { kind = "Count", target = 10, unitLabel = "起" }, start = $"{LastYear}-01-01", due = $"{LastYear}-12-31",
        indicatorCode = "drunk-driving",
    };
}
