namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>A Count's target is at least one, and whole unless its entries may be fractional: on create, PATCH and import.</summary>
[Collection(ApiCollection.Name)]
public sealed class CountTargetTests(SharedApi api)
{
    private static readonly int Year = DateTime.UtcNow.Year;

    [Theory]
    [InlineData(0.5, false)]
    [InlineData(5e-324, false)]
    [InlineData(12.5, false)]
    [InlineData(0.5, true)]
    public async Task CountTargetBelowOneOrWithAPartIsRefusedNamingItAndNothingIsStored(double target, bool fractional)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();

        var response = await brigade.Admin.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/tasks", CountTask(target, fractional));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["metric.target"], (await response.Problem()).Errors!.Keys);
        Assert.Empty(await brigade.Admin.Read<JsonArray>($"/api/v1/brigades/{brigade.Id}/tasks?year={Year}"));
    }

    [Fact]
    public async Task FractionalCountKeepsATargetWithAPart()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();

        var response = await brigade.Admin.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/tasks", CountTask(12.5, fractional: true));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(12.5, (await response.Body()).Number("metric.target"));
    }

    [Fact]
    public async Task CountTargetChangedToOneWithAPartIsRefusedNamingTargetAndChangesNothing()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12);

        var response = await brigade.Patch(task, new { target = 0.5 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["target"], (await response.Problem()).Errors!.Keys);
        Assert.Equal(12, (await brigade.Admin.Read<JsonObject>($"/api/v1/tasks/{task.Id()}")).Number("metric.target"));
    }

    [Fact]
    public async Task LedgerRowWithACountTargetWithAPartIsRefusedByItsCellAndNothingIsImported()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var csv = LedgerCalls.Csv(
            $"FZ-01,开展执法质量检查,法治建设·党风廉政,法制室,,执法监督,计数,12,次,{Year},{Year}-01-01,{Year}-12-31",
            $"FZ-02,下发通报,法治建设·党风廉政,法制室,,执法监督,计数,2.5,期,{Year},{Year}-01-01,{Year}-12-31");

        var refused = await brigade.Admin.Import(brigade, csv, "台账.csv");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["H3"], (await refused.Problem()).Errors!.Keys);
        Assert.Empty(await brigade.Admin.Read<JsonArray>($"/api/v1/brigades/{brigade.Id}/tasks?year={Year}"));
    }

    private static object CountTask(double target, bool fractional) => new
    {
        year = Year, code = "FZ-01", title = "开展执法质量检查", category = "执法监督", unitId = "fazhi", dutyLine = "Accountability",
        metric = new { kind = "Count", target, unitLabel = "次", fractional }, start = $"{Year}-01-01", due = $"{Year}-12-31",
    };
}
