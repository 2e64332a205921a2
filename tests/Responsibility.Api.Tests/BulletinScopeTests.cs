namespace Responsibility.Api.Tests;

using System.Net.Http.Json;

/// <summary>
/// SPEC §3 for 通报, route by route and role by role: the brigade's leaders (BrigadeLeader) and its office (Admin) draft and
/// edit; only a BrigadeLeader issues (签发); an issued 通报 is circulated to everyone in the brigade, a draft is read by
/// those who draft; another brigade finds nothing (404).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class BulletinScopeTests(SharedApi api)
{
    private static readonly string[] Roles = ["clerk", "dadui", "zhao", "fazhi", "xuanchuan", "viewer", "outsider"];

    public static TheoryData<string, int[]> Routes => new()
    {
        // clerk, dadui, zhao, fazhi, xuanchuan, viewer, outsider
        { "draft", [201, 201, 403, 403, 403, 403, 404] },
        { "list", [200, 200, 200, 200, 200, 200, 404] },
        { "read draft", [200, 200, 403, 403, 403, 403, 404] },
        { "read draft docx", [200, 200, 403, 403, 403, 403, 404] },
        { "read issued", [200, 200, 200, 200, 200, 200, 404] },
        { "read issued docx", [200, 200, 200, 200, 200, 200, 404] },
        { "edit draft", [200, 200, 403, 403, 403, 403, 404] },
        { "edit issued", [409, 409, 403, 403, 403, 403, 404] },
        { "issue", [403, 200, 403, 403, 403, 403, 404] },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task EachRoleDoesWhatSpecSaysOfIt(string what, int[] expected)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var other = await new ApiBrigade(api.Factory).Create();
        await brigade.User("clerk", "Admin");
        var dadui = await brigade.SignIn("dadui");

        var statuses = new int[Roles.Length];
        for (var i = 0; i < Roles.Length; i++)
        {
            var client = Roles[i] == "outsider" ? await other.SignIn("dadui") : await brigade.SignIn(Roles[i]);
            // Each role meets a draft of its own, so issuing by one leaves the next a draft to try.
            var bulletin = await BulletinApiTests.Draft(dadui, brigade.Id, "Criticism");
            if (what.Contains("issued", StringComparison.Ordinal))
            {
                (await dadui.PostAsync($"/api/v1/bulletins/{bulletin.Id}/issue", null)).EnsureSuccessStatusCode();
            }

            var response = what switch
            {
                "draft" => await client.PostAsJsonAsync($"/api/v1/brigades/{brigade.Id}/bulletins", new { kind = "Commendation" }),
                "list" => await client.GetAsync($"/api/v1/brigades/{brigade.Id}/bulletins"),
                "read draft" or "read issued" => await client.GetAsync($"/api/v1/bulletins/{bulletin.Id}"),
                "read draft docx" or "read issued docx" => await client.GetAsync($"/api/v1/bulletins/{bulletin.Id}?format=docx"),
                "edit draft" or "edit issued" => await client.PutAsJsonAsync($"/api/v1/bulletins/{bulletin.Id}", new { title = "标题", body = "正文" }),
                _ => await client.PostAsync($"/api/v1/bulletins/{bulletin.Id}/issue", null),
            };
            statuses[i] = (int)response.StatusCode;
        }

        Assert.True(expected.SequenceEqual(statuses), $"{what}: expected {string.Join(",", expected)}, got {string.Join(",", statuses)}");
    }

    [Fact]
    public async Task ListShowsDraftsOnlyToThoseWhoDraft()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await brigade.User("clerk", "Admin");
        var dadui = await brigade.SignIn("dadui");
        var issued = await BulletinApiTests.Draft(dadui, brigade.Id, "Criticism");
        await dadui.PostAsync($"/api/v1/bulletins/{issued.Id}/issue", null);
        await BulletinApiTests.Draft(dadui, brigade.Id, "Commendation");

        foreach (var (role, count) in new[] { ("clerk", 2), ("dadui", 2), ("zhao", 1), ("fazhi", 1), ("viewer", 1) })
        {
            var listed = await (await brigade.SignIn(role)).Read<BulletinApiTests.BulletinBody[]>($"/api/v1/brigades/{brigade.Id}/bulletins");
            Assert.True(listed.Length == count, $"{role}: {listed.Length}");
        }
    }
}
