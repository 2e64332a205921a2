namespace Responsibility.Api.Tests;

using System.Net.Http.Json;
using static Responsibility.Api.Tests.ApiInspections;

/// <summary>
/// SPEC §3 for inspections and 整改, route by route and role by role: recorded, 销号 and 退回 by a BrigadeLeader, the
/// Admin or a Leader named as inspector; reported by the head of the unit responsible; read by the Admin and
/// BrigadeLeaders, the leaders over the unit (or who inspected), the unit's head; a Viewer never; another brigade finds
/// nothing (404). The inspection is 王立侠's (dadui) of both units; the item is 宣传中队's under 赵刚 (zhao).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class InspectionScopeTests(SharedApi api)
{
    private static readonly string[] Roles = ["clerk", "dadui", "zhao", "fazhi", "xuanchuan", "viewer", "outsider"];

    public static TheoryData<string, string, int[]> Reads => new()
    {
        // clerk, dadui, zhao, fazhi, xuanchuan, viewer, outsider
        { "inspections", "/api/v1/brigades/{b}/inspections", [200, 200, 200, 200, 200, 403, 404] },
        { "inspection", "/api/v1/inspections/{i}", [200, 200, 200, 200, 200, 403, 404] },
        { "ledger", "/api/v1/brigades/{b}/rectifications", [200, 200, 200, 200, 200, 403, 404] },
        { "ledger xlsx", "/api/v1/brigades/{b}/rectifications?format=xlsx", [200, 200, 200, 200, 200, 403, 404] },
        { "item", "/api/v1/rectifications/{r}", [200, 200, 200, 403, 200, 403, 404] },
        { "unknown item", "/api/v1/rectifications/{i}-9", [404, 404, 404, 404, 404, 404, 404] },
        { "unknown inspection", "/api/v1/inspections/00000000000000000000000000000000", [404, 404, 404, 404, 404, 404, 404] },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task EachRoleReadsWhatSpecSaysOfIt(string what, string path, int[] expected)
    {
        var (brigade, clients) = await Arrange();
        var inspection = await brigade.Inspected(clients[1]);
        var item = await clients[1].Found(inspection);

        var statuses = new int[Roles.Length];
        for (var i = 0; i < Roles.Length; i++)
        {
            statuses[i] = (int)(await clients[i].GetAsync(path.Replace("{b}", brigade.Id).Replace("{i}", inspection).Replace("{r}", item.Id))).StatusCode;
        }

        Assert.True(expected.SequenceEqual(statuses), $"{what}: expected {string.Join(",", expected)}, got {string.Join(",", statuses)}");
    }

    [Fact]
    public async Task ListsHoldOnlyWhatTheReaderMayOpen()
    {
        var (brigade, clients) = await Arrange();
        var inspection = await brigade.Inspected(clients[1]);
        var onXuanchuan = await clients[1].Found(inspection);
        var onFazhi = await clients[1].Found(inspection, "fazhi");

        var fazhi = await clients[3].Read<RectificationBody[]>($"/api/v1/brigades/{brigade.Id}/rectifications");
        var zhao = await clients[2].Read<RectificationBody[]>($"/api/v1/brigades/{brigade.Id}/rectifications");
        var fazhiInspection = await clients[3].Read<InspectionBody>($"/api/v1/inspections/{inspection}");

        Assert.Equal([onFazhi.Id], fazhi.Select(r => r.Id));
        Assert.Equal([onXuanchuan.Id], zhao.Select(r => r.Id));
        Assert.Equal([onFazhi.Id], fazhiInspection.Findings.Select(f => f.Id));
        Assert.Equal(2, fazhiInspection.FindingCount);
    }

    public static TheoryData<string, int[]> Writes => new()
    {
        // clerk, dadui, zhao, fazhi, xuanchuan, viewer, outsider
        { "record", [201, 201, 403, 403, 403, 403, 404] },
        { "record as inspector", [201, 201, 201, 403, 403, 403, 404] },
        { "finding", [201, 201, 403, 403, 403, 403, 404] },
        { "finding as inspector", [201, 201, 201, 403, 403, 403, 404] },
        { "report", [403, 403, 403, 403, 200, 403, 404] },
        { "close", [200, 200, 403, 403, 403, 403, 404] },
        { "close as inspector", [200, 200, 200, 403, 403, 403, 404] },
        { "return", [200, 200, 403, 403, 403, 403, 404] },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task EachRoleWritesWhatSpecSaysOfIt(string what, int[] expected)
    {
        var (brigade, clients) = await Arrange();
        var (dadui, head) = (clients[1], clients[4]);
        string[] inspectors = what.EndsWith("as inspector", StringComparison.Ordinal) ? ["zhao"] : ["wang"];
        var inspection = await brigade.Inspected(dadui, inspectors);

        var statuses = new int[Roles.Length];
        for (var i = 0; i < Roles.Length; i++)
        {
            var client = clients[i];
            var response = what switch
            {
                "record" or "record as inspector" => await client.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/inspections", Inspection(inspectors)),
                "finding" or "finding as inspector" => await client.PostAsJsonAsync($"/api/v1/inspections/{inspection}/findings", Finding()),
                "report" => await client.PostAsJsonAsync($"/api/v1/rectifications/{(await dadui.Found(inspection)).Id}/report", new { text = "已整改" }),
                "return" => await client.PostAsJsonAsync($"/api/v1/rectifications/{await Reported(dadui, head, inspection)}/return", new { reason = "材料不全" }),
                _ => await client.PostAsync($"/api/v1/rectifications/{await Reported(dadui, head, inspection)}/close", null),
            };
            statuses[i] = (int)response.StatusCode;
        }

        Assert.True(expected.SequenceEqual(statuses), $"{what}: expected {string.Join(",", expected)}, got {string.Join(",", statuses)}");
    }

    /// <summary>A new item reported with evidence by its unit's head: ready for 销号 or 退回.</summary>
    private static async Task<string> Reported(HttpClient dadui, HttpClient head, string inspection)
    {
        var item = await dadui.Found(inspection);
        (await head.ReportWithFile(item.Id)).EnsureSuccessStatusCode();
        return item.Id;
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
}
