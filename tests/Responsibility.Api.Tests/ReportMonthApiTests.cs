namespace Responsibility.Api.Tests;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>Only months that have ended are generated; the running month is previewed without storing anything.</summary>
[Collection(ApiCollection.Name)]
public sealed class ReportMonthApiTests(SharedApi api)
{
    private static readonly DateTime Today = DateTime.UtcNow.AddHours(8);
    private static readonly string ThisMonth = Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    private static readonly string NextMonth = Today.AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(MonthsNotEnded))]
    public async Task MonthNotYetEndedIsNotGeneratedAndTheAnswerNamesMonth(string month)
    {
        var (brigade, leader) = await Arrange();

        var response = await leader.PostAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{month}/generate", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["month"], (await response.Problem()).Errors!.Keys);
        Assert.Empty((await leader.GetFromJsonAsync<JsonArray>($"/api/v1/brigades/{brigade.Id}/reports/monthly"))!);
    }

    public static TheoryData<string> MonthsNotEnded() => [ThisMonth, NextMonth, "2099-01"];

    [Fact]
    public async Task RunningMonthPreviewsInEveryFormatAsOfTodayAndStoresNothing()
    {
        var (brigade, viewer) = await Arrange("viewer");
        var path = $"/api/v1/brigades/{brigade.Id}/reports/monthly/{ThisMonth}";

        var json = await viewer.GetFromJsonAsync<JsonObject>(path + "?preview=true");
        var formats = await Task.WhenAll(new[] { "md", "html", "docx" }.Select(f => viewer.GetAsync($"{path}?preview=true&format={f}")));
        var md = await viewer.GetStringAsync(path + "?preview=true&format=md");

        Assert.Equal((true, 0), ((bool)json!["isPreview"]!, (int)json["version"]!));
        Assert.Equal(DateOnly.FromDateTime(Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (string)json["asOf"]!);
        Assert.All(formats, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Contains("（预览稿）", md);
        Assert.Contains($"截至{Today.Month}月{Today.Day}日", md);
        Assert.Empty((await viewer.GetFromJsonAsync<JsonArray>($"/api/v1/brigades/{brigade.Id}/reports/monthly"))!);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task PreviewOfAMonthNotYetBegunIsABadRequestNamingMonth()
    {
        var (brigade, leader) = await Arrange();

        var response = await leader.GetAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{NextMonth}?preview=true&format=html");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["month"], (await response.Problem()).Errors!.Keys);
    }

    [Theory]
    [InlineData("?preview=true&version=1", "version")]
    [InlineData("?preview=maybe", "preview")]
    public async Task PreviewAskedForWronglyIsABadRequestNamingTheField(string query, string field)
    {
        var (brigade, leader) = await Arrange();

        var response = await leader.GetAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{ThisMonth}{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await response.Problem()).Errors!.Keys);
    }

    [Fact]
    public async Task ReportsPageOffersThisMonthsPreview()
    {
        var (brigade, leader) = await Arrange();

        var page = await leader.GetStringAsync($"/b/{brigade.Id}/reports");

        Assert.Contains($"/api/v1/brigades/{brigade.Id}/reports/monthly/{ThisMonth}?preview=true&amp;format=html", page);
        Assert.Contains("预览本月", page);
    }

    private async Task<(ApiBrigade Brigade, HttpClient Client)> Arrange(string role = "dadui")
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12, "checks", Today.Year);
        return (brigade, await brigade.SignIn(role));
    }
}
