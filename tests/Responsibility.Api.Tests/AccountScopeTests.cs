namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;

/// <summary>A user belongs to one brigade: a brigade's Admin manages its own accounts and cannot reach anyone else's.</summary>
[Collection(ApiCollection.Name)]
public sealed class AccountScopeTests(SharedApi api)
{
    private const string NewPassword = "taken-over-1";

    [Fact]
    public async Task BrigadeAdminCannotTakeOverAnAccountOfAnotherBrigade()
    {
        var ours = await new ApiBrigade(api.Factory).Create();
        var theirs = await new ApiBrigade(api.Factory).Create();
        var office = await BrigadeAdmin(ours);

        var response = await office.PutAsJsonAsync($"/api/v1/brigades/{ours.Id}/users/{theirs.Username("fazhi")}", new
        {
            displayName = "冒用", password = NewPassword, role = "UnitHead", unitId = "fazhi",
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(409, (await response.Problem()).Status);
        var victim = await api.Factory.SignIn(theirs.Username("fazhi"), ApiBrigade.Password);
        Assert.Equal(theirs.Id, (await victim.Read<MeBody>("/api/v1/me")).BrigadeId);
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInStatus(theirs.Username("fazhi"), NewPassword));
    }

    [Fact]
    public async Task BrigadeAdminCannotTakeOverTheSystemAdministrator()
    {
        // Its own api: were the take-over to succeed, it must not lock every other test out of the shared one.
        await using var factory = new ApiFactory();
        var ours = await new ApiBrigade(factory).Create();
        var office = await BrigadeAdmin(ours, factory);

        var response = await office.PutAsJsonAsync($"/api/v1/brigades/{ours.Id}/users/admin", new
        {
            displayName = "冒用", password = NewPassword, role = "Admin",
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var admin = await factory.SignInAsAdmin();
        var me = await admin.Read<MeBody>("/api/v1/me");
        Assert.Equal(("Admin", null), (me.Role, me.BrigadeId));
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInStatus("admin", NewPassword, factory));
    }

    [Fact]
    public async Task BrigadeAdminCannotManageAnotherBrigade()
    {
        var ours = await new ApiBrigade(api.Factory).Create();
        var theirs = await new ApiBrigade(api.Factory).Create();
        var office = await BrigadeAdmin(ours);

        var unit = await office.PutAsJsonAsync($"/api/v1/brigades/{theirs.Id}/units/fazhi", new { name = "改名" });
        var user = await office.PutAsJsonAsync($"/api/v1/brigades/{theirs.Id}/users/{ours.Username("spy")}", new
        {
            displayName = "卧底", password = NewPassword, role = "Viewer",
        });

        Assert.Equal(HttpStatusCode.NotFound, unit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, user.StatusCode);
        var org = await theirs.Admin.Read<OrgBody>($"/api/v1/brigades/{theirs.Id}");
        Assert.Equal("法制室", org.Units.Single(u => u.Id == "fazhi").Name);
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInStatus(ours.Username("spy"), NewPassword));
    }

    [Fact]
    public async Task BrigadeAdminManagesTheirOwnBrigadesAccounts()
    {
        var ours = await new ApiBrigade(api.Factory).Create();
        var office = await BrigadeAdmin(ours);

        var response = await office.PutAsJsonAsync($"/api/v1/brigades/{ours.Id}/users/{ours.Username("fazhi")}", new
        {
            displayName = "新任法制室主任", password = NewPassword, role = "UnitHead", unitId = "fazhi",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await SignInStatus(ours.Username("fazhi"), NewPassword));
    }

    private async Task<HttpClient> BrigadeAdmin(ApiBrigade brigade, ApiFactory? factory = null)
    {
        var username = brigade.Username("office");
        (await brigade.Admin.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}/users/{username}", new
        {
            displayName = "办公室", password = ApiBrigade.Password, role = "Admin",
        })).EnsureSuccessStatusCode();
        return await (factory ?? api.Factory).SignIn(username, ApiBrigade.Password);
    }

    private async Task<HttpStatusCode> SignInStatus(string username, string password, ApiFactory? factory = null) =>
        (await (factory ?? api.Factory).CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { username, password })).StatusCode;
}
