namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;

[Collection(ApiCollection.Name)]
public sealed class SmokeTests(SharedApi api)
{
    [Fact]
    public async Task UnitHeadReportOnOwnUnitShowsInTheBrigadeRollupOnTheNextRead()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12);
        var unitHead = await brigade.SignIn("fazhi");
        var leader = await brigade.SignIn("dadui");

        var report = await unitHead.PostAsJsonAsync($"/api/v1/tasks/{task["id"]}/progress", new { value = 6, note = "上半年检查 6 次" });
        var rollup = await (await leader.GetAsync($"/api/v1/brigades/{brigade.Id}/rollup")).Body();

        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        Assert.Equal(0.5, rollup.Number("percent"), 9);
        Assert.Equal(0.5, rollup["units"]!.AsArray().Single(u => (string?)u!["unitId"] == "fazhi")!.Number("percent"), 9);
    }
}
