namespace Responsibility.Api.Tests;

using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

/// <summary>A month's report is regenerated on request at most <c>Reports:MaxVersionsPerMonth</c> (10) times.</summary>
[Collection(ApiCollection.Name)]
public sealed class ReportVersionApiTests(SharedApi api)
{
    private static readonly string LastMonth = DateTime.UtcNow.AddHours(8).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [Fact]
    public async Task TheEleventhVersionOfAMonthIsRefusedWithAConflictNamingMonthAndTheTenStay()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12);
        var leader = await brigade.SignIn("dadui");
        var generate = $"/api/v1/brigades/{brigade.Id}/reports/monthly/{LastMonth}/generate";
        for (var i = 0; i < 10; i++)
        {
            (await leader.PostAsync(generate, null)).EnsureSuccessStatusCode();
        }

        var response = await leader.PostAsync(generate, null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Body();
        Assert.Equal("month", (string)problem["field"]!);
        Assert.Contains("每月 10 版的上限", (string)problem["detail"]!);
        var list = await leader.Read<JsonArray>($"/api/v1/brigades/{brigade.Id}/reports/monthly");
        Assert.Equal(10, (int)Assert.Single(list)!["versions"]!);
    }
}
