namespace Responsibility.Api.Tests;

using System.Net.Http.Json;

/// <summary>
/// SPEC §3 for 述责述廉, route by route and role by role: the report is read where the 廉政档案 is (the leader, the
/// brigade's leaders, Admin; a unit head or Viewer is refused; another brigade finds nothing); only the leader edits,
/// redrafts and submits it; a BrigadeLeader other than the leader returns or accepts it — the 第一责任人's own (王立侠,
/// whose account is dadui) only the other BrigadeLeader (second, 赵刚 as BrigadeLeader).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AccountabilityReportScopeTests(SharedApi api)
{
    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year;

    private static readonly string[] Roles = ["clerk", "dadui", "zhao", "fazhi", "xuanchuan", "viewer", "outsider"];

    public static TheoryData<string, string, int[]> Reads => new()
    {
        // clerk, dadui, zhao, fazhi, xuanchuan, viewer, outsider
        { "report", "/api/v1/brigades/{b}/leaders/zhao/accountability-reports/{y}", [200, 200, 200, 403, 403, 403, 404] },
        { "docx", "/api/v1/brigades/{b}/leaders/zhao/accountability-reports/{y}?format=docx", [200, 200, 200, 403, 403, 403, 404] },
        { "html", "/api/v1/brigades/{b}/leaders/zhao/accountability-reports/{y}?format=html", [200, 200, 200, 403, 403, 403, 404] },
        { "unknown leader", "/api/v1/brigades/{b}/leaders/nobody/accountability-reports/{y}", [404, 404, 404, 404, 404, 404, 404] },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task EachRoleReadsWhatSpecSaysOfIt(string what, string path, int[] expected)
    {
        var (brigade, clients) = await Arrange();

        var statuses = new int[Roles.Length];
        for (var i = 0; i < Roles.Length; i++)
        {
            statuses[i] = (int)(await clients[i].GetAsync(path.Replace("{b}", brigade.Id).Replace("{y}", $"{Year}"))).StatusCode;
        }

        Assert.True(expected.SequenceEqual(statuses), $"{what}: expected {string.Join(",", expected)}, got {string.Join(",", statuses)}");
    }

    public static TheoryData<string, string, int[]> Writes => new()
    {
        // clerk, dadui, zhao, fazhi, xuanchuan, viewer, outsider
        { "edit", "zhao", [403, 403, 200, 403, 403, 403, 404] },
        { "redraft", "zhao", [403, 403, 200, 403, 403, 403, 404] },
        { "submit", "zhao", [403, 403, 200, 403, 403, 403, 404] },
        { "return", "zhao", [403, 200, 403, 403, 403, 403, 404] },
        { "accept", "zhao", [403, 200, 403, 403, 403, 403, 404] },
        { "edit", "wang", [403, 200, 403, 403, 403, 403, 404] },
        { "return", "wang", [403, 403, 403, 403, 403, 403, 404] },
        { "accept", "wang", [403, 403, 403, 403, 403, 403, 404] },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task EachRoleWritesWhatSpecSaysOfIt(string what, string leaderId, int[] expected)
    {
        var (brigade, clients) = await Arrange();
        var path = $"/api/v1/brigades/{brigade.Id}/leaders/{leaderId}/accountability-reports/{Year}";
        if (what is "return" or "accept")
        {
            var own = await brigade.SignIn(leaderId == "wang" ? "dadui" : "zhao");
            (await own.PutAsJsonAsync(path, new { integrity = "严守廉洁纪律。" })).EnsureSuccessStatusCode();
            (await own.PostAsync(path + "/submit", null)).EnsureSuccessStatusCode();
        }

        var statuses = new int[Roles.Length];
        for (var i = 0; i < Roles.Length; i++)
        {
            var client = clients[i];
            var response = what switch
            {
                "edit" => await client.PutAsJsonAsync(path, new { integrity = $"廉洁自律{i}" }),
                "redraft" => await client.PostAsync(path + "/redraft", null),
                "submit" => i == 2 ? await Submit(client, path) : await client.PostAsync(path + "/submit", null),
                "return" => await client.PostAsJsonAsync(path + "/return", new { note = "请补充。" }),
                _ => await client.PostAsync(path + "/accept", null),
            };
            statuses[i] = (int)response.StatusCode;
        }

        Assert.True(expected.SequenceEqual(statuses), $"{what} {leaderId}: expected {string.Join(",", expected)}, got {string.Join(",", statuses)}");
    }

    [Theory]
    [InlineData("return")]
    [InlineData("accept")]
    public async Task TheFirstResponsiblesReportIsDecidedByTheOtherBrigadeLeader(string what)
    {
        var (brigade, _) = await Arrange();
        var path = $"/api/v1/brigades/{brigade.Id}/leaders/wang/accountability-reports/{Year}";
        var dadui = await brigade.SignIn("dadui");
        (await dadui.PutAsJsonAsync(path, new { integrity = "严守廉洁纪律。" })).EnsureSuccessStatusCode();
        (await dadui.PostAsync(path + "/submit", null)).EnsureSuccessStatusCode();
        var second = await brigade.SignIn("second");

        var self = what == "return" ? await dadui.PostAsJsonAsync(path + "/return", new { note = "自己退回" }) : await dadui.PostAsync(path + "/accept", null);
        var other = what == "return" ? await second.PostAsJsonAsync(path + "/return", new { note = "请补充。" }) : await second.PostAsync(path + "/accept", null);

        Assert.Equal((403, 200), ((int)self.StatusCode, (int)other.StatusCode));
        Assert.Equal(what == "return" ? "Returned" : "Accepted", (await other.Body())["state"]!.GetValue<string>());
    }

    /// <summary>The leader submits with their text in place; everyone else's submit is judged on scope alone.</summary>
    private static async Task<HttpResponseMessage> Submit(HttpClient leader, string path)
    {
        (await leader.PutAsJsonAsync(path, new { integrity = "严守廉洁纪律。" })).EnsureSuccessStatusCode();
        return await leader.PostAsync(path + "/submit", null);
    }

    private async Task<(ApiBrigade Brigade, HttpClient[] Clients)> Arrange()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var other = await new ApiBrigade(api.Factory).Create();
        await brigade.User("clerk", "Admin");
        await brigade.User("second", "BrigadeLeader", leaderId: "zhao");
        var clients = new List<HttpClient>();
        foreach (var role in Roles)
        {
            clients.Add(role == "outsider" ? await other.SignIn("dadui") : await brigade.SignIn(role));
        }

        return (brigade, [.. clients]);
    }
}
