namespace Responsibility.Api.Tests;

using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>
/// SPEC §3 for 延期申请, route by route and role by role: 宣传中队's head asks on its task before the due date, 赵刚 (its
/// 分管领导) decides a first short one; the request is read by its requester, its approver, the brigade's leaders and Admin;
/// a Viewer never; another brigade finds nothing (404).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ExtensionScopeTests(SharedApi api)
{
    private static readonly string[] Roles = ["clerk", "dadui", "zhao", "fazhi", "xuanchuan", "viewer", "outsider"];

    public static TheoryData<string, string, int[]> Reads => new()
    {
        // clerk, dadui, zhao, fazhi, xuanchuan, viewer, outsider
        { "request", "/api/v1/extensions/{e}", [200, 200, 200, 403, 200, 403, 404] },
        { "审批单", "/api/v1/extensions/{e}?format=docx", [200, 200, 200, 403, 200, 403, 404] },
        { "mine", "/api/v1/me/extensions", [200, 200, 200, 200, 200, 200, 200] },
        { "unknown", "/api/v1/extensions/019b7d3e4f5a6b7c8d9e0f1a2b3c4d5e", [404, 404, 404, 404, 404, 404, 404] },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task EachRoleReadsWhatSpecSaysOfIt(string what, string path, int[] expected)
    {
        var (brigade, clients) = await Arrange();
        var asked = await (await clients[4].Ask("Task", (await brigade.TaskDueIn(20)).Id(), 25)).Body();

        var statuses = new int[Roles.Length];
        for (var i = 0; i < Roles.Length; i++)
        {
            statuses[i] = (int)(await clients[i].GetAsync(path.Replace("{e}", asked.Id()))).StatusCode;
        }

        Assert.True(expected.SequenceEqual(statuses), $"{what}: expected {string.Join(",", expected)}, got {string.Join(",", statuses)}");
    }

    public static TheoryData<string, int[]> Writes => new()
    {
        // The outsider's brigade has no such task: the target is refused by name (400), nothing of it is told.
        { "ask", [403, 403, 403, 403, 201, 403, 400] },
        { "grant", [403, 403, 200, 403, 403, 403, 404] },
        { "refuse", [403, 403, 200, 403, 403, 403, 404] },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task EachRoleWritesWhatSpecSaysOfIt(string what, int[] expected)
    {
        var (brigade, clients) = await Arrange();

        var statuses = new int[Roles.Length];
        for (var i = 0; i < Roles.Length; i++)
        {
            var task = await brigade.TaskDueIn(20);
            var client = clients[i];
            if (what == "ask")
            {
                statuses[i] = (int)(await client.Ask("Task", task.Id(), 25)).StatusCode;
                continue;
            }

            var asked = await (await clients[4].Ask("Task", task.Id(), 25)).Body();
            var response = what == "grant"
                ? await client.PostAsJsonAsync($"/api/v1/extensions/{asked.Id()}/grant", new { grantedDue = ExtensionCalls.Day(25) })
                : await client.PostAsJsonAsync($"/api/v1/extensions/{asked.Id()}/refuse", new { reason = "不予延期" });
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
}
