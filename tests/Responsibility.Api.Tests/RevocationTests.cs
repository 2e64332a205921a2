namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;

/// <summary>A password change, a reset, a disable or a logout ends the account's earlier tokens at once (SPEC §3).</summary>
[Collection(ApiCollection.Name)]
public sealed class RevocationTests(SharedApi api)
{
    private const string NewPassword = "river-stone-bridge-9";

    [Fact]
    public async Task OwnPasswordChangeEndsEarlierTokensAndTheNewPasswordSignsIn()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var changing = await brigade.SignIn("fazhi");
        var elsewhere = await brigade.SignIn("fazhi");

        var change = await changing.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = ApiBrigade.Password, newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await changing.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInStatus(brigade.Username("fazhi"), ApiBrigade.Password));
        var renewed = await api.Factory.SignIn(brigade.Username("fazhi"), NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task PasswordResetByTheAdminEndsTheAccountsTokens()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var head = await brigade.SignIn("fazhi");

        var reset = await PutUser(brigade, "fazhi", new { displayName = "孙建华", password = NewPassword, role = "UnitHead", unitId = "fazhi" });

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await head.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await SignInStatus(brigade.Username("fazhi"), NewPassword));
    }

    [Fact]
    public async Task ChangeWithoutAPasswordOrDisableKeepsTheAccountsTokens()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var head = await brigade.SignIn("fazhi");

        var renamed = await PutUser(brigade, "fazhi", new { displayName = "孙建华（新）", role = "UnitHead", unitId = "fazhi" });

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("孙建华（新）", (await head.Read<MeBody>("/api/v1/me")).DisplayName);
    }

    [Fact]
    public async Task DisabledAccountLosesItsTokensAndCannotSignInUntilEnabled()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var viewer = await brigade.SignIn("viewer");

        var disable = await PutUser(brigade, "viewer", new { displayName = "viewer", role = "Viewer", disabled = true });
        var whileDisabled = await api.Factory.CreateClient().PostAsJsonAsync(
            "/api/v1/auth/token", new { username = brigade.Username("viewer"), password = ApiBrigade.Password });
        var enable = await PutUser(brigade, "viewer", new { displayName = "viewer", role = "Viewer", disabled = false });

        Assert.True((await disable.Read<UserBody>()).Disabled);
        Assert.Equal(HttpStatusCode.Unauthorized, (await viewer.GetAsync($"/api/v1/brigades/{brigade.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, whileDisabled.StatusCode);
        Assert.Contains("停用", (await whileDisabled.Problem()).Detail);
        Assert.False((await enable.Read<UserBody>()).Disabled);
        Assert.Equal(HttpStatusCode.Unauthorized, (await viewer.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await SignInStatus(brigade.Username("viewer"), ApiBrigade.Password));
    }

    [Fact]
    public async Task LogoutEndsEveryTokenOfTheAccount()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var leaving = await brigade.SignIn("zhao");
        var otherDevice = await brigade.SignIn("zhao");
        var colleague = await brigade.SignIn("fazhi");

        var logout = await leaving.PostAsync("/api/v1/auth/logout", null);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await leaving.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await otherDevice.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await colleague.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await brigade.SignIn("zhao")).GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task LogoutWithoutATokenIsUnauthorized()
    {
        var logout = await api.Factory.CreateClient().PostAsync("/api/v1/auth/logout", null);

        Assert.Equal(HttpStatusCode.Unauthorized, logout.StatusCode);
    }

    private Task<HttpResponseMessage> PutUser(ApiBrigade brigade, string account, object body) =>
        brigade.Admin.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}/users/{brigade.Username(account)}", body);

    private async Task<HttpStatusCode> SignInStatus(string username, string password) =>
        (await api.Factory.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { username, password })).StatusCode;
}
