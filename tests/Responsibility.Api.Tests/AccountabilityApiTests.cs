namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Responsibility.Api.Tests.PageForms;

/// <summary>
/// 述责述廉 through the API: the report is drafted from the leader's data on its first read with the 廉洁自律 part left empty,
/// kept in versions, moved through submit, return and accept (409 once frozen), listed in the 廉政档案 and rendered as a 公文;
/// bad input is refused naming the field and changes nothing.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AccountabilityApiTests(SharedApi api)
{
    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year;
    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");

    [Fact]
    public async Task TheDraftIsWrittenFromTheLeadersDataAndTheArchiveListsIt()
    {
        var (brigade, zhao, path) = await Arrange();
        await brigade.AddCountTask("B01", "xuanchuan", "Business", 10, year: Year);
        await brigade.AddCountTask("A01", "xuanchuan", "Accountability", 10, year: Year);
        (await zhao.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/records", new
        {
            kind = "Inspection", occurredOn = Today, content = "督导检查宣传中队执法记录仪使用情况", leaderId = "zhao",
        })).EnsureSuccessStatusCode();

        var report = await zhao.Read<JsonObject>(path);
        var markdown = await (await zhao.GetAsync(path + "?format=md")).Content.ReadAsStringAsync();
        var docx = await zhao.GetAsync(path + "?format=docx");
        var archive = await zhao.Read<JsonObject>($"/api/v1/brigades/{brigade.Id}/leaders/zhao/archive?year={Year}");

        var performance = report["sections"]!["performance"]!.GetValue<string>();
        Assert.Contains("分管宣传中队", performance);
        Assert.Contains("牵头业务工作任务1项，已完成0项", performance);
        Assert.Contains("牵头党风廉政建设任务1项，已完成0项", performance);
        Assert.Contains("形成履责纪实1条，其中督导检查1次", performance);
        Assert.Contains("督导检查宣传中队执法记录仪使用情况", performance);
        Assert.Equal("", report["sections"]!["integrity"]!.GetValue<string>());
        Assert.Equal(("Draft", 1, 1, "赵刚", $"{Year}年度述责述廉报告"), (
            report["state"]!.GetValue<string>(), report["version"]!.GetValue<int>(), report["versions"]!.GetValue<int>(),
            report["leaderName"]!.GetValue<string>(), report["title"]!.GetValue<string>()));
        Assert.Equal((1, 2), (report["figures"]!["records"]!.GetValue<int>(),
            report["figures"]!["business"]!["taskCount"]!.GetValue<int>() + report["figures"]!["accountability"]!["taskCount"]!.GetValue<int>()));
        Assert.Contains("（本部分由本人填写）", markdown, StringComparison.Ordinal);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        var listed = Assert.Single(archive["accountabilityReports"]!.AsArray());
        Assert.Equal((Year, "Draft", 1), (listed!["year"]!.GetValue<int>(), listed["state"]!.GetValue<string>(), listed["versions"]!.GetValue<int>()));
    }

    [Fact]
    public async Task VersionsAreKeptAndTheReportFreezesOnceAccepted()
    {
        var (brigade, zhao, path) = await Arrange();
        var dadui = await brigade.SignIn("dadui");
        await zhao.Read<JsonObject>(path);

        var noText = await zhao.PostAsync(path + "/submit", null);
        (await zhao.PutAsJsonAsync(path, new { integrity = "严守廉洁纪律。\n按规定报告个人有关事项。", sections = new { plans = "本人的打算。" } })).EnsureSuccessStatusCode();
        (await zhao.PostAsync(path + "/submit", null)).EnsureSuccessStatusCode();
        var whileSubmitted = await zhao.PutAsJsonAsync(path, new { integrity = "再改" });
        var returned = await (await dadui.PostAsJsonAsync(path + "/return", new { note = "请补充谈心谈话情况。" })).Body();
        (await zhao.PutAsJsonAsync(path, new { integrity = "严守廉洁纪律，补充谈心谈话情况。" })).EnsureSuccessStatusCode();
        (await zhao.PostAsync(path + "/submit", null)).EnsureSuccessStatusCode();
        var accepted = await (await dadui.PostAsync(path + "/accept", null)).Body();
        var afterAccept = await zhao.PutAsJsonAsync(path, new { integrity = "改" });
        var first = await zhao.Read<JsonObject>(path + "?version=1");
        var second = await zhao.Read<JsonObject>(path + "?version=2");

        Assert.Equal(HttpStatusCode.BadRequest, noText.StatusCode);
        Assert.Contains("integrity", (await noText.Problem()).Errors!.Keys);
        Assert.Equal(HttpStatusCode.Conflict, whileSubmitted.StatusCode);
        Assert.Equal(("Returned", "请补充谈心谈话情况。"), (returned["state"]!.GetValue<string>(), returned["returnNote"]!.GetValue<string>()));
        Assert.Equal(("Accepted", 3), (accepted["state"]!.GetValue<string>(), accepted["versions"]!.GetValue<int>()));
        Assert.Equal(
            ["Drafted", "Saved", "Submitted", "Returned", "Saved", "Submitted", "Accepted"],
            accepted["history"]!.AsArray().Select(h => h!["kind"]!.GetValue<string>()));
        // People by their display name (ApiBrigade names each account after its role), never by their username.
        Assert.Equal(["dadui", "zhao"], accepted["history"]!.AsArray().Select(h => h!["by"]!.GetValue<string>()).Distinct().Order());
        Assert.Equal(HttpStatusCode.Conflict, afterAccept.StatusCode);
        Assert.Equal("", first["sections"]!["integrity"]!.GetValue<string>());
        Assert.Equal(("严守廉洁纪律。\n按规定报告个人有关事项。", "本人的打算。"),
            (second["sections"]!["integrity"]!.GetValue<string>(), second["sections"]!["plans"]!.GetValue<string>()));
        Assert.Equal(first["sections"]!["performance"]!.GetValue<string>(), second["sections"]!["performance"]!.GetValue<string>());
    }

    public static TheoryData<string, object> BadEdits => new()
    {
        { "integrity", new { integrity = new string('廉', 10_001) } },
        { "integrity", new { sections = new { plans = "计划" } } },
        { "integrity", new { integrity = 12 } },
        { "plans", new { integrity = "文本", sections = new { plans = new string('计', 20_001) } } },
        { "performance", new { integrity = "文本", sections = new { performance = new string('履', 20_001) } } },
    };

    [Theory]
    [MemberData(nameof(BadEdits))]
    public async Task BadEditIsRefusedNamingTheFieldAndNothingIsKept(string field, object body)
    {
        var (_, zhao, path) = await Arrange();
        await zhao.Read<JsonObject>(path);

        var response = await zhao.PutAsJsonAsync(path, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains((await response.Problem()).Errors!.Keys, k => k.EndsWith(field, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(1, (await zhao.Read<JsonObject>(path))["versions"]!.GetValue<int>());
    }

    public static TheoryData<string, string> BadReads => new()
    {
        { "?format=pdf", "format" },
        { "?version=0", "version" },
        { "?version=abc", "version" },
    };

    [Theory]
    [MemberData(nameof(BadReads))]
    public async Task BadReadIsRefusedNamingTheField(string query, string field)
    {
        var (_, zhao, path) = await Arrange();

        var response = await zhao.GetAsync(path + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains((await response.Problem()).Errors!.Keys, k => k.EndsWith(field, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task HostileTextIsCleanedAndYearsOutOfRangeAreRefused()
    {
        var (brigade, zhao, path) = await Arrange();
        var dadui = await brigade.SignIn("dadui");

        var saved = await (await zhao.PutAsJsonAsync(path, new { integrity = "廉洁\u0007自律\u202E<script>alert(1)</script>" })).Body();
        var html = await (await zhao.GetAsync(path + "?format=html")).Content.ReadAsStringAsync();
        (await zhao.PostAsync(path + "/submit", null)).EnsureSuccessStatusCode();
        var emptyNote = await dadui.PostAsJsonAsync(path + "/return", new { note = "  " });
        var hugeNote = await dadui.PostAsJsonAsync(path + "/return", new { note = new string('意', 2001) });
        var future = await zhao.GetAsync($"/api/v1/brigades/{brigade.Id}/leaders/zhao/accountability-reports/{Year + 1}");
        var ancient = await zhao.GetAsync($"/api/v1/brigades/{brigade.Id}/leaders/zhao/accountability-reports/1999");

        Assert.Equal("廉洁自律<script>alert(1)</script>", saved["sections"]!["integrity"]!.GetValue<string>());
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, emptyNote.StatusCode);
        Assert.Contains("note", (await emptyNote.Problem()).Errors!.Keys);
        Assert.Equal(HttpStatusCode.BadRequest, hugeNote.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, future.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, ancient.StatusCode);
        Assert.Equal("Submitted", (await zhao.Read<JsonObject>(path))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheLeaderEditsAndSubmitsOnTheReportPageAndABrigadeLeaderDecidesThere()
    {
        var (brigade, _, path) = await Arrange();
        var page = $"/b/{brigade.Id}/leaders/zhao/accountability/{Year}";
        var zhao = await SignInToPages(api.Factory, brigade.Username("zhao"));
        var dadui = await SignInToPages(api.Factory, brigade.Username("dadui"));
        var unitHead = await SignInToPages(api.Factory, brigade.Username("xuanchuan"));

        var html = await zhao.GetStringAsync(page);
        var saved = await Post(zhao, page, html, new() { ["Edit.Integrity"] = "严守廉洁纪律。", ["Edit.Performance"] = "本人改写的履职情况。" });
        var submitted = await Post(zhao, page + "?handler=Submit", await zhao.GetStringAsync(page), []);
        var inbox = await dadui.GetStringAsync("/inbox");
        var deciding = await dadui.GetStringAsync(page);
        var accepted = await Post(dadui, page + "?handler=Accept", deciding, []);
        var archive = await zhao.GetStringAsync($"/b/{brigade.Id}/leaders/zhao/archive?year={Year}");
        var refused = await unitHead.GetAsync(page);

        Assert.Contains("（本部分由本人填写）", html, StringComparison.Ordinal);
        Assert.Contains("accountability-edit", html, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect), (saved.StatusCode, submitted.StatusCode, accepted.StatusCode));
        Assert.Contains($"href=\"{page}\"", inbox, StringComparison.Ordinal);
        Assert.Contains("述责述廉待审核", inbox, StringComparison.Ordinal);
        Assert.Contains("本人改写的履职情况。", deciding, StringComparison.Ordinal);
        Assert.Contains("审核通过", deciding, StringComparison.Ordinal);
        Assert.DoesNotContain("accountability-edit", deciding, StringComparison.Ordinal);
        Assert.Contains($"/b/{brigade.Id}/leaders/zhao/accountability/{Year}", archive, StringComparison.Ordinal);
        Assert.Contains("已审核通过", archive, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var report = await (await brigade.SignIn("zhao")).Read<JsonObject>(path);
        Assert.Equal(("Accepted", "严守廉洁纪律。"), (report["state"]!.GetValue<string>(), report["sections"]!["integrity"]!.GetValue<string>()));
    }

    [Fact]
    public async Task SubmittingOnThePageWithoutIntegritySaysSoBesideTheForm()
    {
        var (brigade, _, path) = await Arrange();
        var page = $"/b/{brigade.Id}/leaders/zhao/accountability/{Year}";
        var zhao = await SignInToPages(api.Factory, brigade.Username("zhao"));

        var answer = await Post(zhao, page + "?handler=Submit", await zhao.GetStringAsync(page), []);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("提交前须填写廉洁自律情况", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Draft", (await (await brigade.SignIn("zhao")).Read<JsonObject>(path))["state"]!.GetValue<string>());
    }

    private async Task<(ApiBrigade Brigade, HttpClient Zhao, string Path)> Arrange()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        return (brigade, await brigade.SignIn("zhao"), $"/api/v1/brigades/{brigade.Id}/leaders/zhao/accountability-reports/{Year}");
    }
}
