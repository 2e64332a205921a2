namespace Responsibility.Api.Tests;

using System.Net.Http.Json;

/// <summary>
/// SPEC §3 for 考核, route by route and role by role: the scheme is edited by the Admin; 考核组评分, the lock and
/// adjustments by BrigadeLeader and Admin; 自评分 by the subject only (the unit's head, the leader themselves); the scheme
/// and scores are read by everyone in the brigade; another brigade finds nothing (404).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AppraisalScopeTests(SharedApi api)
{
    private static readonly string[] Roles = ["clerk", "dadui", "zhao", "fazhi", "xuanchuan", "viewer", "outsider"];

    public static TheoryData<string, int[]> Routes => new()
    {
        // clerk, dadui, zhao, fazhi, xuanchuan, viewer, outsider
        { "get scheme", [200, 200, 200, 200, 200, 200, 404] },
        { "put scheme", [200, 403, 403, 403, 403, 403, 404] },
        { "copy scheme", [200, 403, 403, 403, 403, 403, 404] },
        { "scores", [200, 200, 200, 200, 200, 200, 404] },
        { "self unit", [403, 403, 403, 200, 403, 403, 404] },
        { "self leader", [403, 403, 200, 403, 403, 403, 404] },
        { "review", [200, 200, 403, 403, 403, 403, 404] },
        { "lock", [200, 200, 403, 403, 403, 403, 404] },
        { "adjust", [201, 201, 403, 403, 403, 403, 404] },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task EachRoleDoesWhatSpecSaysOfIt(string what, int[] expected)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var other = await new ApiBrigade(api.Factory).Create();
        await brigade.User("clerk", "Admin");
        var year = AppraisalApiTests.Year;
        await AppraisalCalls.PutScheme(brigade);
        await AppraisalCalls.PutScheme(other);
        if (what == "adjust")
        {
            (await (await brigade.SignIn("clerk")).PostAsync($"{AppraisalApiTests.Root(brigade)}/{year}-Q1/lock", null)).EnsureSuccessStatusCode();
        }

        var statuses = new int[Roles.Length];
        for (var i = 0; i < Roles.Length; i++)
        {
            var client = Roles[i] == "outsider" ? await other.SignIn("dadui") : await brigade.SignIn(Roles[i]);
            var root = AppraisalApiTests.Root(brigade);
            // Each role copies into and locks a year of its own, so one role's success leaves the next something to try.
            var ownYear = year - 1 - i;
            if (what == "lock")
            {
                await AppraisalCalls.PutScheme(brigade, ownYear);
            }

            var response = what switch
            {
                "get scheme" => await client.GetAsync($"{root}/scheme"),
                "put scheme" => await client.PutAsJsonAsync($"{root}/scheme", AppraisalApiTests.Scheme()),
                "copy scheme" => await client.PostAsync($"{AppraisalApiTests.Root(brigade, ownYear)}/scheme/copy?from={year}", null),
                "scores" => await client.GetAsync($"{root}/scores?period={year}-Q1&subjects=Leaders"),
                "self unit" => await client.PutAsJsonAsync($"{root}/{year}-Q1/self/units/fazhi", new { lines = new[] { new { indicator = "1.1", points = 20 } } }),
                "self leader" => await client.PutAsJsonAsync($"{root}/{year}-Q1/self/leaders/zhao", new { lines = new[] { new { indicator = "L1", points = 80 } } }),
                "review" => await client.PutAsJsonAsync($"{root}/{year}-Q1/review/units/fazhi", new { lines = new[] { new { indicator = "1.1", points = 20 } } }),
                "lock" => await client.PostAsync($"{AppraisalApiTests.Root(brigade, ownYear)}/{ownYear}-Q1/lock", null),
                _ => await client.PostAsJsonAsync(
                    $"{root}/{year}-Q1/adjustments", new { subject = new { kind = "Units", id = "fazhi" }, indicator = "1.1", points = 1, reason = "复核" }),
            };
            statuses[i] = (int)response.StatusCode;
        }

        Assert.True(expected.SequenceEqual(statuses), $"{what}: expected {string.Join(",", expected)}, got {string.Join(",", statuses)}");
    }
}
