namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;

/// <summary>
/// SPEC §3 for the detachment's 督办 and 通报, route by route and role by role: the detachment's accounts read them, its
/// DetachmentLeader issues, closes and signs; the brigade's leaders answer a 督办 and read the 通报 naming them; a unit
/// head, another brigade and another detachment find nothing (404) or are refused (403). Pages as the routes.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DetachmentDownScopeTests(SharedApi api)
{
    private static readonly string[] Roles = ["leader", "viewer", "admin", "dadui", "fazhi", "other-brigade", "other-detachment"];

    public static TheoryData<string, string, int[]> Reads => new()
    {
        // leader, viewer, admin, dadui, fazhi, other-brigade, other-detachment
        { "detachment's 督办", "/api/v1/detachments/{d}/instructions", [200, 200, 200, 404, 404, 404, 404] },
        { "one 督办", "/api/v1/instructions/{i}", [200, 200, 200, 200, 403, 404, 404] },
        { "brigade's 督办台账", "/api/v1/brigades/{b}/instructions", [200, 403, 200, 200, 200, 404, 404] },
        { "detachment's 通报", "/api/v1/detachments/{d}/bulletins", [200, 200, 200, 404, 404, 404, 404] },
        { "issued 通报", "/api/v1/detachments/{d}/bulletins/{issued}", [200, 200, 200, 404, 404, 404, 404] },
        { "draft 通报", "/api/v1/detachments/{d}/bulletins/{draft}", [200, 404, 200, 404, 404, 404, 404] },
        { "issued 通报 in the brigade", "/api/v1/bulletins/{issued}", [404, 404, 404, 200, 200, 404, 404] },
        { "draft 通报 in the brigade", "/api/v1/bulletins/{draft}", [404, 404, 404, 404, 404, 404, 404] },
        { "督办 page", "/d/{d}/instructions", [200, 200, 200, 404, 404, 404, 404] },
        { "通报 page", "/d/{d}/bulletins?bulletin={draft}", [200, 200, 200, 404, 404, 404, 404] },
        { "instruction page", "/instructions/{i}", [200, 200, 200, 200, 403, 404, 404] },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task EachRoleReadsWhatSpecSaysOfIt(string what, string path, int[] expected)
    {
        var world = await Arrange();

        var statuses = new int[Roles.Length];
        for (var i = 0; i < Roles.Length; i++)
        {
            statuses[i] = (int)(await world.Clients[i].GetAsync(world.Fill(path))).StatusCode;
        }

        Assert.True(expected.SequenceEqual(statuses), $"{what}: expected {string.Join(",", expected)}, got {string.Join(",", statuses)}");
    }

    public static TheoryData<string, int[]> Writes => new()
    {
        // leader, viewer, admin, dadui, fazhi, other-brigade, other-detachment
        { "issue 督办", [201, 403, 403, 404, 404, 404, 404] },
        { "answer 督办", [403, 403, 403, 200, 403, 404, 404] },
        { "close 督办", [200, 403, 403, 403, 403, 404, 404] },
        { "draft 通报", [201, 403, 403, 404, 404, 404, 404] },
        { "edit 通报", [200, 403, 403, 404, 404, 404, 404] },
        { "issue 通报", [200, 403, 403, 404, 404, 404, 404] },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task EachRoleWritesWhatSpecSaysOfIt(string what, int[] expected)
    {
        var statuses = new int[Roles.Length];
        for (var i = 0; i < Roles.Length; i++)
        {
            // A fresh world per role: one role's write never decides another's answer.
            var world = await Arrange();
            var client = world.Clients[i];
            var response = what switch
            {
                "issue 督办" => await client.PostAsJsonAsync(world.Fill("/api/v1/detachments/{d}/brigades/{b}/instructions"), new { text = "请报送整改情况" }),
                "answer 督办" => await client.Answer(world.Instruction),
                "close 督办" => await client.Close(world.Instruction),
                "draft 通报" => await client.PostAsJsonAsync(world.Fill("/api/v1/detachments/{d}/bulletins"), new { kind = "Situation" }),
                "edit 通报" => await client.PutAsJsonAsync(world.Fill("/api/v1/detachments/{d}/bulletins/{draft}"), new { title = "标题", body = "正文" }),
                _ => await client.PostAsync(world.Fill("/api/v1/detachments/{d}/bulletins/{draft}/issue"), null),
            };
            statuses[i] = (int)response.StatusCode;
        }

        Assert.True(expected.SequenceEqual(statuses), $"{what}: expected {string.Join(",", expected)}, got {string.Join(",", statuses)}");
    }

    [Fact]
    public async Task TheBrigadesPagesShowTheDetachmentsInstructionAsSuch()
    {
        var world = await Arrange();
        var dadui = world.Clients[3];

        var page = await dadui.GetStringAsync(world.Fill("/instructions/{i}"));
        var leaderPage = await world.Clients[0].GetStringAsync(world.Fill("/instructions/{i}"));
        var list = await world.Clients[0].GetStringAsync(world.Fill("/d/{d}/instructions"));

        Assert.Contains("支队督办", page, StringComparison.Ordinal);
        Assert.Contains("提交答复", page, StringComparison.Ordinal);
        Assert.DoesNotContain("申请延期", page, StringComparison.Ordinal);
        Assert.DoesNotContain("提交答复", leaderPage, StringComparison.Ordinal);
        Assert.Contains("下达督办", list, StringComparison.Ordinal);
        Assert.Contains("请报送本季度整改情况", list, StringComparison.Ordinal);
        Assert.DoesNotContain("下达督办</button>", await world.Clients[1].GetStringAsync(world.Fill("/d/{d}/instructions")), StringComparison.Ordinal);
    }

    private async Task<World> Arrange()
    {
        var zichuan = await new ApiBrigade(api.Factory).Create();
        var outside = await new ApiBrigade(api.Factory).Create();
        var detachment = await new InstructingDetachment(api.Factory).Create(zichuan);
        var other = await new InstructingDetachment(api.Factory).Create(outside);
        var leader = await detachment.SignIn("leader");
        var instruction = await (await leader.PostAsJsonAsync(
            $"/api/v1/detachments/{detachment.Id}/brigades/{zichuan.Id}/instructions", new { text = "请报送本季度整改情况" })).Read<IdBody>();
        var draft = await (await leader.PostAsJsonAsync($"/api/v1/detachments/{detachment.Id}/bulletins", new { kind = "Situation" })).Read<IdBody>();
        var issued = await (await leader.PostAsJsonAsync($"/api/v1/detachments/{detachment.Id}/bulletins", new { kind = "Situation" })).Read<IdBody>();
        (await leader.PostAsync($"/api/v1/detachments/{detachment.Id}/bulletins/{issued.Id}/issue", null)).EnsureSuccessStatusCode();
        HttpClient[] clients =
        [
            leader, await detachment.SignIn("viewer"), await detachment.SignIn("admin"), await zichuan.SignIn("dadui"),
            await zichuan.SignIn("fazhi"), await outside.SignIn("dadui"), await other.SignIn("leader"),
        ];
        return new World(detachment.Id, zichuan.Id, instruction.Id, draft.Id, issued.Id, clients);
    }

    private sealed record World(string Detachment, string Brigade, string Instruction, string Draft, string Issued, HttpClient[] Clients)
    {
        public string Fill(string path) => path.Replace("{d}", Detachment).Replace("{b}", Brigade).Replace("{i}", Instruction)
            .Replace("{draft}", Draft).Replace("{issued}", Issued);
    }

    private sealed record IdBody(string Id);
}
