namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

[Collection(ApiCollection.Name)]
public sealed class ReportApiTests(SharedApi api)
{
    // Last month in Asia/Shanghai; in January it belongs to last year, so the tasks are planned for its year.
    private static readonly DateTime LastMonthStart = DateTime.UtcNow.AddHours(8).AddMonths(-1);
    private static readonly string LastMonth = LastMonthStart.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly string[] Sections =
        ["一、总体进展", "二、各单位推进情况", "三、班子成员“一岗双责”落实情况", "四、重点指标完成情况", "五、滞后任务及督办事项", "六、领导批示落实情况", "七、下月工作安排"];

    [Fact]
    public async Task BrigadeLeaderGeneratesAMonthAndEveryoneInTheBrigadeCanReadIt()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12, "checks", LastMonthStart.Year);
        var leader = await brigade.SignIn("dadui");
        var unitHead = await brigade.SignIn("fazhi");

        var generated = await leader.PostAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{LastMonth}/generate", null);
        var list = await unitHead.GetFromJsonAsync<JsonArray>($"/api/v1/brigades/{brigade.Id}/reports/monthly");
        var json = await unitHead.GetFromJsonAsync<JsonObject>($"/api/v1/brigades/{brigade.Id}/reports/monthly/{LastMonth}");

        Assert.Equal(HttpStatusCode.Created, generated.StatusCode);
        Assert.Single(list!);
        Assert.Equal(1, json!.Number("version"));
        Assert.Equal(1, json!.Number("overview.taskCount"));
    }

    [Fact]
    public async Task MarkdownAndHtmlCarryEverySectionHeading()
    {
        var (brigade, leader) = await BrigadeWithReport();

        var md = await leader.GetStringAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{LastMonth}?format=md");
        var html = await leader.GetAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{LastMonth}?format=html");
        var htmlText = await html.Content.ReadAsStringAsync();

        Assert.All(Sections, s => Assert.Contains(s, md));
        Assert.All(Sections, s => Assert.Contains(s, htmlText));
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("&#x", htmlText);
    }

    [Fact]
    public async Task HtmlViewLeadsBackToTheReportsPageAndDownloadsTheSameVersionAsWordWithTheSitesOwnScript()
    {
        var (brigade, leader) = await BrigadeWithReport();

        var html = await leader.GetStringAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{LastMonth}?version=1&format=html");
        var script = await leader.GetAsync("/js/report-view.js");

        Assert.Contains($"<a href=\"/b/{brigade.Id}/reports\" data-action=\"back\">返回</a>", html);
        Assert.Contains($"<a href=\"/api/v1/brigades/{brigade.Id}/reports/monthly/{LastMonth}?version=1&amp;format=docx\" download=\"\">下载 Word</a>", html);
        Assert.Contains("<script src=\"/js/report-view.js\" defer></script>", html);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("window.print()", await script.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DocxDownloadsWithAChineseFileName()
    {
        var (brigade, leader) = await BrigadeWithReport();

        var docx = await leader.GetAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{LastMonth}?format=docx");
        var bytes = await docx.Content.ReadAsByteArrayAsync();

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        Assert.Contains("重点工作推进情况调度报告", docx.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    [Fact]
    public async Task OnlyBrigadeLeaderAndAdminMayGenerate()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var unitHead = await brigade.SignIn("fazhi");
        var viewer = await brigade.SignIn("viewer");

        var byUnitHead = await unitHead.PostAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{LastMonth}/generate", null);
        var byViewer = await viewer.PostAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{LastMonth}/generate", null);
        var byAdmin = await brigade.Admin.PostAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{LastMonth}/generate", null);

        Assert.Equal(HttpStatusCode.Forbidden, byUnitHead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byViewer.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byAdmin.StatusCode);
    }

    [Theory]
    [InlineData("2024-13", "", "month")]
    [InlineData("march", "", "month")]
    [InlineData("2024-03", "?format=pdf", "format")]
    public async Task BadMonthOrFormatIsABadRequestNamingTheField(string month, string query, string field)
    {
        var (brigade, leader) = await BrigadeWithReport();

        var response = await leader.GetAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{month}{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull((await response.Body())["errors"]![field]);
    }

    [Fact]
    public async Task AMonthNeverGeneratedIsNotFound()
    {
        var (brigade, leader) = await BrigadeWithReport();

        var response = await leader.GetAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/2001-01");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnnualDraftHasTheSeedsFourPartsAndItsFrame()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12, "checks");
        var leader = await brigade.SignIn("dadui");

        var md = await leader.GetStringAsync(
            $"/api/v1/brigades/{brigade.Id}/reports/annual/{DateTime.UtcNow.Year}?format=md&docNumber=淄公交川政〔2024〕12号");

        Assert.Contains("一、推进法治政府建设的主要举措和成效", md);
        Assert.Contains("二、党政主要负责人履行推进法治建设第一责任人职责情况", md);
        Assert.Contains("三、推进法治政府建设存在的不足和原因", md);
        Assert.Contains($"四、{DateTime.UtcNow.Year + 1}年推进法治政府建设的主要安排", md);
        Assert.Contains("区委、区政府：", md);
        Assert.Contains("淄公交川政〔2024〕12号", md);
        Assert.Contains("王立侠", md);
        Assert.Contains("特此报告。", md);
    }

    private async Task<(ApiBrigade Brigade, HttpClient Leader)> BrigadeWithReport()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12, "checks", LastMonthStart.Year);
        var leader = await brigade.SignIn("dadui");
        (await leader.PostAsync($"/api/v1/brigades/{brigade.Id}/reports/monthly/{LastMonth}/generate", null)).EnsureSuccessStatusCode();
        return (brigade, leader);
    }
}
