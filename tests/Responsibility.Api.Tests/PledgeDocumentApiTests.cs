namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>A 责任书 downloaded as the 党风廉政建设责任书 itself: Word, HTML or Markdown, within the JSON route's scope.</summary>
[Collection(ApiCollection.Name)]
public sealed class PledgeDocumentApiTests(SharedApi api)
{
    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year;

    [Fact]
    public async Task PledgeDownloadsAsWordHtmlAndMarkdownWithItsPartiesAndItems()
    {
        var (brigade, clerk, id) = await Arrange();
        var zhao = await brigade.SignIn("zhao");

        var docx = await zhao.GetAsync($"/api/v1/pledges/{id}?format=docx");
        var html = await zhao.GetAsync($"/api/v1/pledges/{id}?format=html");
        var md = await zhao.GetAsync($"/api/v1/pledges/{id}?format=md");
        var json = await zhao.GetAsync($"/api/v1/pledges/{id}");

        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"淄川大队{Year}年度党风廉政建设责任书（王立侠—赵刚）.docx", docx.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal([0x50, 0x4B, 0x03, 0x04], (await docx.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var page = await html.Content.ReadAsStringAsync();
        Assert.Contains("大队长　王立侠", page);
        Assert.Contains("开展谈心谈话", page);
        Assert.Equal("text/markdown", md.Content.Headers.ContentType?.MediaType);
        var text = await md.Content.ReadAsStringAsync();
        Assert.Contains($"# {Year}年度党风廉政建设责任书", text);
        Assert.Contains("考核与责任追究", text);
        Assert.Contains("乙方（签字）", text);
        Assert.Equal(id, (string)(await json.Content.ReadFromJsonAsync<JsonObject>())!["id"]!);
    }

    [Fact]
    public async Task SignedPledgeShowsItsSigningDate()
    {
        var (_, clerk, id) = await Arrange();
        await clerk.PostAsJsonAsync($"/api/v1/pledges/{id}/sign", new { signedOn = $"{Year}-01-16" });

        var text = await clerk.GetStringAsync($"/api/v1/pledges/{id}?format=md");

        Assert.Contains($"签订日期**：{Year}年1月16日", text);
    }

    [Fact]
    public async Task AnotherBrigadesPledgeIsNotFoundInAnyFormat()
    {
        var (_, _, id) = await Arrange();
        var other = await new ApiBrigade(api.Factory).Create();
        var outsider = await other.SignIn("dadui");

        foreach (var format in new[] { "docx", "html", "md" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/pledges/{id}?format={format}")).StatusCode);
        }
    }

    [Fact]
    public async Task AnUnknownFormatIsRefusedNamingFormat()
    {
        var (_, clerk, id) = await Arrange();

        var response = await clerk.GetAsync($"/api/v1/pledges/{id}?format=pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("format", (await response.Problem()).Errors!.Keys);
    }

    /// <summary>A brigade whose 清单 has a monthly talk every leader holds, and its 责任书 between 王立侠 and 赵刚.</summary>
    private async Task<(ApiBrigade Brigade, HttpClient Clerk, string PledgeId)> Arrange()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await brigade.User("clerk", "Admin");
        var clerk = await brigade.SignIn("clerk");
        (await clerk.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}/duties/{Year}/items/talk", new
        {
            section = "班子成员一岗双责", title = "开展谈心谈话", requirement = "每月与分管单位负责人谈心谈话一次", dutyLine = "Accountability",
            cadence = "Monthly", evidence = "谈话记录", assignees = new { allLeaders = true, leaderIds = Array.Empty<string>(), unitIds = Array.Empty<string>() },
        })).EnsureSuccessStatusCode();
        return (brigade, clerk, $"{brigade.Id}.{Year}.wang.leader-zhao");
    }
}
