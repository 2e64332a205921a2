namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;

/// <summary>
/// SPEC §3 for 明责 and 履责, route by route and role by role: the list, slots, completion and pledges are figures open in
/// the brigade; records, 谈话 and the 廉政档案 are read by the leader (or the one over the unit), the unit's head, the
/// brigade's leaders and Admin; records are written by the same but the Admin; the office keeps the list, the register
/// and the signings; another brigade finds nothing (404). 赵刚 (zhao) supervises 宣传中队 (xuanchuan).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DutyScopeTests(SharedApi api)
{
    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year;
    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");

    private static readonly string[] Roles = ["clerk", "dadui", "zhao", "fazhi", "xuanchuan", "viewer", "outsider"];

    public static TheoryData<string, string, int[]> Reads => new()
    {
        // clerk, dadui, zhao, fazhi, xuanchuan, viewer, outsider
        { "list", "/api/v1/brigades/{b}/duties/{y}", [200, 200, 200, 200, 200, 200, 404] },
        { "export", "/api/v1/brigades/{b}/duties/{y}/export", [200, 200, 200, 200, 200, 200, 404] },
        { "leader duties", "/api/v1/brigades/{b}/leaders/zhao/duties", [200, 200, 200, 200, 200, 200, 404] },
        { "unit duties", "/api/v1/brigades/{b}/units/xuanchuan/duties", [200, 200, 200, 200, 200, 200, 404] },
        { "leader records", "/api/v1/brigades/{b}/leaders/zhao/records", [200, 200, 200, 403, 403, 403, 404] },
        { "unit records", "/api/v1/brigades/{b}/units/xuanchuan/records", [200, 200, 200, 403, 200, 403, 404] },
        { "archive", "/api/v1/brigades/{b}/leaders/zhao/archive", [200, 200, 200, 403, 403, 403, 404] },
        { "pledges", "/api/v1/brigades/{b}/pledges", [200, 200, 200, 200, 200, 200, 404] },
        { "pledge document", "/api/v1/pledges/{b}.{y}.wang.leader-zhao?format=docx", [200, 200, 200, 200, 200, 200, 404] },
        { "risks", "/api/v1/brigades/{b}/risks", [200, 200, 200, 200, 200, 403, 404] },
        { "unknown leader", "/api/v1/brigades/{b}/leaders/nobody/records", [404, 404, 404, 404, 404, 404, 404] },
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

    public static TheoryData<string, int[]> Writes => new()
    {
        { "put item", [200, 403, 403, 403, 403, 403, 404] },
        { "import", [200, 403, 403, 403, 403, 403, 404] },
        { "record for the leader", [403, 201, 201, 403, 403, 403, 404] },
        { "record for the unit", [403, 201, 201, 403, 201, 403, 404] },
        { "put risk", [200, 403, 403, 403, 403, 403, 404] },
        { "sign pledge", [200, 403, 403, 403, 403, 403, 404] },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task EachRoleWritesWhatSpecSaysOfIt(string what, int[] expected)
    {
        var (brigade, clients) = await Arrange();
        var pledge = (await clients[0].Read<PledgeList>($"/api/v1/brigades/{brigade.Id}/pledges")).Pledges[0].Id;

        var statuses = new int[Roles.Length];
        for (var i = 0; i < Roles.Length; i++)
        {
            var client = clients[i];
            var response = what switch
            {
                "put item" => await client.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}/duties/{Year}/items/talk{i}", Item()),
                "import" => await client.PostAsync($"/api/v1/brigades/{brigade.Id}/duties/{Year}/import", SampleFiles.Form(DutySheetApiTests.Sheet(
                    [$"talk{i}", "一岗双责", "开展谈心谈话", "", "党风廉政建设", "每月", "", "", "全体班子成员", ""]), "责任清单.xlsx")),
                "record for the leader" => await client.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/records", Record("zhao", null)),
                "record for the unit" => await client.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/records", Record(null, "xuanchuan")),
                "put risk" => await client.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}/risks/{Year}/r{i}", Risk()),
                _ => await client.PostAsJsonAsync($"/api/v1/pledges/{pledge}/sign", new { signedOn = Today }),
            };
            statuses[i] = (int)response.StatusCode;
        }

        Assert.True(expected.SequenceEqual(statuses), $"{what}: expected {string.Join(",", expected)}, got {string.Join(",", statuses)}");
    }

    private async Task<(ApiBrigade Brigade, HttpClient[] Clients)> Arrange()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var other = await new ApiBrigade(api.Factory).Create();
        await brigade.User("clerk", "Admin");
        var clients = new List<HttpClient>();
        foreach (var role in Roles)
        {
            clients.Add(role == "outsider" ? await other.SignIn("dadui") : await brigade.SignIn(role));
        }

        return (brigade, [.. clients]);
    }

    private static object Item() => new
    {
        section = "班子成员一岗双责", title = "开展谈心谈话", dutyLine = "Accountability", cadence = "Monthly",
        assignees = new { allLeaders = true, leaderIds = Array.Empty<string>(), unitIds = Array.Empty<string>() },
    };

    private static object Record(string? leaderId, string? unitId) => new { kind = "Talk", occurredOn = Today, content = "谈心谈话", leaderId, unitId };

    private static object Risk() => new
    {
        unitId = "xuanchuan", post = "宣传中队中队长", risk = "稿件审核把关不严", level = "Medium", measures = "落实稿件三审制度", leaderId = "zhao",
    };

    private sealed record PledgeList(PledgeItem[] Pledges);

    private sealed record PledgeItem(string Id);
}
