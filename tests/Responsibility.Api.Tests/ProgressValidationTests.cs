namespace Responsibility.Api.Tests;

using System.Net;
using System.Text;
using System.Text.Json.Nodes;

/// <summary>A progress report that does not fit its task answers 400 problem+json naming the field, and changes nothing.</summary>
[Collection(ApiCollection.Name)]
public sealed class ProgressValidationTests(SharedApi api)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public static TheoryData<string, string, string> BadReports => new()
    {
        { "Count", """{"value":0}""", "value" },
        { "Count", """{"value":-3}""", "value" },
        { "Count", """{"value":"abc"}""", "value" },
        { "Count", """{"value":2,"note":"NOTE"}""".Replace("NOTE", new string('记', 2001)), "note" },
        { "Count", $$"""{"value":2,"occurredOn":"{{Today.AddDays(2):yyyy-MM-dd}}"}""", "occurredOn" },
        { "Count", $$"""{"value":2,"occurredOn":"{{Today.Year - 1}}-12-31"}""", "occurredOn" },
        { "Rate", """{"value":1.5}""", "value" },
        { "Rate", """{"value":-0.2}""", "value" },
        { "Milestone", """{"stage":5}""", "stage" },
        { "Milestone", """{"stage":-1}""", "stage" },
    };

    [Theory]
    [MemberData(nameof(BadReports))]
    public async Task ReportThatDoesNotFitTheTaskIsRejectedNamingTheFieldAndNothingChanges(string kind, string body, string field)
    {
        var (brigade, task, head) = await TaskWithOneAcceptedEntry(kind);
        var before = await brigade.Admin.BrigadeRollup(brigade);

        var response = await head.PostAsync($"/api/v1/tasks/{task.Id()}/progress", Raw(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Problem();
        Assert.Equal(400, problem.Status);
        Assert.Equal([field], problem.Errors!.Keys);
        await AssertUnchanged(brigade, task, before);
    }

    [Fact]
    public async Task MalformedJsonIsRejectedAsAProblemAndNothingChanges()
    {
        var (brigade, task, head) = await TaskWithOneAcceptedEntry("Count");
        var before = await brigade.Admin.BrigadeRollup(brigade);

        var response = await head.PostAsync($"/api/v1/tasks/{task.Id()}/progress", Raw("""{"value":"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Problem();
        Assert.NotEmpty(problem.Errors!);
        await AssertUnchanged(brigade, task, before);
    }

    [Fact]
    public async Task ReportWithNeitherValueNorStageIsRejectedNamingValue()
    {
        var (brigade, task, head) = await TaskWithOneAcceptedEntry("Count");
        var before = await brigade.Admin.BrigadeRollup(brigade);

        var response = await head.PostAsync($"/api/v1/tasks/{task.Id()}/progress", Raw("""{"note":"忘了填数"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("value", (await response.Problem()).Errors!.Keys);
        await AssertUnchanged(brigade, task, before);
    }

    private async Task<(ApiBrigade Brigade, JsonObject Task, HttpClient Head)> TaskWithOneAcceptedEntry(string kind)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var (task, accepted) = kind switch
        {
            "Count" => (await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 10), (object)new { value = 3 }),
            "Rate" => (await brigade.AddRateTask("FZ-02", "fazhi", 0.9), new { value = 0.45 }),
            _ => (await brigade.AddMilestoneTask("FZ-03", "fazhi", "方案", "建设", "验收"), new { stage = 0 }),
        };
        var head = await brigade.SignIn("fazhi");
        (await head.Report(task, accepted)).EnsureSuccessStatusCode();
        return (brigade, task, head);
    }

    private static async Task AssertUnchanged(ApiBrigade brigade, JsonObject task, BrigadeRollupBody before)
    {
        Assert.Single(await brigade.Admin.Entries(task));
        var after = await brigade.Admin.BrigadeRollup(brigade);
        Assert.True(before.Unit("fazhi").Percent > 0);
        Assert.Equal(before.Unit("fazhi").Percent, after.Unit("fazhi").Percent, 9);
        Assert.Equal(before.Percent, after.Percent, 9);
    }

    private static StringContent Raw(string json) => new(json, Encoding.UTF8, "application/json");
}
