namespace Responsibility.Api.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

/// <summary><c>GET /api/v1/brigades/{b}/users</c> and <c>disabled</c> on PUT: the brigade's Admin manages its accounts.</summary>
[Collection(ApiCollection.Name)]
public sealed class UserListTests(SharedApi api)
{
    [Fact]
    public async Task BrigadeAdminListsItsAccountsWithRolePlaceAndStateButNeverTheHash()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var other = await new ApiBrigade(api.Factory).Create();
        var office = await BrigadeAdmin(brigade);
        await brigade.Admin.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}/users/{brigade.Username("viewer")}", new
        {
            displayName = "viewer", role = "Viewer", disabled = true,
        });

        var response = await office.GetAsync($"/api/v1/brigades/{brigade.Id}/users");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("passwordHash", raw);
        Assert.DoesNotContain("AQAAAA", raw);
        Assert.DoesNotContain("stamp", raw, StringComparison.OrdinalIgnoreCase);
        var users = JsonSerializer.Deserialize<UserBody[]>(raw, Json.Options)!;
        Assert.Equal(
            new[] { "office", "dadui", "zhao", "fazhi", "xuanchuan", "viewer" }.Select(brigade.Username),
            users.Select(u => u.Username));
        Assert.DoesNotContain(users, u => u.Username == other.Username("fazhi"));
        Assert.Equal(("UnitHead", "fazhi"), users.Where(u => u.Username == brigade.Username("fazhi")).Select(u => (u.Role, u.UnitId)).Single());
        Assert.Equal("wang", users.Single(u => u.Username == brigade.Username("dadui")).LeaderId);
        Assert.Equal([brigade.Username("viewer")], users.Where(u => u.Disabled).Select(u => u.Username));
    }

    [Fact]
    public async Task SystemAdminListsAnyBrigadesAccountsAndAnUnknownBrigadeIsNotFound()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();

        var users = await brigade.Admin.Read<UserBody[]>($"/api/v1/brigades/{brigade.Id}/users");
        var unknown = await brigade.Admin.GetAsync($"/api/v1/brigades/nowhere-{brigade.Id}/users");

        Assert.Equal(5, users.Length);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("dadui")]
    [InlineData("fazhi")]
    [InlineData("viewer")]
    public async Task OnlyTheAdminListsAccounts(string account)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var client = await brigade.SignIn(account);

        var response = await client.GetAsync($"/api/v1/brigades/{brigade.Id}/users");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnotherBrigadesAdminCannotListOrDisableAccounts()
    {
        var ours = await new ApiBrigade(api.Factory).Create();
        var theirs = await new ApiBrigade(api.Factory).Create();
        var office = await BrigadeAdmin(ours);

        var list = await office.GetAsync($"/api/v1/brigades/{theirs.Id}/users");
        var disableThere = await office.PutAsJsonAsync($"/api/v1/brigades/{theirs.Id}/users/{theirs.Username("fazhi")}", new
        {
            displayName = "孙建华", role = "UnitHead", unitId = "fazhi", disabled = true,
        });
        var disableHere = await office.PutAsJsonAsync($"/api/v1/brigades/{ours.Id}/users/{theirs.Username("fazhi")}", new
        {
            displayName = "孙建华", role = "UnitHead", unitId = "fazhi", disabled = true,
        });

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, disableThere.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, disableHere.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await theirs.SignIn("fazhi")).GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task AdminCannotDisableTheirOwnAccount()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var office = await BrigadeAdmin(brigade);

        var response = await office.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}/users/{brigade.Username("office")}", new
        {
            displayName = "办公室", role = "Admin", disabled = true,
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(409, (await response.Problem()).Status);
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync($"/api/v1/brigades/{brigade.Id}/users")).StatusCode);
    }

    [Fact]
    public async Task AdminCannotTakeAwayTheirOwnAdminRole()
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var office = await BrigadeAdmin(brigade);

        var response = await office.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}/users/{brigade.Username("office")}", new
        {
            displayName = "办公室", role = "Viewer",
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(409, (await response.Problem()).Status);
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync($"/api/v1/brigades/{brigade.Id}/users")).StatusCode);
    }

    [Theory]
    [InlineData("""{"displayName":"x","role":"Viewer","disabled":"yes"}""", "disabled")]
    [InlineData("""{"displayName":"x","role":"Viewer","password":"woaini1314"}""", "password")]
    [InlineData("""{"displayName":"x","role":"Viewer","password":"short-1"}""", "password")]
    [InlineData("""{"displayName":"x","role":"Viewer","password":"{username}-2024"}""", "password")]
    [InlineData("""{"displayName":"x","role":"Viewer","password":"\u3000 \u3000 \u3000 \u3000 \u3000 "}""", "password")]
    public async Task BadAccountFieldIsRefusedNamingItAndChangesNothing(string body, string field)
    {
        var brigade = await new ApiBrigade(api.Factory).Create();
        var username = brigade.Username("viewer");
        var content = new StringContent(body.Replace("{username}", username), System.Text.Encoding.UTF8, "application/json");

        var response = await brigade.Admin.PutAsync($"/api/v1/brigades/{brigade.Id}/users/{username}", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Problem()).Errors!.Keys);
        var viewer = (await brigade.Admin.Read<UserBody[]>($"/api/v1/brigades/{brigade.Id}/users")).Single(u => u.Username == username);
        Assert.Equal(("viewer", false), (viewer.DisplayName, viewer.Disabled));
        await brigade.SignIn("viewer");
    }

    private async Task<HttpClient> BrigadeAdmin(ApiBrigade brigade)
    {
        var username = brigade.Username("office");
        (await brigade.Admin.PutAsJsonAsync($"/api/v1/brigades/{brigade.Id}/users/{username}", new
        {
            displayName = "办公室", password = ApiBrigade.Password, role = "Admin",
        })).EnsureSuccessStatusCode();
        return await api.Factory.SignIn(username, ApiBrigade.Password);
    }
}
