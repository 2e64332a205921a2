namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>Issue 8, figures people can trust: rate levels as fractions, whole counts, confirmed large entries.</summary>
[Collection(ApiCollection.Name)]
public sealed class FigureRulesTests(SharedApi api)
{
    private static readonly int Year = DateTime.UtcNow.Year;

    [Theory]
    [InlineData(90)]
    [InlineData(1.5)]
    [InlineData(0)]
    public async Task RateTargetOutsideZeroToOneIsRefusedNamingTheTarget(double target)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();

        var response = await brigade.Admin.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/tasks", RateTask(target));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["metric.target"], (await response.Problem()).Errors!.Keys);
        Assert.Empty(await brigade.Admin.Read<TaskBody[]>($"/api/v1/brigades/{brigade.Id}/tasks"));
    }

    [Fact]
    public async Task RateTargetRaisedAbovePercentByPatchIsRefusedNamingTarget()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddRateTask("FZ-04", "fazhi", 0.9);
        var read = await brigade.Admin.GetAsync($"/api/v1/tasks/{task.Id()}");

        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tasks/{task.Id()}") { Content = JsonContent.Create(new { target = 90 }) };
        patch.Headers.IfMatch.Add(read.Headers.ETag!);
        var response = await brigade.Admin.SendAsync(patch);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["target"], (await response.Problem()).Errors!.Keys);
        Assert.Equal(0.9, (await brigade.Admin.Read<JsonObject>($"/api/v1/tasks/{task.Id()}")).Number("metric.target"), 9);
    }

    [Fact]
    public async Task RateEntryAsAPercentNumberIsRefusedAndAsAFractionIsAccepted()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddRateTask("FZ-04", "fazhi", 0.9);
        var head = await brigade.SignIn("fazhi");

        var asPercent = await head.Report(task, new { value = 87 });
        var asFraction = await head.Report(task, new { value = 0.87 });

        Assert.Equal(HttpStatusCode.BadRequest, asPercent.StatusCode);
        Assert.Equal(["value"], (await asPercent.Problem()).Errors!.Keys);
        Assert.Equal(HttpStatusCode.Created, asFraction.StatusCode);
        Assert.Equal(0.87, Assert.Single(await brigade.Admin.Entries(task)).Value!.Value, 9);
    }

    [Fact]
    public async Task HalfAnIssueOnAWholeNumberCountIsRefusedAndNothingIsStored()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-03", "fazhi", "Accountability", 12);
        var head = await brigade.SignIn("fazhi");

        var response = await head.Report(task, new { value = 0.5 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["value"], (await response.Problem()).Errors!.Keys);
        Assert.Empty(await brigade.Admin.Entries(task));
    }

    [Fact]
    public async Task FractionalCountTakesHalves()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddTask(new
        {
            year = Year, code = "KJ-01", title = "建设非现场执法点位", category = "科技信息", unitId = "fazhi", dutyLine = "Business",
            metric = new { kind = "Count", target = 10, unitLabel = "公里", fractional = true },
            start = $"{Year}-01-01", due = $"{Year}-12-31",
        });
        var head = await brigade.SignIn("fazhi");

        var response = await head.Report(task, new { value = 2.5 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(0.25, (await response.Read<EntryWithTaskBody>()).Task.Progress.Percent, 9);
    }

    [Fact]
    public async Task EntryAboveTwiceTheTargetIsRefusedUntilConfirmed()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-02", "fazhi", "Accountability", 12);
        var head = await brigade.SignIn("fazhi");

        var unconfirmed = await head.Report(task, new { value = 1000 });
        var nothingStored = await brigade.Admin.Entries(task);
        var confirmed = await head.Report(task, new { value = 25, confirmed = true });

        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        var problem = await unconfirmed.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("confirmationRequired", (string?)problem!["code"]);
        Assert.Equal(["value"], problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Empty(nothingStored);
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        Assert.Equal(25, Assert.Single(await brigade.Admin.Entries(task)).Value);
    }

    [Theory]
    [InlineData(1.7e308)]
    [InlineData(1e10)]
    public async Task HugeCountIsRefusedEvenWhenConfirmed(double value)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var task = await brigade.AddCountTask("FZ-02", "fazhi", "Accountability", 12);
        var head = await brigade.SignIn("fazhi");

        var first = await head.Report(task, new { value, confirmed = true });
        var second = await head.Report(task, new { value, confirmed = true });

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], new[] { first.StatusCode, second.StatusCode });
        Assert.Empty(await brigade.Admin.Entries(task));
        Assert.Equal(HttpStatusCode.OK, (await brigade.Admin.GetAsync($"/api/v1/brigades/{brigade.Id}/tasks")).StatusCode);
    }

    [Fact]
    public async Task CountTargetBeyondTenBillionIsRefused()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();

        var response = await brigade.Admin.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/tasks", new
        {
            year = Year, code = "X-1", title = "过大目标", category = "执法监督", unitId = "fazhi", dutyLine = "Business",
            metric = new { kind = "Count", target = 1e300 }, start = $"{Year}-01-01", due = $"{Year}-12-31",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["metric.target"], (await response.Problem()).Errors!.Keys);
    }

    private static object RateTask(double target) => new
    {
        year = Year, code = "FZ-04", title = "执法记录仪相符率达到90%以上", category = "执法监督", unitId = "fazhi",
        dutyLine = "Accountability", metric = new { kind = "Rate", target, unitLabel = "%" },
        start = $"{Year}-01-01", due = $"{Year}-12-31",
    };
}
