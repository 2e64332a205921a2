namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;

/// <summary><c>POST /api/v1/me/password</c>: the current password proves the change, the new one meets the policy.</summary>
[Collection(ApiCollection.Name)]
public sealed class PasswordChangeTests(SharedApi api)
{
    [Fact]
    public async Task WrongCurrentPasswordIsRefusedNamingItAndChangesNothing()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var head = await brigade.SignIn("fazhi");

        var change = await head.PostAsJsonAsync(
            "/api/v1/me/password", new { currentPassword = "not-the-password", newPassword = "river-stone-bridge-9" });

        Assert.Equal(HttpStatusCode.BadRequest, change.StatusCode);
        Assert.Contains("currentPassword", (await change.Problem()).Errors!.Keys);
        Assert.Equal(HttpStatusCode.OK, (await head.GetAsync("/api/v1/me")).StatusCode);
        await brigade.SignIn("fazhi");
    }

    [Theory]
    [InlineData("short-1")]
    [InlineData("woaini1314")]
    [InlineData("Password-2024")]
    [InlineData("zzzzzzzzzzzz")]
    [InlineData("{username}")]
    [InlineData("")]
    public async Task WeakNewPasswordIsRefusedNamingNewPassword(string newPassword)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var head = await brigade.SignIn("fazhi");

        var change = await head.PostAsJsonAsync("/api/v1/me/password", new
        {
            currentPassword = ApiBrigade.Password,
            newPassword = newPassword.Replace("{username}", brigade.Username("fazhi")),
        });

        Assert.Equal(HttpStatusCode.BadRequest, change.StatusCode);
        var problem = await change.Problem();
        Assert.Equal(["newPassword"], problem.Errors!.Keys);
        Assert.DoesNotContain("newPassword", problem.Errors["newPassword"].Single());
        Assert.Equal(HttpStatusCode.OK, (await head.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task WrongCurrentPasswordsCountAsFailedLoginsForTheAccount()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var head = await brigade.SignIn("xuanchuan");
        for (var i = 0; i < 5; i++)
        {
            await head.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = $"guess-number-{i}", newPassword = "river-stone-bridge-9" });
        }

        var change = await head.PostAsJsonAsync(
            "/api/v1/me/password", new { currentPassword = ApiBrigade.Password, newPassword = "river-stone-bridge-9" });

        Assert.Equal(HttpStatusCode.TooManyRequests, change.StatusCode);
        Assert.NotNull(change.Headers.RetryAfter);
    }

    [Fact]
    public async Task SystemAdminChangesTheirPasswordLikeAnyone()
    {
        // Its own api: the shared one's tests sign in as the system admin with the original password.
        await using var factory = new ApiFactory();
        var admin = await factory.SignInAsAdmin();

        var change = await admin.PostAsJsonAsync(
            "/api/v1/me/password", new { currentPassword = ApiFactory.AdminPassword, newPassword = "harbour-light-42" });

        Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        var renewed = await factory.SignIn("admin", "harbour-light-42");
        Assert.Equal("admin", (await renewed.Read<MeBody>("/api/v1/me")).Username);
    }
}
