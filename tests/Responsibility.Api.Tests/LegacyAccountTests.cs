namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Responsibility.Api.Auth;
using Responsibility.Hosting;
using Responsibility.Storage;

/// <summary>
/// Accounts and tokens from before the account directory and security stamps: an account row as the older version
/// stored it (no disabled flag, no stamp, in no brigade's directory) and a token without a stamp claim.
/// </summary>
public sealed class LegacyAccountTests
{
    private const string Password = "old-version-pass-1";

    [Fact]
    public async Task AccountStoredByAnOlderVersionIsListedAfterAnUpgradeAndSignsIn()
    {
        var dataPath = NewDataPath();
        ApiBrigade brigade;
        await using (var older = new ApiFactory(dataPath))
        {
            brigade = await new ApiBrigade(older).Create();
        }

        var username = "old-clerk-" + brigade.Id;
        await InsertOldAccountRow(dataPath, username, brigade.Id);

        await using var upgraded = new ApiFactory(dataPath);
        var admin = await upgraded.SignInAsAdmin();
        var users = await admin.Read<UserBody[]>($"/api/v1/brigades/{brigade.Id}/users");
        var clerk = await upgraded.SignIn(username, Password);

        var listed = users.Single(u => u.Username == username);
        Assert.Equal(("老账号", "UnitHead", "fazhi", false), (listed.DisplayName, listed.Role, listed.UnitId, listed.Disabled));
        Assert.Equal(6, users.Length);
        Assert.Equal(brigade.Id, (await clerk.Read<MeBody>("/api/v1/me")).BrigadeId);
    }

    [Fact]
    public async Task TokenWithoutAStampPassesOnlyWhileItsAccountHasNoStamp()
    {
        var dataPath = NewDataPath();
        await using var factory = new ApiFactory(dataPath);
        var brigade = await new ApiBrigade(factory).Create();
        var username = "old-clerk-" + brigade.Id;
        await InsertOldAccountRow(dataPath, username, brigade.Id);
        var oldClerk = Client(factory, OldToken(dataPath, username, "UnitHead"));
        var stampedUser = Client(factory, OldToken(dataPath, brigade.Username("fazhi"), "UnitHead"));

        var beforeReset = await oldClerk.GetAsync("/api/v1/me");
        var stamped = await stampedUser.GetAsync("/api/v1/me");
        (await brigade.Admin.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}/users/{username}", new
        {
            displayName = "老账号", password = "fresh-start-pass-2", role = "UnitHead", unitId = "fazhi",
        })).EnsureSuccessStatusCode();
        var afterReset = await oldClerk.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.OK, beforeReset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, stamped.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterReset.StatusCode);
    }

    private static string NewDataPath() =>
        Path.Combine(Path.GetTempPath(), "responsibility-api-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The row exactly as the version before stamps wrote it: camelCase JSON in <c>grain_state</c>.</summary>
    private static async Task InsertOldAccountRow(string dataPath, string username, string brigadeId)
    {
        var payload = JsonSerializer.Serialize(new
        {
            account = new
            {
                username, displayName = "老账号", passwordHash = new Passwords().Hash(username, Password), role = "UnitHead",
                brigadeId, unitId = "fazhi", leaderId = (string?)null,
            },
            history = new[] { new { at = "2026-01-05T08:00:00+00:00", actor = "admin", action = "设置账号" } },
        });
        await using var connection = new SqliteConnection(SqliteDialect.ConnectionStringFor(Path.Combine(dataPath, "responsibility.db")));
        await connection.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO grain_state (state_name, grain_id, etag, payload, updated_at) " +
            "VALUES ('user', $id, 'old', $payload, '2026-01-05')";
        insert.Parameters.AddWithValue("$id", "user/" + username);
        insert.Parameters.AddWithValue("$payload", payload);
        await insert.ExecuteNonQueryAsync();
    }

    /// <summary>A token as the version before stamps issued it: subject and role only, signed with the stored key.</summary>
    private static string OldToken(string dataPath, string username, string role)
    {
        var key = new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(Path.Combine(dataPath, SigningKey.FileName)).Trim()));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenIssuer.Issuer,
            Audience = TokenIssuer.Issuer,
            Subject = new ClaimsIdentity([new Claim("sub", username), new Claim("role", role)]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    private static HttpClient Client(ApiFactory factory, string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
