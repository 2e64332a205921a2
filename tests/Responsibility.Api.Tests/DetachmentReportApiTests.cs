namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Detachments;

/// <summary>
/// SPEC §6 and §3 for the 支队's 月度调度通报: every account of the detachment reads it in every format, a DetachmentLeader
/// generates it, another detachment and a brigade's accounts find nothing (404), and bad input is a 400 naming the field.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DetachmentReportApiTests(SharedApi api)
{
    private static readonly DateTime LastMonthStart = DateTime.UtcNow.AddHours(8).AddMonths(-1);
    private static readonly string LastMonth = LastMonthStart.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly string ThisMonth = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    // d-admin, d-leader, d-viewer, the other detachment's leader, a brigade's BrigadeLeader, the system Admin.
    private static readonly string[] Callers = ["d-admin", "d-leader", "d-viewer", "other", "dadui", "admin"];

    [Fact]
    public async Task LeaderGeneratesTheMonthAndEveryDetachmentAccountReadsItInEveryFormat()
    {
        var (detachment, brigades, clients) = await Arrange();

        var generated = await clients["d-leader"].PostAsync(Path(detachment, $"/monthly/{LastMonth}/generate"), null);
        var viewer = clients["d-viewer"];
        var json = await viewer.GetFromJsonAsync<JsonObject>(Path(detachment, $"/monthly/{LastMonth}"));
        var list = await viewer.GetFromJsonAsync<JsonObject>(Path(detachment, "/monthly"));
        var md = await viewer.GetStringAsync(Path(detachment, $"/monthly/{LastMonth}?format=md"));
        var html = await viewer.GetStringAsync(Path(detachment, $"/monthly/{LastMonth}?format=html"));
        var docx = await viewer.GetAsync(Path(detachment, $"/monthly/{LastMonth}?format=docx&version=1"));

        Assert.Equal(HttpStatusCode.Created, generated.StatusCode);
        Assert.Equal(1, json!.Number("version"));
        Assert.Equal(1, json!.Number("number"));
        Assert.Equal(brigades.Select(b => b.Id).Order(), json!["brigades"]!.AsArray().Select(b => (string)b!["brigadeId"]!).Order());
        Assert.Equal("淄博支队", (string)list!["name"]!);
        Assert.Equal(1, list["reports"]![0]!.Number("versions"));
        Assert.Contains($"〔{LastMonthStart.Year}〕第1期", md);
        Assert.Contains("二、各大队推进情况", md);
        Assert.Contains("本月无督办事项。", md);
        Assert.Contains($"<a href=\"/d/{detachment}/reports\" data-action=\"back\">返回</a>", html);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", docx.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task EachCallerReachesWhatItsRoleAllowsAndNoOtherDetachments()
    {
        var (detachment, _, clients) = await Arrange();
        await clients["d-leader"].PostAsync(Path(detachment, $"/monthly/{LastMonth}/generate"), null);

        var expected = new Dictionary<string, int[]>
        {
            ["list"] = [200, 200, 200, 404, 404, 200],
            ["read"] = [200, 200, 200, 404, 404, 200],
            ["docx"] = [200, 200, 200, 404, 404, 200],
            ["page"] = [200, 200, 200, 404, 404, 200],
            ["generate"] = [403, 201, 403, 404, 404, 403],
        };
        foreach (var (what, statuses) in expected)
        {
            var actual = new List<int>();
            foreach (var caller in Callers)
            {
                var client = clients[caller];
                var response = what switch
                {
                    "list" => await client.GetAsync(Path(detachment, "/monthly")),
                    "read" => await client.GetAsync(Path(detachment, $"/monthly/{LastMonth}")),
                    "docx" => await client.GetAsync(Path(detachment, $"/monthly/{LastMonth}?format=docx")),
                    "page" => await client.GetAsync($"/d/{detachment}/reports"),
                    _ => await client.PostAsync(Path(detachment, $"/monthly/{LastMonth}/generate"), null),
                };
                actual.Add((int)response.StatusCode);
            }

            Assert.True(statuses.SequenceEqual(actual), $"{what}: expected {string.Join(",", statuses)}, got {string.Join(",", actual)}");
        }

        var versions = await clients["d-viewer"].GetFromJsonAsync<JsonObject>(Path(detachment, "/monthly"));
        Assert.Equal(2, versions!["reports"]![0]!.Number("versions"));
    }

    [Fact]
    public async Task ThePageOffersGeneratingToTheLeaderOnly()
    {
        var (detachment, _, clients) = await Arrange();

        var leaderPage = await clients["d-leader"].GetStringAsync($"/d/{detachment}/reports");
        var viewerPage = await clients["d-viewer"].GetStringAsync($"/d/{detachment}/reports");

        Assert.Contains("<h2>生成调度通报</h2>", leaderPage);
        Assert.DoesNotContain("<h2>生成调度通报</h2>", viewerPage);
        Assert.Contains("尚未生成调度通报", viewerPage);
    }

    [Theory]
    [InlineData("GET", "2024-13", "", "month")]
    [InlineData("GET", "march", "", "month")]
    [InlineData("GET", "..%2F..%2Fx", "", "month")]
    [InlineData("GET", "2024-03", "?format=pdf", "format")]
    [InlineData("GET", "2024-03", "?version=0", "version")]
    [InlineData("GET", "2024-03", "?version=99999999999", "version")]
    [InlineData("POST", "1999-12", "", "month")]
    [InlineData("POST", "2999-01", "", "month")]
    [InlineData("POST", "{this}", "", "month")]
    public async Task BadMonthFormatOrVersionIsABadRequestNamingTheFieldAndStoresNothing(string method, string month, string query, string field)
    {
        var (detachment, _, clients) = await Arrange();
        var leader = clients["d-leader"];
        month = month.Replace("{this}", ThisMonth);

        var response = method == "GET"
            ? await leader.GetAsync(Path(detachment, $"/monthly/{month}{query}"))
            : await leader.PostAsync(Path(detachment, $"/monthly/{month}/generate"), null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull((await response.Body())["errors"]![field]);
        Assert.Empty((await leader.GetFromJsonAsync<JsonObject>(Path(detachment, "/monthly")))!["reports"]!.AsArray());
    }

    [Fact]
    public async Task AMonthNeverGeneratedAndAnUnknownDetachmentAreNotFound()
    {
        var (detachment, _, clients) = await Arrange();

        Assert.Equal(HttpStatusCode.NotFound, (await clients["d-leader"].GetAsync(Path(detachment, "/monthly/2001-01"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clients["admin"].GetAsync(Path("d-nobody-" + Guid.NewGuid().ToString("N")[..8], "/monthly"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clients["d-leader"].GetAsync($"/d/d-nobody/reports")).StatusCode);
    }

    private static string Path(string detachment, string rest) => $"/api/v1/detachments/{detachment}/reports{rest}";

    /// <summary>
    /// Two brigades with a task each in a detachment, and one more detachment; the detachments and their accounts are set
    /// up through the grains (their own routes are another part of the detachment's work).
    /// </summary>
    private async Task<(string Detachment, ApiBrigade[] Brigades, Dictionary<string, HttpClient> Clients)> Arrange()
    {
        var grains = api.Factory.Services.GetRequiredService<IGrainFactory>();
        var brigades = new[] { await new ApiBrigade(api.Factory).Create(), await new ApiBrigade(api.Factory).Create() };
        await brigades[0].AddCountTask("FZ-01", "fazhi", "Accountability", 12, year: LastMonthStart.Year);
        await brigades[1].AddCountTask("XC-01", "xuanchuan", "Business", 12, year: LastMonthStart.Year);
        var detachment = "d-" + Guid.NewGuid().ToString("N")[..12];
        var other = "d-" + Guid.NewGuid().ToString("N")[..12];
        foreach (var id in new[] { detachment, other })
        {
            await grains.GetGrain<IDetachmentGrain>(id).Configure(new DetachmentSettings(id == detachment ? "淄博支队" : "潍坊支队", "Asia/Shanghai"), "admin");
        }

        foreach (var brigade in brigades)
        {
            await grains.GetGrain<IDetachmentGrain>(detachment).Attach(brigade.Id, "admin");
        }

        var clients = new Dictionary<string, HttpClient>
        {
            ["d-admin"] = await Account(grains, detachment, "d-admin", Role.DetachmentAdmin),
            ["d-leader"] = await Account(grains, detachment, "d-leader", Role.DetachmentLeader),
            ["d-viewer"] = await Account(grains, detachment, "d-viewer", Role.DetachmentViewer),
            ["other"] = await Account(grains, other, "other", Role.DetachmentLeader),
            ["dadui"] = await brigades[0].SignIn("dadui"),
            ["admin"] = await api.Factory.SignInAsAdmin(),
        };
        return (detachment, brigades, clients);
    }

    private async Task<HttpClient> Account(IGrainFactory grains, string detachmentId, string name, Role role)
    {
        var username = $"{name}-{detachmentId}";
        var hash = new PasswordHasher<string>().HashPassword(username, ApiBrigade.Password);
        await grains.GetGrain<IUserGrain>(username).Save(new UserAccount(username, name, hash, role, null, null, null, DetachmentId: detachmentId), "admin");
        return await api.Factory.SignIn(username, ApiBrigade.Password);
    }
}
