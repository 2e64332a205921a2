namespace Responsibility.Api.Tests;

using System.Net;
using Responsibility.Grains.Abstractions.Accounts;

/// <summary>
/// SPEC §3 for the figures that flow up: every account of the detachment reads its dashboard and page, the 汇总台账 only its
/// Admin and Leader; a brigade's accounts and another detachment find nothing (404). A detachment account reads one of
/// its brigades' own dashboards as a reader, never a brigade not its own. Hostile query values are refused by name.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DetachmentFiguresScopeTests(SharedApi api)
{
    public static TheoryData<string, string, int[]> Reads => new()
    {
        // detachmentAdmin, detachmentLeader, detachmentViewer, otherDetachment, brigadeLeader, brigadeAdmin, system
        { "dashboard", "/api/v1/detachments/{d}/dashboard", [200, 200, 200, 404, 404, 404, 200] },
        { "ledger", "/api/v1/detachments/{d}/ledger?format=xlsx", [200, 200, 403, 404, 404, 404, 200] },
        { "page", "/d/{d}/dashboard", [200, 200, 200, 404, 404, 404, 200] },
        { "its brigade's dashboard page", "/b/{b}", [200, 200, 200, 404, 200, 200, 200] },
        { "its brigade's rollup", "/api/v1/brigades/{b}/rollup", [200, 200, 200, 404, 200, 200, 200] },
        // The other detachment's own brigade is {x}: it reads it, this detachment does not.
        { "a brigade not its own", "/api/v1/brigades/{x}/rollup", [404, 404, 404, 200, 404, 404, 200] },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task EachAccountReadsWhatSpecSaysOfIt(string what, string path, int[] expected)
    {
        var (detachment, brigade, outside, clients) = await Arrange();

        var statuses = new int[clients.Length];
        for (var i = 0; i < clients.Length; i++)
        {
            var url = path.Replace("{d}", detachment.Id).Replace("{b}", brigade.Id).Replace("{x}", outside.Id);
            statuses[i] = (int)(await clients[i].GetAsync(url)).StatusCode;
        }

        Assert.True(expected.SequenceEqual(statuses), $"{what}: expected {string.Join(",", expected)}, got {string.Join(",", statuses)}");
    }

    [Fact]
    public async Task PageRanksTheBrigadesLinksEachToItsOwnDashboardAndOffersTheLedgerOnlyToThoseWhoMayExportIt()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        await brigade.AddCountTask("FZ-01", "fazhi", "Accountability", 12);
        var detachment = await new ApiDetachment(api.Factory).Create(brigade);

        var leaderPage = await (await detachment.SignIn(Role.DetachmentLeader)).GetStringAsync($"/d/{detachment.Id}/dashboard");
        var viewerPage = await (await detachment.SignIn(Role.DetachmentViewer)).GetStringAsync($"/d/{detachment.Id}/dashboard?asOf=2024-05-31");

        Assert.Contains($"href=\"/b/{brigade.Id}\"", leaderPage, StringComparison.Ordinal);
        Assert.Contains($"data-brigade=\"{brigade.Id}\"", leaderPage, StringComparison.Ordinal);
        Assert.Contains("id=\"detachment-ledger\"", leaderPage, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"detachment-ledger\"", viewerPage, StringComparison.Ordinal);
        Assert.Contains("value=\"2024-05-31\"", viewerPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownDetachmentIsNotFoundEvenForTheSystemAdmin()
    {
        var admin = await api.Factory.SignInAsAdmin();

        var dashboard = await admin.GetAsync("/api/v1/detachments/d-nobody/dashboard");
        var ledger = await admin.GetAsync("/api/v1/detachments/d-nobody/ledger");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (dashboard.StatusCode, ledger.StatusCode));
    }

    [Theory]
    [InlineData("dashboard?year=twenty", "year")]
    [InlineData("dashboard?year=99999", "year")]
    [InlineData("dashboard?year=-1", "year")]
    [InlineData("dashboard?asOf=2024-13-45", "asOf")]
    [InlineData("dashboard?asOf=9999-12-31", "asOf")]
    [InlineData("dashboard?asOf=%3Cscript%3E", "asOf")]
    [InlineData("ledger?year=1e9", "year")]
    [InlineData("ledger?year=1999", "year")]
    [InlineData("ledger?format=pdf", "format")]
    public async Task HostileQueryValueIsRefusedNamingTheField(string query, string field)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var detachment = await new ApiDetachment(api.Factory).Create(brigade);
        var leader = await detachment.SignIn(Role.DetachmentLeader);

        var response = await leader.GetAsync($"/api/v1/detachments/{detachment.Id}/{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await response.Problem()).Errors!.Keys);
    }

    private async Task<(ApiDetachment, ApiBrigade, ApiBrigade, HttpClient[])> Arrange()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var outside = await new ApiBrigade(api.Factory).Create();
        var detachment = await new ApiDetachment(api.Factory).Create(brigade);
        var other = await new ApiDetachment(api.Factory).Create(outside);
        await brigade.User("clerk", "Admin");
        HttpClient[] clients =
        [
            await detachment.SignIn(Role.DetachmentAdmin), await detachment.SignIn(Role.DetachmentLeader),
            await detachment.SignIn(Role.DetachmentViewer), await other.SignIn(Role.DetachmentAdmin),
            await brigade.SignIn("dadui"), await brigade.SignIn("clerk"), brigade.Admin,
        ];
        return (detachment, brigade, outside, clients);
    }
}
