namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;

/// <summary>Signing in: a bad login reveals nothing, and /me names the caller's role.</summary>
[Collection(ApiCollection.Name)]
public sealed class AuthTests(SharedApi api)
{
    [Fact]
    public async Task WrongPasswordAndUnknownUserGetTheSameUnauthorizedProblem()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var client = api.Factory.CreateClient();

        var wrongPassword = await client.PostAsJsonAsync(
            "/api/v1/auth/token", new { username = brigade.Username("fazhi"), password = "not-the-password" });
        var unknownUser = await client.PostAsJsonAsync(
            "/api/v1/auth/token", new { username = "nobody-" + brigade.Id, password = "not-the-password" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownUser.StatusCode);
        var wrong = await wrongPassword.Problem();
        var unknown = await unknownUser.Problem();
        Assert.Equal(401, wrong.Status);
        Assert.Equal((unknown.Title, unknown.Detail), (wrong.Title, wrong.Detail));
        Assert.Null(wrong.Errors);
    }

    [Fact]
    public async Task RightPasswordGetsABearerToken()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var client = api.Factory.CreateClient();

        var response = await client.PostAsJsonAsync(
            "/api/v1/auth/token", new { username = brigade.Username("fazhi"), password = ApiBrigade.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Read<TokenBody>();
        Assert.False(string.IsNullOrEmpty(token.AccessToken));
        Assert.True(token.ExpiresIn > 0);
    }

    [Theory]
    [InlineData("fazhi", "UnitHead", "fazhi", null)]
    [InlineData("zhao", "Leader", null, "zhao")]
    [InlineData("dadui", "BrigadeLeader", null, "wang")]
    [InlineData("viewer", "Viewer", null, null)]
    public async Task MeAnswersTheCallersRoleAndPlaceInTheBrigade(string account, string role, string? unitId, string? leaderId)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var client = await brigade.SignIn(account);

        var me = await client.Read<MeBody>("/api/v1/me");

        Assert.Equal(brigade.Username(account), me.Username);
        Assert.Equal(role, me.Role);
        Assert.Equal(brigade.Id, me.BrigadeId);
        Assert.Equal((unitId, leaderId), (me.UnitId, me.LeaderId));
    }

    [Fact]
    public async Task MeAnswersTheSystemAdminWithoutABrigade()
    {
        var admin = await api.Factory.SignInAsAdmin();

        var me = await admin.Read<MeBody>("/api/v1/me");

        Assert.Equal(("admin", "Admin"), (me.Username, me.Role));
        Assert.Null(me.BrigadeId);
    }

    [Fact]
    public async Task MeWithoutATokenIsUnauthorized()
    {
        var client = api.Factory.CreateClient();

        var me = await client.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    private sealed record TokenBody(string AccessToken, int ExpiresIn, string TokenType);
}
