namespace Responsibility.Api.Tests;

using Responsibility.Api.Hosting;

/// <summary><c>RESPONSIBILITY_ADMIN_PASSWORD</c> meets the password policy, or the first start stops and says so.</summary>
public sealed class AdminPasswordTests
{
    [Theory]
    [InlineData("short-1")]
    [InlineData("adminadmin")]
    [InlineData("admin2024-01")]
    [InlineData("xxxxxxxxxxxx")]
    [InlineData("p@ssw0rd2024")]
    [InlineData("\u3000 \u3000 \u3000 \u3000 \u3000 ")]
    [InlineData("!@#$%^&*()")]
    public async Task WeakAdminPasswordStopsTheFirstStartNamingTheVariable(string password)
    {
        await using var factory = new ApiFactory { Settings = { [AdminBootstrap.PasswordVariable] = password } };

        var refused = Record.Exception(() => factory.Server);

        Assert.NotNull(refused);
        Assert.Contains(AdminBootstrap.PasswordVariable, Messages(refused));
    }

    [Fact]
    public async Task StrongAdminPasswordStartsAndSignsIn()
    {
        await using var factory = new ApiFactory { Settings = { [AdminBootstrap.PasswordVariable] = "harbour-light-42" } };

        var admin = await factory.SignIn("admin", "harbour-light-42");

        Assert.Equal("admin", (await admin.Read<MeBody>("/api/v1/me")).Username);
    }

    private static string Messages(Exception? e) => e is null ? "" : e.Message + " " + Messages(e.InnerException);
}
